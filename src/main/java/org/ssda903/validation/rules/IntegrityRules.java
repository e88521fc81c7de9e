package org.ssda903.validation.rules;

import static org.ssda903.model.Table.AD1;
import static org.ssda903.model.Table.EPISODES;
import static org.ssda903.model.Table.HEADER;
import static org.ssda903.model.Table.MISSING;
import static org.ssda903.model.Table.OC2;
import static org.ssda903.model.Table.OC3;
import static org.ssda903.model.Table.PLACED_FOR_ADOPTION;
import static org.ssda903.model.Table.PREVIOUS_PERMANENCE;
import static org.ssda903.model.Table.REVIEWS;
import static org.ssda903.model.Table.UASC;
import static org.ssda903.validation.Severity.ERROR;

import java.util.List;

import org.ssda903.model.Columns;
import org.ssda903.model.Row;
import org.ssda903.model.Table;
import org.ssda903.validation.ChildRule;
import org.ssda903.validation.Rule;
import org.ssda903.validation.Years;

/**
 * Checks that every file agrees with the header about who the child is (ssda903.md 3.D,
 * tool-internal INT rules): the child must have a header row, and a date of birth or sex
 * given again in another file must match it.
 */
public final class IntegrityRules {

	private static final List<Rule> RULES = List.of(notInHeader("INT01", AD1),
			notInHeader("INT02", PLACED_FOR_ADOPTION), notInHeader("INT03", EPISODES), notInHeader("INT04", MISSING),
			notInHeader("INT05", OC2), notInHeader("INT06", OC3), notInHeader("INT07", PREVIOUS_PERMANENCE),
			notInHeader("INT08", REVIEWS), notInHeader("INT09", UASC), dobDiffers("INT11", AD1),
			dobDiffers("INT12", PLACED_FOR_ADOPTION), dobDiffers("INT13", MISSING), dobDiffers("INT14", OC2),
			dobDiffers("INT15", OC3), dobDiffers("INT16", PREVIOUS_PERMANENCE), dobDiffers("INT17", REVIEWS),
			dobDiffers("INT18", UASC),
			ChildRule.of("INT21", ERROR, List.of(HEADER, UASC), List.of(Columns.SEX), Years.all(),
					"Sex in uasc.csv differs from sex in header.csv.",
					(child, ctx, flag) -> differsFromHeader(child.header(), child.rows(UASC), Columns.SEX, true)
						.forEach(flag)));

	private IntegrityRules() {
	}

	public static List<Rule> rules() {
		return RULES;
	}

	private static Rule notInHeader(String code, Table table) {
		return ChildRule.of(code, ERROR, List.of(HEADER, table), List.of(Columns.CHILD), Years.all(),
				"The child in " + table.fileName() + " has no row in header.csv.", (child, ctx, flag) -> {
					if (child.header() == null) {
						child.rows(table).forEach(flag);
					}
				});
	}

	/**
	 * A date of birth blank on either side is not compared, as 203 does across years: a
	 * missing date is the completeness rules' finding, and counted as different a blank
	 * header DOB would flag every other file's row.
	 */
	private static Rule dobDiffers(String code, Table table) {
		return ChildRule.of(code, ERROR, List.of(HEADER, table), List.of(Columns.DOB), Years.all(),
				"Date of birth in " + table.fileName() + " differs from the date of birth in header.csv.",
				(child, ctx, flag) -> differsFromHeader(child.header(), child.rows(table), Columns.DOB, false)
					.forEach(flag));
	}

	/**
	 * Rows whose value differs from the header's; values are compared as written, as the
	 * return holds them. Unless {@code blankDiffers}, a value blank on either side is not
	 * compared.
	 */
	private static List<Row> differsFromHeader(Row header, List<Row> rows, String column, boolean blankDiffers) {
		if (header == null || (!blankDiffers && header.isBlank(column))) {
			return List.of();
		}
		String expected = header.get(column);
		return rows.stream()
			.filter((row) -> (blankDiffers || row.isPresent(column)) && !row.get(column).equals(expected))
			.toList();
	}

}
