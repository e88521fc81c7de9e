package org.ssda903.job.steps;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import org.ssda903.common.BadExtractException;
import org.ssda903.extract.ExtractFile;
import org.ssda903.extract.ExtractFolder;
import org.ssda903.model.Table;
import org.ssda903.run.JobParams;
import org.ssda903.run.RunContext;
import org.ssda903.run.RunInputRepository;

/**
 * Recognises the extract's files and records them with their checksums as the run's
 * inputs. The folder is checked against the checksum the run was started with: a folder
 * changed since then would be another run's data. It runs again when a run resumes, since
 * the same extract may have been given from another folder.
 */
@Component
public class DiscoverTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(DiscoverTasklet.class);

	private final RunData run;

	private final RunInputRepository inputs;

	DiscoverTasklet(RunData run, RunInputRepository inputs) {
		this.run = run;
		this.inputs = inputs;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		StepExecution step = chunkContext.getStepContext().getStepExecution();
		JobParams params = this.run.params();
		String actual = ExtractFolder.checksum(params.extractDir());
		if (!actual.equals(params.extractSha256())) {
			throw new BadExtractException("the extract in " + params.extractDir()
					+ " has changed since this run started; run the job on it again to start a new run");
		}
		Map<Table, ExtractFile> files = ExtractFolder.scan(params.extractDir());
		// a resumed run reads the same files (same checksum), perhaps from another
		// folder: its recorded inputs, with
		// the row counts of the files it has loaded, stay as they are
		if (this.inputs.forRun(this.run.runId()).isEmpty()) {
			this.inputs.replace(this.run.runId(), List.copyOf(files.values()));
		}
		files.forEach((table, file) -> RunContext.putFile(step.getJobExecution(), table, file.path()));
		log.info("run {}: extract has {} file(s): {}", this.run.runId(), files.size(),
				files.values().stream().map(ExtractFile::fileName).toList());
		return RepeatStatus.FINISHED;
	}

}
