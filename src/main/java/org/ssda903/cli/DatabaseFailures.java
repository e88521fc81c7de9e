package org.ssda903.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

import org.ssda903.common.BadExtractException;

/**
 * Tells a failure of the database or the disk, after which the run can be restarted once
 * the cause is fixed (exit 5), from a defect (exit 1), and says what failed in one line
 * an operator can act on.
 */
final class DatabaseFailures {

	/**
	 * H2's "database is closed", which is what a write error (a full disk) leaves behind.
	 */
	private static final int H2_DATABASE_CLOSED = 90098;

	private DatabaseFailures() {
	}

	/**
	 * Whether the database could not be reached or dropped the connection, anywhere in
	 * the chain of causes.
	 */
	static boolean isUnavailable(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
					|| t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
					|| t instanceof SQLRecoverableException || t instanceof SocketException
					|| t instanceof SocketTimeoutException) {
				return true;
			}
			if (t instanceof SQLException sql
					&& (isConnectionState(sql.getSQLState()) || sql.getErrorCode() == H2_DATABASE_CLOSED)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * What failed, as one line ("the database is unavailable (Connection refused)"), when
	 * the failure is one of the database or the disk; empty for any other failure, and
	 * for bad input, which a restart would not cure.
	 */
	static Optional<String> describe(Throwable failure) {
		boolean diskFull = false;
		boolean io = false;
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof BadExtractException) {
				return Optional.empty();
			}
			diskFull |= t.getMessage() != null && t.getMessage().contains("No space left on device");
			io |= (t instanceof IOException || t instanceof UncheckedIOException) && !isNetwork(t);
		}
		if (diskFull) {
			return Optional.of("the disk is full (" + firstLine(failure) + ")");
		}
		if (isUnavailable(failure)) {
			return Optional.of("the database is unavailable (" + firstLine(failure) + ")");
		}
		if (io) {
			return Optional.of("a file could not be read or written (" + firstLine(failure) + ")");
		}
		return Optional.empty();
	}

	/** The first line of the innermost cause's message: the one that names the fault. */
	static String firstLine(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		return message.lines().findFirst().orElse(message).strip();
	}

	private static boolean isConnectionState(String sqlState) {
		return sqlState != null && sqlState.startsWith("08");
	}

	private static boolean isNetwork(Throwable t) {
		return t.getClass().getPackageName().startsWith("java.net") || t instanceof SocketException;
	}

}
