package org.ssda903.validation.rules;

import static org.ssda903.model.Table.PREVIOUS_PERMANENCE;
import static org.ssda903.validation.Severity.ERROR;
import static org.ssda903.validation.rules.RowChecks.anyPresent;
import static org.ssda903.validation.rules.RowChecks.is;
import static org.ssda903.validation.rules.RowChecks.isNotIn;

import java.util.List;

import org.ssda903.model.Columns;
import org.ssda903.validation.Needs;
import org.ssda903.validation.RowRule;
import org.ssda903.validation.Rule;
import org.ssda903.validation.Years;

/**
 * Checks on one previous_permanence.csv row (ssda903.md 3.A and 3.B); 633 needs the LA
 * code list. The DATE_PERM format check belongs to rule 632, which also needs the
 * episodes.
 */
public final class PreviousPermanenceRules {

	private static final List<Rule> RULES = List.of(
			RowRule.of("631", ERROR, PREVIOUS_PERMANENCE, List.of(Columns.PREV_PERM), Years.all(),
					"Previous permanence option must be P1, P2, P3, P4 or Z1.",
					(row, ctx) -> isNotIn(row, Columns.PREV_PERM, ctx.codes().previousPermanence())),
			// checked against the DfE list of council codes, so skipped with the reason
			// when the list is not loaded
			RowRule.of("633", ERROR, PREVIOUS_PERMANENCE, List.of(Columns.LA_PERM), Years.all(),
					"Council of the previous permanence order must be a DfE 3-digit council code, 999, WAL, SCO, NIR"
							+ " or NUK.",
					(row, ctx) -> row.isPresent(Columns.LA_PERM) && !ctx.laCodes().isLaPerm(row.get(Columns.LA_PERM)))
				.needing(Needs.LA_CODES),
			// the DfE text fires on Z1 (no previous permanence) and the public validator
			// on a blank PREV_PERM: both
			// mean details of an order were given without a kind of order, so both fire
			// here
			RowRule.of("635", ERROR, PREVIOUS_PERMANENCE,
					List.of(Columns.PREV_PERM, Columns.LA_PERM, Columns.DATE_PERM), Years.all(),
					"Council or date of a previous permanence order is given, but the kind of order is blank or Z1.",
					(row, ctx) -> anyPresent(row, List.of(Columns.LA_PERM, Columns.DATE_PERM))
							&& (row.isBlank(Columns.PREV_PERM) || is(row, Columns.PREV_PERM, "Z1"))));

	private PreviousPermanenceRules() {
	}

	public static List<Rule> rules() {
		return RULES;
	}

}
