package org.ssda903.validation.rules;

import static org.ssda903.model.Table.MISSING;
import static org.ssda903.validation.Severity.ERROR;
import static org.ssda903.validation.rules.RowChecks.isAfter;
import static org.ssda903.validation.rules.RowChecks.isBefore;
import static org.ssda903.validation.rules.RowChecks.isIn;
import static org.ssda903.validation.rules.RowChecks.isInvalidDate;
import static org.ssda903.validation.rules.RowChecks.isMissingOrInvalidDate;
import static org.ssda903.validation.rules.RowChecks.isNotIn;
import static org.ssda903.validation.rules.RowChecks.isOnOrBefore;

import java.util.List;

import org.ssda903.model.Columns;
import org.ssda903.validation.RowRule;
import org.ssda903.validation.Rule;
import org.ssda903.validation.Years;

/** Checks on one missing.csv row (ssda903.md 3.A and 3.B). */
public final class MissingRules {

	private static final List<Rule> RULES = List.of(
			RowRule.of("564", ERROR, MISSING, List.of(Columns.MISSING, Columns.MIS_START), Years.all(),
					"A missing or away episode has no start date.",
					(row, ctx) -> isIn(row, Columns.MISSING, ctx.codes().missing()) && row.isBlank(Columns.MIS_START)),
			RowRule.of("565", ERROR, MISSING, List.of(Columns.MISSING, Columns.MIS_START), Years.all(),
					"A missing episode has a start date but does not say whether the child was missing (M) or away (A).",
					(row, ctx) -> row.isPresent(Columns.MIS_START) && row.isBlank(Columns.MISSING)),
			RowRule.of("566", ERROR, MISSING, List.of(Columns.MISSING, Columns.MIS_END), Years.all(),
					"A missing episode has an end date but does not say whether the child was missing (M) or away (A).",
					(row, ctx) -> row.isPresent(Columns.MIS_END) && row.isBlank(Columns.MISSING)),
			RowRule.of("567", ERROR, MISSING, List.of(Columns.MIS_START, Columns.MIS_END), Years.all(),
					"A missing episode ends before it starts.",
					(row, ctx) -> isAfter(row.dateOrNull(Columns.MIS_START), row.dateOrNull(Columns.MIS_END))),
			RowRule.of("570", ERROR, MISSING, List.of(Columns.MIS_START), Years.all(),
					"A missing episode starts after the end of the collection year.",
					(row, ctx) -> isAfter(row.dateOrNull(Columns.MIS_START), ctx.end())),
			RowRule.of("571", ERROR, MISSING, List.of(Columns.MIS_END), Years.all(),
					"A missing episode's end date is outside the collection year.",
					(row, ctx) -> isBefore(row.dateOrNull(Columns.MIS_END), ctx.start())
							|| isAfter(row.dateOrNull(Columns.MIS_END), ctx.end())),
			RowRule.of("586", ERROR, MISSING, List.of(Columns.MIS_START, Columns.DOB), Years.all(),
					"A missing episode starts on or before the child's date of birth.",
					(row, ctx) -> isOnOrBefore(row.dateOrNull(Columns.MIS_START), row.dateOrNull(Columns.DOB))),
			RowRule.of("1004", ERROR, MISSING, List.of(Columns.MIS_START), Years.all(),
					"Missing episode start date is missing or is not a valid dd/mm/yyyy date.",
					(row, ctx) -> isMissingOrInvalidDate(row, Columns.MIS_START)),
			RowRule.of("1005", ERROR, MISSING, List.of(Columns.MIS_END), Years.all(),
					"Missing episode end date is not a valid dd/mm/yyyy date.",
					(row, ctx) -> isInvalidDate(row, Columns.MIS_END)),
			RowRule.of("1006", ERROR, MISSING, List.of(Columns.MISSING), Years.all(),
					"Missing type must be M (missing) or A (away without authorisation).",
					(row, ctx) -> isNotIn(row, Columns.MISSING, ctx.codes().missing())));

	private MissingRules() {
	}

	public static List<Rule> rules() {
		return RULES;
	}

}
