package org.ssda903.validation.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ssda903.model.Row;
import org.ssda903.model.Table;
import org.ssda903.reference.PostcodeLookup;
import org.ssda903.validation.StoredYears;

/**
 * One case of a cross-row rule test: in this collection year, a child with these rows
 * makes the rule flag exactly these rows (none for a passing case).
 *
 * @param code the rule code under test
 * @param year the collection year, by its ending year
 * @param rows the child's rows, in any files
 * @param flagged the rows the rule must report, as {@code table:line}
 * @param lastYear the child's rows in last year's return; null when the run has no
 * previous return, empty when it has one without the child
 * @param postcodes the postcode lookup of the run; null when it has none
 * @param storedYears the council's stored returns of earlier years; null when the run has
 * none
 */
record ChildCase(String code, int year, List<Row> rows, Set<String> flagged, List<Row> lastYear,
		PostcodeLookup postcodes, StoredYears storedYears) implements RuleCoverage.Case {

	static final String CHILD = "C1";

	public boolean fires() {
		return !this.flagged.isEmpty();
	}

	/**
	 * Starts a case: {@code child("142", 2025, rows...).flags(ep(2))} or
	 * {@code .passes()}.
	 */
	static Builder child(String code, int year, Row... rows) {
		return new Builder(code, year, List.of(rows), null, null, null);
	}

	/**
	 * A row of a file, built from {@code COLUMN=value} assignments; CHILD is C1 unless
	 * given.
	 */
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
				+ (this.lastYear == null ? "" : " with " + this.lastYear.size() + " rows last year")
				+ (this.storedYears == null ? "" : " stored " + this.storedYears.childrenWithEpisodes());
	}

	record Builder(String code, int year, List<Row> rows, List<Row> lastYear, PostcodeLookup postcodes,
			StoredYears storedYears) {

		/**
		 * The run has last year's return, with these rows for the child (none: the child
		 * was not in it).
		 */
		Builder withLastYear(Row... lastYearRows) {
			return new Builder(this.code, this.year, this.rows, List.of(lastYearRows), this.postcodes,
					this.storedYears);
		}

		/** The run has this postcode lookup. */
		Builder withPostcodes(PostcodeLookup lookup) {
			return new Builder(this.code, this.year, this.rows, this.lastYear, lookup, this.storedYears);
		}

		/** The database holds returns of these earlier years. */
		Builder withStoredYears(StoredYears years) {
			return new Builder(this.code, this.year, this.rows, this.lastYear, this.postcodes, years);
		}

		ChildCase flags(String... flagged) {
			return new ChildCase(this.code, this.year, this.rows, Set.of(flagged), this.lastYear, this.postcodes,
					this.storedYears);
		}

		ChildCase passes() {
			return new ChildCase(this.code, this.year, this.rows, Set.of(), this.lastYear, this.postcodes,
					this.storedYears);
		}

	}

}
