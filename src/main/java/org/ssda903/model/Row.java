package org.ssda903.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * One loaded record of a 903 file, with its values in the table's column order. Values
 * are trimmed and, except CHILD, upper-cased at load so that codes compare without case;
 * a blank value is the empty string, never null.
 * <p>
 * A class rather than a record only to remember the dates it has read: validation reads
 * the same dates of the same row for many rules, and reading them once halves its time.
 * Rows are read by one thread at a time.
 */
public final class Row {

	private static final Object NOT_A_DATE = new Object();

	private final Table table;

	private final long line;

	private final String[] values;

	private Object[] dates;

	/**
	 * @param table the 903 file the row came from
	 * @param line the line of the source file where the record starts (the header is line
	 * 1)
	 * @param values the values in {@link Table#columns()} order
	 */
	public Row(Table table, long line, String[] values) {
		if (values.length != table.columns().size()) {
			throw new IllegalArgumentException(
					table.fileName() + " needs " + table.columns().size() + " values, got " + values.length);
		}
		this.table = table;
		this.line = line;
		this.values = values;
	}

	/** Builds a row from values given column by column, for tests and generators. */
	public static Row of(Table table, long line, String... values) {
		return new Row(table, line, values);
	}

	public Table table() {
		return this.table;
	}

	public long line() {
		return this.line;
	}

	/** The values in column order; not to be changed. */
	public String[] values() {
		return this.values;
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
		return Optional.ofNullable(dateOrNull(column));
	}

	/**
	 * The date, or null when blank or invalid: for comparisons where a missing date makes
	 * the test false.
	 */
	public LocalDate dateOrNull(String column) {
		int index = this.table.indexOf(column);
		if (this.dates == null) {
			this.dates = new Object[this.values.length];
		}
		Object date = this.dates[index];
		if (date == null) {
			LocalDate parsed = Dates.parseOrNull(this.values[index]);
			this.dates[index] = parsed == null ? NOT_A_DATE : parsed;
			return parsed;
		}
		return date == NOT_A_DATE ? null : (LocalDate) date;
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
