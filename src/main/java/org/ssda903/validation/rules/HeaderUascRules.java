package org.ssda903.validation.rules;

import static org.ssda903.model.Table.HEADER;
import static org.ssda903.model.Table.UASC;
import static org.ssda903.validation.Severity.ERROR;
import static org.ssda903.validation.rules.RowChecks.isAfter;
import static org.ssda903.validation.rules.RowChecks.plusYears;

import java.util.List;

import org.ssda903.model.Columns;
import org.ssda903.model.Row;
import org.ssda903.validation.ChildRule;
import org.ssda903.validation.Rule;
import org.ssda903.validation.Years;

/**
 * Checks of the header against uasc.csv. In a CSV return a child is UASC (now or
 * formerly) exactly when they have a row in uasc.csv (ssda903.md 1.3), so 303 (a DUC
 * needs UASC status) cannot fail here and is not declared.
 */
public final class HeaderUascRules {

	// the public validator reads a column that does not exist, so it never reports this
	// rule
	private static final List<Rule> RULES = List
		.of(ChildRule.of("231", ERROR, List.of(HEADER, UASC), List.of(Columns.DOB, Columns.CHILD), Years.from(2025),
				"The child is recorded as unaccompanied asylum-seeking but is under 11 at the end of the year:"
						+ " check the date of birth.",
				(child, ctx, flag) -> {
					Row header = child.header();
					if (header != null && child.has(UASC)
							&& isAfter(plusYears(header.dateOrNull(Columns.DOB), 11), ctx.end())) {
						flag.accept(header);
					}
				}));

	private HeaderUascRules() {
	}

	public static List<Rule> rules() {
		return RULES;
	}

}
