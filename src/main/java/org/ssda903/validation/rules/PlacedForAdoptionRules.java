package org.ssda903.validation.rules;

import static org.ssda903.model.Table.PLACED_FOR_ADOPTION;
import static org.ssda903.validation.Severity.ERROR;
import static org.ssda903.validation.rules.RowChecks.isBefore;
import static org.ssda903.validation.rules.RowChecks.isInvalidDate;
import static org.ssda903.validation.rules.RowChecks.isNotIn;

import java.util.List;

import org.ssda903.model.Columns;
import org.ssda903.validation.RowRule;
import org.ssda903.validation.Rule;
import org.ssda903.validation.Years;

/** Checks on one placed_for_adoption.csv row (ssda903.md 3.A and 3.B). */
public final class PlacedForAdoptionRules {

	private static final List<Rule> RULES = List.of(
			RowRule.of("115", ERROR, PLACED_FOR_ADOPTION, List.of(Columns.DATE_PLACED), Years.all(),
					"Date of the decision that the child should be placed for adoption is not a valid date.",
					(row, ctx) -> isInvalidDate(row, Columns.DATE_PLACED)),
			RowRule.of("116", ERROR, PLACED_FOR_ADOPTION, List.of(Columns.DATE_PLACED_CEASED), Years.all(),
					"Date the adoption decision was reversed is not a valid date.",
					(row, ctx) -> isInvalidDate(row, Columns.DATE_PLACED_CEASED)),
			RowRule.of("119", ERROR, PLACED_FOR_ADOPTION,
					List.of(Columns.DATE_PLACED_CEASED, Columns.REASON_PLACED_CEASED), Years.all(),
					"The date and the reason the adoption decision was reversed must both be given or both be blank.",
					(row, ctx) -> row.isPresent(Columns.DATE_PLACED_CEASED) != row
						.isPresent(Columns.REASON_PLACED_CEASED)),
			RowRule.of("120", ERROR, PLACED_FOR_ADOPTION, List.of(Columns.REASON_PLACED_CEASED), Years.all(),
					"Reason the adoption decision was reversed must be one of RD1 to RD4.",
					(row, ctx) -> isNotIn(row, Columns.REASON_PLACED_CEASED, ctx.codes().reasonPlacedCeased())),
			RowRule.of("522", ERROR, PLACED_FOR_ADOPTION, List.of(Columns.DATE_PLACED, Columns.DATE_PLACED_CEASED),
					Years.all(), "The adoption decision is recorded as reversed before it was made.",
					(row, ctx) -> isBefore(row.dateOrNull(Columns.DATE_PLACED_CEASED),
							row.dateOrNull(Columns.DATE_PLACED))),
			RowRule.of("563", ERROR, PLACED_FOR_ADOPTION,
					List.of(Columns.DATE_PLACED, Columns.DATE_PLACED_CEASED, Columns.REASON_PLACED_CEASED), Years.all(),
					"The adoption decision is recorded as reversed but the date of the decision is missing.",
					(row, ctx) -> row.isPresent(Columns.REASON_PLACED_CEASED)
							&& row.isPresent(Columns.DATE_PLACED_CEASED) && row.isBlank(Columns.DATE_PLACED)));

	private PlacedForAdoptionRules() {
	}

	public static List<Rule> rules() {
		return RULES;
	}

}
