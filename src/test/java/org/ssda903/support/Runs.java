package org.ssda903.support;

import java.nio.file.Path;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import org.ssda903.job.NightlyRunner;
import org.ssda903.model.CollectionYear;
import org.ssda903.run.JobParams;
import org.ssda903.run.ReferenceFiles;

/**
 * Runs the nightly job in a test's Spring context the way the {@code run} command does,
 * under the run lock.
 */
public final class Runs {

	private Runs() {
	}

	/**
	 * Runs the 2024-25 job on an extract and gives its execution, whatever its status.
	 */
	public static JobExecution run(NightlyRunner runner, Path extract, String laCode, Path out) throws Exception {
		JobParams params = JobParams.of(laCode, new CollectionYear(2025), extract, null, ReferenceFiles.none(), out,
				"test");
		return runner.run(params).execution();
	}

	/** As {@link #run}, for a run the test needs completed. */
	public static JobExecution completed(NightlyRunner runner, Path extract, String laCode, Path out) throws Exception {
		JobExecution execution = run(runner, extract, laCode, out);
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			throw new IllegalStateException("the test's run did not complete: " + execution.getExitStatus());
		}
		return execution;
	}

	public static long runId(JobExecution execution) {
		return execution.getJobInstance().getInstanceId();
	}

}
