package org.ssda903.validation.rules;

import static org.ssda903.model.Table.AD1;
import static org.ssda903.model.Table.EPISODES;
import static org.ssda903.model.Table.OC2;
import static org.ssda903.model.Table.OC3;
import static org.ssda903.validation.Severity.ERROR;
import static org.ssda903.validation.rules.RowChecks.anyBlank;
import static org.ssda903.validation.rules.RowChecks.anyPresent;
import static org.ssda903.validation.rules.RowChecks.is;
import static org.ssda903.validation.rules.RowChecks.isAfter;
import static org.ssda903.validation.rules.RowChecks.isOnOrAfter;
import static org.ssda903.validation.rules.RowChecks.isOnOrBefore;
import static org.ssda903.validation.rules.RowChecks.plusYears;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.Columns;
import org.ssda903.model.Row;
import org.ssda903.validation.ChildRule;
import org.ssda903.validation.Rule;
import org.ssda903.validation.ValidationContext;
import org.ssda903.validation.Years;
import org.ssda903.validation.facts.ContinuouslyLookedAfter;

/**
 * Checks of oc2.csv against the OC2 cohort, children continuously looked after for 12
 * months at 31 March (ssda903.md 3.D, 4.4). Ages come from the OC2 row's DOB, as in the
 * single-row OC2 rules.
 */
public final class Oc2CohortRules {

	private static final List<String> TWELVE_MONTH_ITEMS = List.of(Columns.CONVICTED, Columns.HEALTH_CHECK,
			Columns.IMMUNISATIONS, Columns.TEETH_CHECK, Columns.HEALTH_ASSESSMENT, Columns.SUBSTANCE_MISUSE,
			Columns.INTERVENTION_RECEIVED, Columns.INTERVENTION_OFFERED);

	private static final List<String> CORE_HEALTH_ITEMS = List.of(Columns.IMMUNISATIONS, Columns.TEETH_CHECK,
			Columns.HEALTH_ASSESSMENT, Columns.SUBSTANCE_MISUSE);

	private static final List<String> SDQ = List.of(Columns.SDQ_SCORE, Columns.SDQ_REASON);

	private static final List<String> OC3_ITEMS = List.of(Columns.IN_TOUCH, Columns.ACTIV, Columns.ACCOM);

	private static final List<String> AD1_ITEMS = List.of(Columns.DATE_INT, Columns.DATE_MATCH, Columns.FOSTER_CARE,
			Columns.NB_ADOPTR, Columns.SEX_ADOPTR, Columns.LS_ADOPTR);

	private static final List<Rule> RULES = List.of(
			ChildRule.of("185", ERROR, List.of(OC2, EPISODES), List.of(Columns.SDQ_SCORE), Years.all(),
					"An SDQ score is given for a child not looked after continuously for 12 months at 31 March.",
					(child, ctx, flag) -> outsideCohort(child, ctx, flag,
							(row, c) -> row.isPresent(Columns.SDQ_SCORE))),
			ChildRule.of("198", ERROR, List.of(OC2, EPISODES), List.of(Columns.SDQ_REASON), Years.all(),
					"A reason for no SDQ is given for a child not looked after continuously for 12 months.",
					(child, ctx, flag) -> outsideCohort(child, ctx, flag,
							(row, c) -> row.isPresent(Columns.SDQ_REASON))),
			ChildRule.of("190", ERROR, List.of(OC2, EPISODES), TWELVE_MONTH_ITEMS, Years.all(),
					"Outcome items are given for a child not looked after continuously for 12 months.",
					(child, ctx, flag) -> outsideCohort(child, ctx, flag,
							(row, c) -> anyPresent(row, TWELVE_MONTH_ITEMS))),
			ChildRule.of("191", ERROR, List.of(OC2, EPISODES), CORE_HEALTH_ITEMS, Years.all(),
					"A child looked after continuously for 12 months needs immunisations, teeth check, health"
							+ " assessment and substance misuse recorded.",
					Oc2CohortRules::cohortMissingHealthItems),
			ChildRule.of("186", ERROR, List.of(OC2, EPISODES),
					List.of(Columns.DOB, Columns.SDQ_SCORE, Columns.SDQ_REASON), Years.all(),
					"A child aged 4 to 16 in the OC2 cohort needs an SDQ score or a reason for not having one.",
					(child, ctx, flag) -> inCohort(child, ctx, flag,
							(row, c) -> allBlank(row, SDQ)
									&& isOnOrBefore(plusYears(row.dateOrNull(Columns.DOB), 4), c.start())
									&& isAfter(plusYears(row.dateOrNull(Columns.DOB), 17), c.end()))),
			ChildRule.of("197B", ERROR, List.of(OC2, EPISODES),
					List.of(Columns.DOB, Columns.SDQ_SCORE, Columns.SDQ_REASON), Years.all(),
					"A child turning 4 or 17 this year in the OC2 cohort needs an SDQ score or a reason for not having"
							+ " one.",
					(child, ctx, flag) -> inCohort(child, ctx, flag,
							(row, c) -> allBlank(row, SDQ)
									&& (birthdayInYear(row, 4, c) || birthdayInYear(row, 17, c)))),
			ChildRule.of("157", ERROR, List.of(OC2, EPISODES),
					List.of(Columns.DOB, Columns.SDQ_SCORE, Columns.SDQ_REASON), Years.all(),
					"Reason SDQ1 (under 4 or over 16) is given for a child aged 4 to 16.",
					(child, ctx, flag) -> inCohort(child, ctx, flag,
							(row, c) -> row.isBlank(Columns.SDQ_SCORE) && is(row, Columns.SDQ_REASON, "SDQ1")
									&& isOnOrBefore(plusYears(row.dateOrNull(Columns.DOB), 4), c.start())
									&& isOnOrAfter(plusYears(row.dateOrNull(Columns.DOB), 16), c.end()))),
			ChildRule.of("543", ERROR, List.of(OC2, EPISODES), List.of(Columns.DOB, Columns.CONVICTED), Years.all(),
					"Conviction status is needed for a child in the OC2 cohort aged 10 or over.",
					(child, ctx, flag) -> inCohort(child, ctx, flag,
							(row, c) -> row.isBlank(Columns.CONVICTED)
									&& RowChecks.isBefore(plusYears(row.dateOrNull(Columns.DOB), 10), c.end()))),
			ChildRule.of("545", ERROR, List.of(OC2, EPISODES), List.of(Columns.DOB, Columns.HEALTH_CHECK), Years.all(),
					"Health check status is needed for a child in the OC2 cohort under 5.",
					(child, ctx, flag) -> inCohort(child, ctx, flag,
							(row, c) -> row.isBlank(Columns.HEALTH_CHECK)
									&& isAfter(plusYears(row.dateOrNull(Columns.DOB), 5), c.end()))),
			ChildRule.of("546", ERROR, List.of(OC2, EPISODES), List.of(Columns.DOB, Columns.HEALTH_CHECK), Years.all(),
					"Health check status is only for children under 5.",
					(child, ctx, flag) -> inCohort(child, ctx, flag,
							(row, c) -> row.isPresent(Columns.HEALTH_CHECK)
									&& isOnOrBefore(plusYears(row.dateOrNull(Columns.DOB), 5), c.end()))),
			ChildRule.of("187", ERROR, List.of(EPISODES, OC3, AD1),
					List.of(Columns.IN_TOUCH, Columns.ACTIV, Columns.ACCOM, Columns.DATE_INT, Columns.DATE_MATCH,
							Columns.FOSTER_CARE, Columns.NB_ADOPTR, Columns.SEX_ADOPTR, Columns.LS_ADOPTR),
					Years.all(),
					"A child looked after continuously for 12 months cannot have care leaver or adoption data.",
					Oc2CohortRules::cohortWithLeaverOrAdoptionData));

	private Oc2CohortRules() {
	}

	public static List<Rule> rules() {
		return RULES;
	}

	private static void inCohort(ChildRecords child, ValidationContext ctx, Consumer<Row> flag,
			BiPredicate<Row, ValidationContext> fails) {
		if (child.has(OC2) && ContinuouslyLookedAfter.isTrueFor(child, ctx)) {
			flagFailing(child, ctx, flag, fails);
		}
	}

	private static void outsideCohort(ChildRecords child, ValidationContext ctx, Consumer<Row> flag,
			BiPredicate<Row, ValidationContext> fails) {
		if (child.has(OC2) && !ContinuouslyLookedAfter.isTrueFor(child, ctx)) {
			flagFailing(child, ctx, flag, fails);
		}
	}

	private static void flagFailing(ChildRecords child, ValidationContext ctx, Consumer<Row> flag,
			BiPredicate<Row, ValidationContext> fails) {
		for (Row row : child.rows(OC2)) {
			if (fails.test(row, ctx)) {
				flag.accept(row);
			}
		}
	}

	private static boolean allBlank(Row row, List<String> columns) {
		return columns.stream().allMatch(row::isBlank);
	}

	private static boolean birthdayInYear(Row row, int age, ValidationContext ctx) {
		LocalDate birthday = plusYears(row.dateOrNull(Columns.DOB), age);
		return ChildChecks.isWithin(birthday, ctx.start(), ctx.end());
	}

	/**
	 * Without any OC2 row the child's first episode is flagged, so the missing return is
	 * seen.
	 */
	private static void cohortMissingHealthItems(ChildRecords child, ValidationContext ctx, Consumer<Row> flag) {
		if (!ContinuouslyLookedAfter.isTrueFor(child, ctx)) {
			return;
		}
		if (!child.has(OC2)) {
			Row first = ChildChecks.firstEpisode(child);
			if (first != null) {
				flag.accept(first);
			}
			return;
		}
		for (Row row : child.rows(OC2)) {
			if (anyBlank(row, CORE_HEALTH_ITEMS)) {
				flag.accept(row);
			}
		}
	}

	private static void cohortWithLeaverOrAdoptionData(ChildRecords child, ValidationContext ctx, Consumer<Row> flag) {
		if ((!child.has(OC3) && !child.has(AD1)) || !ContinuouslyLookedAfter.isTrueFor(child, ctx)) {
			return;
		}
		child.rows(OC3).stream().filter((row) -> anyPresent(row, OC3_ITEMS)).forEach(flag);
		child.rows(AD1).stream().filter((row) -> anyPresent(row, AD1_ITEMS)).forEach(flag);
	}

}
