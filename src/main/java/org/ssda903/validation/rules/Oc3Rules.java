package org.ssda903.validation.rules;

import static org.ssda903.model.Table.OC3;
import static org.ssda903.validation.Severity.ERROR;
import static org.ssda903.validation.rules.RowChecks.anyPresent;
import static org.ssda903.validation.rules.RowChecks.is;
import static org.ssda903.validation.rules.RowChecks.isAfter;
import static org.ssda903.validation.rules.RowChecks.isIn;
import static org.ssda903.validation.rules.RowChecks.isMissingOrNotIn;
import static org.ssda903.validation.rules.RowChecks.isNotIn;
import static org.ssda903.validation.rules.RowChecks.isOnOrAfter;
import static org.ssda903.validation.rules.RowChecks.isOnOrBefore;
import static org.ssda903.validation.rules.RowChecks.isPartlyFilled;
import static org.ssda903.validation.rules.RowChecks.plusYears;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ssda903.model.Columns;
import org.ssda903.validation.RowRule;
import org.ssda903.validation.Rule;
import org.ssda903.validation.Years;

/**
 * Checks on one oc3.csv row (ssda903.md 3.A and 3.B). A row in oc3.csv says the young
 * person is in the care-leaver cohort, for whom all three items are required; so 131-133
 * reject blanks, as the public validator does, and 153 adds the clearer "all or none"
 * message for a partly filled row.
 */
public final class Oc3Rules {

	private static final List<String> ITEMS = List.of(Columns.IN_TOUCH, Columns.ACTIV, Columns.ACCOM);

	private static final List<Rule> RULES = List.of(
			RowRule.of("131", ERROR, OC3, List.of(Columns.IN_TOUCH), Years.all(),
					"Whether the council is in touch with the care leaver is missing or not a valid code.",
					(row, ctx) -> isMissingOrNotIn(row, Columns.IN_TOUCH, ctx.codes().inTouch())),
			RowRule.of("132", ERROR, OC3, List.of(Columns.ACTIV), Years.all(),
					"The care leaver's main activity is missing or not a valid code.",
					(row, ctx) -> isMissingOrNotIn(row, Columns.ACTIV, ctx.codes().activity())),
			RowRule.of("133", ERROR, OC3, List.of(Columns.ACCOM), Years.all(),
					"The care leaver's accommodation is missing or not a valid code.",
					(row, ctx) -> isMissingOrNotIn(row, Columns.ACCOM, ctx.codes().accommodation())),
			RowRule.of("153", ERROR, OC3, ITEMS, Years.all(),
					"In touch, activity and accommodation must all be completed or all be left blank.",
					(row, ctx) -> isPartlyFilled(row, ITEMS)),
			RowRule.of("344", ERROR, OC3, ITEMS, Years.all(),
					"Activity and accommodation must be 0 when the young person has died or returned home.",
					(row, ctx) -> isIn(row, Columns.IN_TOUCH, Set.of("DIED", "RHOM"))
							&& (isNotIn(row, Columns.ACTIV, Set.of("0")) || isNotIn(row, Columns.ACCOM, Set.of("0")))),
			RowRule.of("345", ERROR, OC3, ITEMS, Years.all(),
					"Activity and accommodation cannot be 0 when the council is in touch with the young person.",
					(row, ctx) -> is(row, Columns.IN_TOUCH, "YES")
							&& (is(row, Columns.ACTIV, "0") || is(row, Columns.ACCOM, "0"))),
			// the public validator compares ACCOM to the bare letter T and so never
			// fires; the codes are T1 and T2
			RowRule.of("347", ERROR, OC3, List.of(Columns.ACCOM, Columns.DOB), Years.from(2024),
					"A care leaver under 18 at the start of the year should not be recorded as living in a foyer (T).",
					(row, ctx) -> row.get(Columns.ACCOM).startsWith("T")
							&& isAfter(plusYears(row.dateOrNull(Columns.DOB), 18), ctx.start())),
			RowRule.of("391", ERROR, OC3, List.of(Columns.DOB, Columns.IN_TOUCH, Columns.ACTIV, Columns.ACCOM),
					Years.all(), "Care leaver information is only for young people aged 17 to 21 during the year.",
					(row, ctx) -> isAfter(plusYears(row.dateOrNull(Columns.DOB), 17), ctx.end())
							&& anyPresent(row, ITEMS)),
			// uses the DOB carried on the OC3 row itself, which is the header DOB copied
			// into every child file
			RowRule.of("3001", ERROR, OC3, List.of(Columns.ACCOM, Columns.DOB), Years.all(),
					"A young person whose 17th birthday is in this year cannot be living with former foster carers"
							+ " (Z1/Z2).",
					(row, ctx) -> {
						LocalDate seventeenth = plusYears(row.dateOrNull(Columns.DOB), 17);
						return isIn(row, Columns.ACCOM, Set.of("Z1", "Z2")) && isOnOrAfter(seventeenth, ctx.start())
								&& isOnOrBefore(seventeenth, ctx.end());
					}));

	private Oc3Rules() {
	}

	public static List<Rule> rules() {
		return RULES;
	}

}
