package org.ssda903.job.steps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import org.ssda903.common.Progress;
import org.ssda903.extract.ExtractRecord;

/**
 * Progress of one ingest partition, its file's rows read of about how many: the total is
 * estimated from the file's size and the length of the rows read so far, so the file is
 * not read twice. One per partition (step scope); a table without a file reports nothing.
 */
public class IngestProgress implements StepExecutionListener, ItemReadListener<ExtractRecord> {

	private static final Logger log = LoggerFactory.getLogger(IngestProgress.class);

	private final Progress progress;

	private final long fileBytes;

	private long rows;

	private long charsRead;

	public IngestProgress(long runId, Path file) {
		this.progress = (file != null)
				? Progress.every(log::info, "run " + runId + ": " + file.getFileName() + " read", "rows")
				: Progress.silent();
		this.fileBytes = (file != null) ? size(file) : 0;
	}

	@Override
	public void afterRead(ExtractRecord record) {
		this.rows++;
		// the line end is not in the record
		this.charsRead += record.length() + 1;
		this.progress.expectAbout(this.rows * this.fileBytes / this.charsRead);
		this.progress.add(1);
	}

	@Override
	public ExitStatus afterStep(StepExecution step) {
		this.progress.finish();
		return null;
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
