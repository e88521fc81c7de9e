package org.ssda903.validation.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ssda903.model.Row;
import org.ssda903.model.Table;

/**
 * One case of a cross-row rule test: in this collection year, a child with these rows makes the rule flag exactly
 * these rows (none for a passing case).
 *
 * @param code the rule code under test
 * @param year the collection year, by its ending year
 * @param rows the child's rows, in any files
 * @param flagged the rows the rule must report, as {@code table:line}
 * @param previousYear the child's rows in last year's return; null when there is no previous return at all, empty
 * when the return exists without the child
 */
record ChildCase(String code, int year, List<Row> rows, Set<String> flagged, List<Row> previousYear) {

	static final String CHILD = "C1";

	boolean fires() {
		return !this.flagged.isEmpty();
	}

	/** Starts a case: {@code child("142", 2025, rows...).flags(ep(2))} or {@code .passes()}. */
	static Builder child(String code, int year, Row... rows) {
		return new Builder(code, year, List.of(rows), null);
	}

	/** A row of a file, built from {@code COLUMN=value} assignments; CHILD is C1 unless given. */
	static Row row(Table table, long line, String... assignments) {
		String[] values = new String[table.columns().size()];
		Arrays.fill(values, "");
		values[0] = CHILD;
		for (String assignment : assignments) {
			int equals = assignment.indexOf('=');
			if (equals < 0) {
				throw new IllegalArgumentException("write COLUMN=value, not " + assignment);
			}
			values[table.indexOf(assignment.substring(0, equals))] = assignment.substring(equals + 1);
		}
		return Row.of(table, line, values);
	}

	static Row ep(long line, String... assignments) {
		return row(Table.EPISODES, line, assignments);
	}

	static Row header(String... assignments) {
		return row(Table.HEADER, 2, assignments);
	}

	static String at(Table table, long line) {
		return table.baseName() + ":" + line;
	}

	@Override
	public String toString() {
		return this.code + " in " + this.year + (fires() ? " flags " + this.flagged : " stays quiet") + " on "
				+ this.rows.stream().map(Row::toString).collect(Collectors.joining(", "))
				+ (this.previousYear == null ? "" : " with " + this.previousYear.size() + " rows last year");
	}

	record Builder(String code, int year, List<Row> rows, List<Row> previousYear) {

		/** Last year's return is available, holding these rows of the child (none: the child was not in it). */
		Builder lastYear(Row... previous) {
			return new Builder(this.code, this.year, this.rows, List.of(previous));
		}

		ChildCase flags(String... flagged) {
			return new ChildCase(this.code, this.year, this.rows, Set.of(flagged), this.previousYear);
		}

		ChildCase passes() {
			return new ChildCase(this.code, this.year, this.rows, Set.of(), this.previousYear);
		}

	}

}
