package org.ssda903.run;

import java.time.Instant;

/**
 * A start, restart or recovery of a run, for the audit trail.
 *
 * @param commandLine as given, secrets masked; empty when the launch did not come from
 * the command line
 */
public record RunEvent(long runId, long executionId, Kind kind, Instant at, String who, String commandLine) {

	/** What happened to the run; a rerun's execution id is that of the rerun job. */
	public enum Kind {

		START, RESTART, RECOVER, RERUN;

		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
