package org.ssda903.run;

/**
 * The names of the product's jobs in the job repository, and the keys of their parameters
 * that only a rerun has. History, purge and the runners find runs by these names.
 */
public final class RunJobs {

	/**
	 * The nightly job: one instance per run (council, year and the checksums of what it
	 * read).
	 */
	public static final String NIGHTLY = "nightly903";

	/**
	 * A rerun of a finished run from a later step; an instance of its own that works on
	 * the original run's rows.
	 */
	public static final String RERUN = "nightly903-rerun";

	/** The identifying parameters of a rerun besides {@link RunContext#RUN_ID}. */
	public static final String RERUN_FROM_STEP = "rerun.from";

	public static final String RERUN_NUMBER = "rerun.number";

	private RunJobs() {
	}

}
