package org.ssda903.cli;

/**
 * The process exit codes, one per outcome a scheduler may need to tell apart. Documented
 * in the README; never renumber them.
 */
public final class ExitCodes {

	/**
	 * The job completed; validation findings do not change this unless {@code --strict}
	 * is given.
	 */
	public static final int COMPLETED = 0;

	/** Something unexpected went wrong before or outside the job (see the message). */
	public static final int INTERNAL_ERROR = 1;

	/** The command line is wrong (picocli's code for usage errors). */
	public static final int USAGE = 2;

	/**
	 * The extract cannot be read (missing folder, unknown file, not UTF-8): fix the
	 * extract and run again.
	 */
	public static final int BAD_INPUT = 3;

	/** This extract was already processed by a completed run: nothing was done. */
	public static final int ALREADY_PROCESSED = 4;

	/**
	 * The run failed and can be restarted once the cause is fixed ({@code restart ID}, or
	 * the same command).
	 */
	public static final int FAILED_RESTARTABLE = 5;

	/**
	 * Another process holds the run lock of the council and year: a run is in progress.
	 */
	public static final int RUN_IN_PROGRESS = 6;

	/**
	 * With {@code --strict} only: the job completed but the return has at least one
	 * error-severity issue, so a scheduler can hold it back from submission. Without the
	 * flag such a run gives {@link #COMPLETED}.
	 */
	public static final int COMPLETED_WITH_ERRORS = 7;

	private ExitCodes() {
	}

}
