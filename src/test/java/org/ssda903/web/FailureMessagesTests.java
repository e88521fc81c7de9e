package org.ssda903.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/**
 * What the auditor reads for each kind of failure: a sentence, never a Java class name or
 * a stack trace.
 */
class FailureMessagesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					FAILED | org.ssda903.common.BadExtractException: notes.csv: its columns [A, B] match no 903 file layout\\n\\tat org.ssda903.extract.X.y(X.java:1) | false | The extract could not be used: notes.csv: its columns [A, B] match no 903 file layout. It stopped in its ingest step.
					FAILED | java.nio.file.NoSuchFileException: /data/extract/header.csv | false | A file the run needs was not found: /data/extract/header.csv. It stopped in its ingest step.
					FAILED | java.io.UncheckedIOException: cannot write out/run-1/return/header.csv: No space left on device | false | A file could not be read or written: cannot write out/run-1/return/header.csv: No space left on device. It stopped in its ingest step.
					FAILED | org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection | false | The database could not be reached or refused a write. Failed to obtain JDBC Connection. It stopped in its ingest step.
					FAILED | java.lang.OutOfMemoryError: Java heap space | false | The process ran out of memory; restart the run with more memory. Java heap space. It stopped in its ingest step.
					FAILED | java.lang.IllegalStateException: run 4 has no stored return | false | The run stopped on an error: run 4 has no stored return. It stopped in its ingest step.
					FAILED | '' | true | The process running this execution stopped without finishing (it was killed, or its machine stopped). It stopped in its ingest step. What it committed is kept, and the run was resumed from there.
					ABANDONED | '' | false | The run did not complete. It stopped in its ingest step.
					COMPLETED | '' | false |
					""")
	void aFailureIsToldInASentenceWithoutJavaNames(String status, String exitDescription, boolean recovered,
			String expected) {
		String description = exitDescription.replace("\\n", "\n").replace("\\t", "\t");

		String message = FailureMessages.of(status, description, steps(), recovered);

		assertThat(message == null ? null : message.strip()).isEqualTo(expected);
		if (message != null) {
			assertThat(message).doesNotContain("Exception", "Error:", "org.", "java.", "\tat ");
		}
	}

	private static List<StepExecution> steps() {
		JobExecution job = new JobExecution(1L, new JobInstance(1L, "nightly903"), new JobParameters());
		StepExecution discover = new StepExecution(1L, "discover", job);
		discover.setStatus(BatchStatus.COMPLETED);
		StepExecution ingest = new StepExecution(2L, "ingest", job);
		ingest.setStatus(BatchStatus.FAILED);
		return List.of(discover, ingest);
	}

}
