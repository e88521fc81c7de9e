package org.ssda903.validation.rules;

import static org.ssda903.model.Table.AD1;
import static org.ssda903.validation.Severity.ERROR;
import static org.ssda903.validation.rules.RowChecks.is;
import static org.ssda903.validation.rules.RowChecks.isAfter;
import static org.ssda903.validation.rules.RowChecks.isIn;
import static org.ssda903.validation.rules.RowChecks.isInvalidDate;
import static org.ssda903.validation.rules.RowChecks.isMissingOrNotIn;
import static org.ssda903.validation.rules.RowChecks.isNotIn;
import static org.ssda903.validation.rules.RowChecks.isPartlyFilled;

import java.util.List;
import java.util.Set;

import org.ssda903.model.Columns;
import org.ssda903.model.Row;
import org.ssda903.validation.RowRule;
import org.ssda903.validation.Rule;
import org.ssda903.validation.Years;

/** Checks on one ad1.csv row (ssda903.md 3.A and 3.B). */
public final class Ad1Rules {

	private static final List<String> ITEMS = List.of(Columns.DATE_INT, Columns.DATE_MATCH, Columns.FOSTER_CARE,
			Columns.NB_ADOPTR, Columns.SEX_ADOPTR, Columns.LS_ADOPTR);

	private static final List<String> ADOPTERS = List.of(Columns.LS_ADOPTR, Columns.SEX_ADOPTR);

	private static final Set<String> SINGLE = Set.of("M1", "F1");

	private static final Set<String> SAME_SEX_COUPLE = Set.of("MM", "FF");

	private static final List<Rule> RULES = List.of(
			RowRule.of("112", ERROR, AD1, List.of(Columns.DATE_INT), Years.all(),
					"Date of the decision that the child should be placed for adoption is not a valid date.",
					(row, ctx) -> isInvalidDate(row, Columns.DATE_INT)),
			RowRule.of("113", ERROR, AD1, List.of(Columns.DATE_MATCH), Years.all(),
					"Date the child was matched with adopters is not a valid date.",
					(row, ctx) -> isInvalidDate(row, Columns.DATE_MATCH)),
			RowRule.of("114", ERROR, AD1, List.of(Columns.FOSTER_CARE), Years.all(),
					"Adopted by former foster carers must be 0 or 1.",
					(row, ctx) -> isNotIn(row, Columns.FOSTER_CARE, ctx.codes().fosterCare())),
			RowRule.of("151", ERROR, AD1, ITEMS, Years.all(),
					"The six adoption items must all be completed or all be left blank.",
					(row, ctx) -> isPartlyFilled(row, ITEMS)),
			RowRule.of("175", ERROR, AD1, List.of(Columns.NB_ADOPTR), Years.all(), "Number of adopters must be 1 or 2.",
					(row, ctx) -> isNotIn(row, Columns.NB_ADOPTR, ctx.codes().numberOfAdopters())),
			RowRule.of("176", ERROR, AD1, List.of(Columns.SEX_ADOPTR), Years.all(),
					"Gender of adopters must be M1, F1, MM, FF or MF.",
					(row, ctx) -> isNotIn(row, Columns.SEX_ADOPTR, ctx.codes().sexOfAdopters())),
			RowRule.of("177", ERROR, AD1, List.of(Columns.LS_ADOPTR), Years.all(),
					"Legal status of adopters must be L0, L11, L12, L2, L3 or L4.",
					(row, ctx) -> isNotIn(row, Columns.LS_ADOPTR, ctx.codes().legalStatusOfAdopters())),
			RowRule.of("333", ERROR, AD1, List.of(Columns.DATE_INT, Columns.DATE_MATCH), Years.all(),
					"The decision to place for adoption must be recorded and come on or before the matching date.",
					(row, ctx) -> row.isPresent(Columns.DATE_MATCH) && (row.isBlank(Columns.DATE_INT)
							|| isAfter(row.dateOrNull(Columns.DATE_INT), row.dateOrNull(Columns.DATE_MATCH)))),
			RowRule.of("511", ERROR, AD1, List.of(Columns.NB_ADOPTR, Columns.SEX_ADOPTR), Years.all(),
					"Two adopters are recorded but their gender code is for a single adopter.",
					(row, ctx) -> is(row, Columns.NB_ADOPTR, "2") && isIn(row, Columns.SEX_ADOPTR, SINGLE)),
			// 514-524: a blank gender code is not in the list the legal status asks for,
			// as the DfE text reads and the
			// public validator does
			RowRule.of("514", ERROR, AD1, ADOPTERS, Years.all(),
					"A single adopter (L0) must have gender code M1 or F1.",
					(row, ctx) -> is(row, Columns.LS_ADOPTR, "L0") && isSexNot(row, SINGLE)),
			RowRule.of("517", ERROR, AD1, ADOPTERS, Years.all(),
					"A different-sex unmarried couple (L3) must have gender code MF.",
					(row, ctx) -> is(row, Columns.LS_ADOPTR, "L3") && isSexNot(row, Set.of("MF"))),
			RowRule.of("518", ERROR, AD1, ADOPTERS, Years.all(),
					"A same-sex unmarried couple (L4) must have gender code MM or FF.",
					(row, ctx) -> is(row, Columns.LS_ADOPTR, "L4") && isSexNot(row, SAME_SEX_COUPLE)),
			RowRule.of("519", ERROR, AD1, ADOPTERS, Years.all(),
					"Civil partners (L2) must have gender code MM, FF or MF.",
					(row, ctx) -> is(row, Columns.LS_ADOPTR, "L2") && isSexNot(row, Set.of("MM", "FF", "MF"))),
			RowRule.of("520", ERROR, AD1, ADOPTERS, Years.all(),
					"A different-sex married couple (L11) must have gender code MF.",
					(row, ctx) -> is(row, Columns.LS_ADOPTR, "L11") && isSexNot(row, Set.of("MF"))),
			RowRule.of("524", ERROR, AD1, ADOPTERS, Years.all(),
					"A same-sex married couple (L12) must have gender code MM or FF.",
					(row, ctx) -> is(row, Columns.LS_ADOPTR, "L12") && isSexNot(row, SAME_SEX_COUPLE)));

	private Ad1Rules() {
	}

	public static List<Rule> rules() {
		return RULES;
	}

	private static boolean isSexNot(Row row, Set<String> expected) {
		return isMissingOrNotIn(row, Columns.SEX_ADOPTR, expected);
	}

}
