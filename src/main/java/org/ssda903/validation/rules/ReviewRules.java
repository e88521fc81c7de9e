package org.ssda903.validation.rules;

import static org.ssda903.model.Table.REVIEWS;
import static org.ssda903.validation.Severity.ERROR;
import static org.ssda903.validation.rules.RowChecks.is;
import static org.ssda903.validation.rules.RowChecks.isAfter;
import static org.ssda903.validation.rules.RowChecks.isBefore;
import static org.ssda903.validation.rules.RowChecks.isIn;
import static org.ssda903.validation.rules.RowChecks.isMissingOrInvalidDate;
import static org.ssda903.validation.rules.RowChecks.isMissingOrNotIn;
import static org.ssda903.validation.rules.RowChecks.plusYears;

import java.util.List;
import java.util.Set;

import org.ssda903.model.Columns;
import org.ssda903.validation.RowRule;
import org.ssda903.validation.Rule;
import org.ssda903.validation.Years;

/** Checks on one reviews.csv row (ssda903.md 3.A and 3.B). */
public final class ReviewRules {

	private static final Set<String> PARTICIPATION_FROM_AGE_4 = Set.of("PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7");

	private static final List<Rule> RULES = List.of(
			RowRule.of("166", ERROR, REVIEWS, List.of(Columns.REVIEW), Years.all(),
					"Review date is missing or is not a valid dd/mm/yyyy date.",
					(row, ctx) -> isMissingOrInvalidDate(row, Columns.REVIEW)),
			RowRule.of("167", ERROR, REVIEWS, List.of(Columns.REVIEW, Columns.REVIEW_CODE), Years.all(),
					"Participation code must be PN0 to PN7 when there is a review date, and blank when there is none.",
					(row, ctx) -> row.isPresent(Columns.REVIEW)
							? isMissingOrNotIn(row, Columns.REVIEW_CODE, ctx.codes().reviewCode())
							: row.isPresent(Columns.REVIEW_CODE)),
			RowRule.of("440", ERROR, REVIEWS, List.of(Columns.REVIEW_CODE, Columns.REVIEW, Columns.DOB), Years.all(),
					"Participation code PN0 is only for children under 4 at the review.",
					(row, ctx) -> is(row, Columns.REVIEW_CODE, "PN0")
							&& isAfter(row.dateOrNull(Columns.REVIEW), plusYears(row.dateOrNull(Columns.DOB), 4))),
			RowRule.of("441", ERROR, REVIEWS, List.of(Columns.REVIEW_CODE, Columns.REVIEW, Columns.DOB), Years.all(),
					"Participation codes PN1 to PN7 are for children aged 4 or over at the review: use PN0.",
					(row, ctx) -> isIn(row, Columns.REVIEW_CODE, PARTICIPATION_FROM_AGE_4)
							&& isBefore(row.dateOrNull(Columns.REVIEW), plusYears(row.dateOrNull(Columns.DOB), 4))));

	private ReviewRules() {
	}

	public static List<Rule> rules() {
		return RULES;
	}

}
