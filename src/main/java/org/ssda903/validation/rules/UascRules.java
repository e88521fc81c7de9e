package org.ssda903.validation.rules;

import static org.ssda903.model.Table.UASC;
import static org.ssda903.validation.Severity.ERROR;
import static org.ssda903.validation.rules.RowChecks.isAfter;
import static org.ssda903.validation.rules.RowChecks.isInvalidDate;
import static org.ssda903.validation.rules.RowChecks.plusYears;

import java.util.List;

import org.ssda903.model.Columns;
import org.ssda903.validation.RowRule;
import org.ssda903.validation.Rule;
import org.ssda903.validation.Years;

/** Checks on one uasc.csv row (ssda903.md 3.A and 3.B). */
public final class UascRules {

	private static final List<Rule> RULES = List.of(
			// the public validator also rejects a DUC before the collection start; a
			// former UASC keeps an old DUC,
			// so only the date format is checked, as the DfE rule says
			RowRule.of("104", ERROR, UASC, List.of(Columns.DUC), Years.all(),
					"Date UASC status ceased is not a valid dd/mm/yyyy date.",
					(row, ctx) -> isInvalidDate(row, Columns.DUC)),
			RowRule.of("304", ERROR, UASC, List.of(Columns.DUC, Columns.DOB), Years.all(),
					"UASC status cannot end after the child's 18th birthday.",
					(row, ctx) -> isAfter(row.dateOrNull(Columns.DUC), plusYears(row.dateOrNull(Columns.DOB), 18))));

	private UascRules() {
	}

	public static List<Rule> rules() {
		return RULES;
	}

}
