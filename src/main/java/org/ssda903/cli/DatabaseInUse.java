package org.ssda903.cli;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Another process has the embedded H2 database open, which H2 allows one process at a
 * time: to the operator that is a run in progress (exit 6), not an internal error. (With
 * H2's AUTO_SERVER the second process connects through the first, and the run lock
 * decides instead.)
 */
final class DatabaseInUse {

	/** H2's error code for a database file locked by another process. */
	private static final int H2_DATABASE_ALREADY_OPEN = 90020;

	private DatabaseInUse() {
	}

	/**
	 * The one line for the operator when a failure is, somewhere down its causes, H2
	 * refusing a held file.
	 */
	static Optional<String> message(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
				// H2 names the file between quotes: "Database may be already in use:
				// "/data/ssda903.mv.db". ..."
				String[] parts = sql.getMessage().split("\"", 3);
				String file = parts.length == 3 ? " " + parts[1] : "";
				return Optional.of("another process (a run, history, serve or schedule) is using the database" + file
						+ ", and the embedded database allows one process at a time. Try again when it ends;"
						+ " processes that must run side by side need a shared MySQL/MariaDB database.");
			}
		}
		return Optional.empty();
	}

}
