package org.ssda903.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.ssda903.audit.RunHistory.ExecutionSummary;

/**
 * What the history page shows, from its query string: a status, a council, a range of
 * start dates (both days included) and how many of the newest executions to look through.
 */
record HistoryFilter(String status, String council, LocalDate from, LocalDate to, int limit) {

	static final int DEFAULT_LIMIT = 500;

	/**
	 * Enough for decades of nightly runs, small enough that one request cannot load the
	 * whole database.
	 */
	static final int MAX_LIMIT = 20_000;

	/**
	 * Reads the query parameters, any of which may be missing or blank.
	 * @throws IllegalArgumentException with a message for the auditor when a value cannot
	 * be read
	 */
	static HistoryFilter of(String status, String council, String from, String to, String limit) {
		return new HistoryFilter(blankToEmpty(status).toUpperCase(Locale.ROOT),
				blankToEmpty(council).toUpperCase(Locale.ROOT), date("from", from), date("to", to), limit(limit));
	}

	boolean matches(ExecutionSummary execution) {
		if (!this.status.isEmpty() && !this.status.equals(execution.status())) {
			return false;
		}
		if (!this.council.isEmpty() && !this.council.equalsIgnoreCase(execution.laCode())) {
			return false;
		}
		if (this.from == null && this.to == null) {
			return true;
		}
		if (execution.started() == null) {
			return false;
		}
		LocalDate day = execution.started().toLocalDate();
		return (this.from == null || !day.isBefore(this.from)) && (this.to == null || !day.isAfter(this.to));
	}

	private static String blankToEmpty(String value) {
		return value == null ? "" : value.strip();
	}

	private static LocalDate date(String name, String value) {
		String text = blankToEmpty(value);
		if (text.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(name + " must be a date written yyyy-mm-dd");
		}
	}

	private static int limit(String value) {
		String text = blankToEmpty(value);
		if (text.isEmpty()) {
			return DEFAULT_LIMIT;
		}
		try {
			int limit = Integer.parseInt(text);
			if (limit >= 1 && limit <= MAX_LIMIT) {
				return limit;
			}
		}
		catch (NumberFormatException ex) {
			// reported below with the range
		}
		throw new IllegalArgumentException("limit must be a whole number from 1 to " + MAX_LIMIT);
	}

}
