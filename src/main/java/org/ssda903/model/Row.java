package org.ssda903.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * One loaded record of a 903 file, with its values in the table's column order. Values are trimmed and, except
 * CHILD, upper-cased at load so that codes compare without case; a blank value is the empty string, never null.
 *
 * @param table the 903 file the row came from
 * @param line the line of the source file where the record starts (the header is line 1)
 * @param values the values in {@link Table#columns()} order
 */
public record Row(Table table, long line, String[] values) {

	public Row {
		if (values.length != table.columns().size()) {
			throw new IllegalArgumentException(
					table.fileName() + " needs " + table.columns().size() + " values, got " + values.length);
		}
	}

	public String child() {
		return this.values[0];
	}

	/** The value of a column, the empty string when blank. */
	public String get(String column) {
		return this.values[this.table.indexOf(column)];
	}

	public boolean isBlank(String column) {
		return get(column).isEmpty();
	}

	public boolean isPresent(String column) {
		return !get(column).isEmpty();
	}

	/** The column as a dd/mm/yyyy date; empty when blank or not a valid date. */
	public Optional<LocalDate> date(String column) {
		return Dates.parse(get(column));
	}

	/** The date, or null when blank or invalid: for comparisons where a missing date makes the test false. */
	public LocalDate dateOrNull(String column) {
		return Dates.parseOrNull(get(column));
	}

	/** Builds a row from values given column by column, for tests and generators. */
	public static Row of(Table table, long line, String... values) {
		return new Row(table, line, values);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Row row && row.table == this.table && row.line == this.line
				&& Arrays.equals(row.values, this.values);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * this.table.hashCode() + Long.hashCode(this.line)) + Arrays.hashCode(this.values);
	}

	@Override
	public String toString() {
		// never the values: they are personal data and a toString ends up in logs
		return this.table.baseName() + ":" + this.line + " child " + child();
	}

}
