package org.ssda903.validation.rules;

import static org.ssda903.model.Table.OC2;
import static org.ssda903.validation.Severity.ERROR;
import static org.ssda903.validation.rules.RowChecks.anyBlank;
import static org.ssda903.validation.rules.RowChecks.anyPresent;
import static org.ssda903.validation.rules.RowChecks.is;
import static org.ssda903.validation.rules.RowChecks.isAfter;
import static org.ssda903.validation.rules.RowChecks.isBefore;
import static org.ssda903.validation.rules.RowChecks.isNotIn;
import static org.ssda903.validation.rules.RowChecks.plusYears;

import java.util.List;
import java.util.regex.Pattern;

import org.ssda903.model.Columns;
import org.ssda903.validation.RowRule;
import org.ssda903.validation.Rule;
import org.ssda903.validation.Years;

/**
 * Checks on one oc2.csv row (ssda903.md 3.A and 3.B). Rule 157 needs the episodes
 * (continuously looked after for 12 months) and is left to the cross-file rules.
 */
public final class Oc2Rules {

	private static final List<String> TWELVE_MONTH_ITEMS = List.of(Columns.CONVICTED, Columns.HEALTH_CHECK,
			Columns.IMMUNISATIONS, Columns.TEETH_CHECK, Columns.HEALTH_ASSESSMENT, Columns.SUBSTANCE_MISUSE,
			Columns.INTERVENTION_RECEIVED, Columns.INTERVENTION_OFFERED);

	/** The items every child in the OC2 cohort must have, whatever their age. */
	private static final List<String> CORE_HEALTH_ITEMS = List.of(Columns.IMMUNISATIONS, Columns.TEETH_CHECK,
			Columns.HEALTH_ASSESSMENT, Columns.SUBSTANCE_MISUSE);

	private static final List<String> INTERVENTIONS = List.of(Columns.INTERVENTION_RECEIVED,
			Columns.INTERVENTION_OFFERED);

	private static final List<String> SDQ = List.of(Columns.SDQ_SCORE, Columns.SDQ_REASON);

	private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,2}");

	private static final List<Rule> RULES = List.of(
			RowRule.of("158", ERROR, OC2, INTERVENTIONS, Years.all(),
					"Intervention offered should be blank when the child received an intervention.",
					(row, ctx) -> is(row, Columns.INTERVENTION_RECEIVED, "1")
							&& row.isPresent(Columns.INTERVENTION_OFFERED)),
			RowRule.of("159", ERROR, OC2,
					List.of(Columns.SUBSTANCE_MISUSE, Columns.INTERVENTION_RECEIVED, Columns.INTERVENTION_OFFERED),
					Years.all(),
					"Say whether an intervention was offered when a substance misuse problem had no intervention.",
					(row, ctx) -> is(row, Columns.SUBSTANCE_MISUSE, "1") && is(row, Columns.INTERVENTION_RECEIVED, "0")
							&& row.isBlank(Columns.INTERVENTION_OFFERED)),
			RowRule.of("180", ERROR, OC2, List.of(Columns.SDQ_SCORE), Years.all(),
					"SDQ score must be a whole number from 0 to 40.",
					(row, ctx) -> row.isPresent(Columns.SDQ_SCORE) && !isSdqScore(row.get(Columns.SDQ_SCORE))),
			RowRule.of("181", ERROR, OC2, TWELVE_MONTH_ITEMS, Years.all(),
					"The 12-month outcome items (convictions, health, substance misuse) must be 0 or 1.",
					(row, ctx) -> TWELVE_MONTH_ITEMS.stream()
						.anyMatch((item) -> isNotIn(row, item, ctx.codes().yesNo()))),
			RowRule.of("182", ERROR, OC2, TWELVE_MONTH_ITEMS, Years.all(),
					"Immunisations, teeth check, health assessment and substance misuse must all be completed when"
							+ " other outcome items are.",
					(row, ctx) -> anyBlank(row, CORE_HEALTH_ITEMS) && anyPresent(row,
							List.of(Columns.CONVICTED, Columns.HEALTH_CHECK, Columns.INTERVENTION_RECEIVED,
									Columns.INTERVENTION_OFFERED))),
			RowRule.of("188", ERROR, OC2, List.of(Columns.DOB, Columns.SDQ_SCORE, Columns.SDQ_REASON), Years.all(),
					"SDQ is not needed for a child under 4 at the end of the year.",
					(row, ctx) -> isAfter(plusYears(row.dateOrNull(Columns.DOB), 4), ctx.end())
							&& anyPresent(row, SDQ)),
			RowRule.of("189", ERROR, OC2, List.of(Columns.DOB, Columns.SDQ_SCORE, Columns.SDQ_REASON), Years.all(),
					"SDQ is not needed for a young person aged 17 or over at the start of the year.",
					(row, ctx) -> isBefore(plusYears(row.dateOrNull(Columns.DOB), 17), ctx.start())
							&& anyPresent(row, SDQ)),
			RowRule.of("192", ERROR, OC2, List.of(Columns.SUBSTANCE_MISUSE, Columns.INTERVENTION_RECEIVED), Years.all(),
					"Say whether an intervention was received when a substance misuse problem is recorded.",
					(row, ctx) -> is(row, Columns.SUBSTANCE_MISUSE, "1") && row.isBlank(Columns.INTERVENTION_RECEIVED)),
			RowRule.of("193", ERROR, OC2,
					List.of(Columns.SUBSTANCE_MISUSE, Columns.INTERVENTION_RECEIVED, Columns.INTERVENTION_OFFERED),
					Years.all(), "Intervention items should be blank unless a substance misuse problem is recorded.",
					(row, ctx) -> (row.isBlank(Columns.SUBSTANCE_MISUSE) || is(row, Columns.SUBSTANCE_MISUSE, "0"))
							&& anyPresent(row, INTERVENTIONS)),
			RowRule.of("196", ERROR, OC2, List.of(Columns.SDQ_REASON), Years.all(),
					"Reason for no SDQ score must be one of SDQ1 to SDQ5.",
					(row, ctx) -> isNotIn(row, Columns.SDQ_REASON, ctx.codes().sdqReason())),
			RowRule.of("197a", ERROR, OC2, SDQ, Years.all(),
					"Give either an SDQ score or a reason for not having one, not both.",
					(row, ctx) -> row.isPresent(Columns.SDQ_SCORE) && row.isPresent(Columns.SDQ_REASON)),
			RowRule.of("542", ERROR, OC2, List.of(Columns.DOB, Columns.CONVICTED), Years.all(),
					"Conviction status is not needed for a child under 10 at the end of the year.",
					(row, ctx) -> isAfter(plusYears(row.dateOrNull(Columns.DOB), 10), ctx.end())
							&& row.isPresent(Columns.CONVICTED)),
			RowRule.of("544", ERROR, OC2,
					List.of(Columns.CONVICTED, Columns.IMMUNISATIONS, Columns.TEETH_CHECK, Columns.HEALTH_ASSESSMENT,
							Columns.SUBSTANCE_MISUSE),
					Years.all(), "Health items must be completed when conviction status is recorded as 1.",
					(row, ctx) -> is(row, Columns.CONVICTED, "1") && anyBlank(row, CORE_HEALTH_ITEMS)),
			RowRule.of("547", ERROR, OC2,
					List.of(Columns.HEALTH_CHECK, Columns.IMMUNISATIONS, Columns.TEETH_CHECK, Columns.HEALTH_ASSESSMENT,
							Columns.SUBSTANCE_MISUSE),
					Years.all(), "Health items must be completed when health checks are recorded as up to date.",
					(row, ctx) -> is(row, Columns.HEALTH_CHECK, "1") && anyBlank(row, CORE_HEALTH_ITEMS)));

	private Oc2Rules() {
	}

	public static List<Rule> rules() {
		return RULES;
	}

	private static boolean isSdqScore(String value) {
		return WHOLE_NUMBER.matcher(value).matches() && Integer.parseInt(value) <= 40;
	}

}
