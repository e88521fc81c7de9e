package org.ssda903.validation.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ssda903.model.Row;

/**
 * The tests that row rules are built from, with the null semantics of ssda903.md 3.0: a
 * blank or unparsable date makes every comparison false, and a blank code is never "not
 * in" a list (completeness has rules of its own).
 */
final class RowChecks {

	private RowChecks() {
	}

	/** Present but not a dd/mm/yyyy date: blank is left to the completeness rules. */
	static boolean isInvalidDate(Row row, String column) {
		return row.isPresent(column) && row.date(column).isEmpty();
	}

	/** Blank or not a date: for the dates that are mandatory when the row exists. */
	static boolean isMissingOrInvalidDate(Row row, String column) {
		return row.date(column).isEmpty();
	}

	/** Present and outside the list. */
	static boolean isNotIn(Row row, String column, Set<String> codes) {
		return row.isPresent(column) && !codes.contains(row.get(column));
	}

	/**
	 * Blank or outside the list: for the codes that are mandatory when the row exists.
	 */
	static boolean isMissingOrNotIn(Row row, String column, Set<String> codes) {
		return !codes.contains(row.get(column));
	}

	static boolean isIn(Row row, String column, Set<String> codes) {
		return codes.contains(row.get(column));
	}

	static boolean is(Row row, String column, String code) {
		return row.get(column).equals(code);
	}

	static boolean anyPresent(Row row, List<String> columns) {
		return columns.stream().anyMatch(row::isPresent);
	}

	static boolean anyBlank(Row row, List<String> columns) {
		return columns.stream().anyMatch(row::isBlank);
	}

	/** Some of the columns are filled in and some are not. */
	static boolean isPartlyFilled(Row row, List<String> columns) {
		return anyPresent(row, columns) && anyBlank(row, columns);
	}

	static boolean isBefore(LocalDate date, LocalDate other) {
		return date != null && other != null && date.isBefore(other);
	}

	static boolean isAfter(LocalDate date, LocalDate other) {
		return date != null && other != null && date.isAfter(other);
	}

	static boolean isOnOrBefore(LocalDate date, LocalDate other) {
		return date != null && other != null && !date.isAfter(other);
	}

	static boolean isOnOrAfter(LocalDate date, LocalDate other) {
		return date != null && other != null && !date.isBefore(other);
	}

	static boolean isSameDay(LocalDate date, LocalDate other) {
		return date != null && date.equals(other);
	}

	/**
	 * The date a number of whole years on (a 29 February birthday falls on 28 February),
	 * or null.
	 */
	static LocalDate plusYears(LocalDate date, int years) {
		return date == null ? null : date.plusYears(years);
	}

	static LocalDate plusDays(LocalDate date, int days) {
		return date == null ? null : date.plusDays(days);
	}

}
