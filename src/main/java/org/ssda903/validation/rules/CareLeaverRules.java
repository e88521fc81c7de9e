package org.ssda903.validation.rules;

import static org.ssda903.model.Table.AD1;
import static org.ssda903.model.Table.EPISODES;
import static org.ssda903.model.Table.HEADER;
import static org.ssda903.model.Table.MISSING;
import static org.ssda903.model.Table.OC2;
import static org.ssda903.model.Table.OC3;
import static org.ssda903.model.Table.PLACED_FOR_ADOPTION;
import static org.ssda903.model.Table.PREVIOUS_PERMANENCE;
import static org.ssda903.model.Table.REVIEWS;
import static org.ssda903.model.Table.UASC;
import static org.ssda903.validation.Severity.ERROR;
import static org.ssda903.validation.rules.RowChecks.anyPresent;
import static org.ssda903.validation.rules.RowChecks.is;
import static org.ssda903.validation.rules.RowChecks.isAfter;
import static org.ssda903.validation.rules.RowChecks.isOnOrAfter;
import static org.ssda903.validation.rules.RowChecks.isOnOrBefore;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.Columns;
import org.ssda903.model.Episodes;
import org.ssda903.model.Row;
import org.ssda903.model.Table;
import org.ssda903.validation.ChildRule;
import org.ssda903.validation.Needs;
import org.ssda903.validation.Rule;
import org.ssda903.validation.StoredYears;
import org.ssda903.validation.ValidationContext;
import org.ssda903.validation.Years;

/**
 * Checks of oc3.csv, the care leavers, against the child's care (ssda903.md 3.D, episodes
 * and OC3, and 3.E): only a young person who was looked after long enough after 14, and
 * who did not die, get adopted, move to another council or stay in care, is a care
 * leaver. An OC3 row with none of its three items given carries no care leaver data.
 */
public final class CareLeaverRules {

	private static final List<String> OC3_ITEMS = List.of(Columns.IN_TOUCH, Columns.ACTIV, Columns.ACCOM);

	private static final List<String> AD1_ITEMS = List.of(Columns.DATE_INT, Columns.DATE_MATCH, Columns.FOSTER_CARE,
			Columns.NB_ADOPTR, Columns.SEX_ADOPTR, Columns.LS_ADOPTR);

	private static final List<String> TWELVE_MONTH_ITEMS = List.of(Columns.CONVICTED, Columns.HEALTH_CHECK,
			Columns.IMMUNISATIONS, Columns.TEETH_CHECK, Columns.HEALTH_ASSESSMENT, Columns.SUBSTANCE_MISUSE,
			Columns.INTERVENTION_RECEIVED, Columns.INTERVENTION_OFFERED);

	/**
	 * Files that describe a looked-after child's year, meaningless without an episode
	 * (rule 1012).
	 */
	private static final List<Table> CARE_FILES = List.of(PLACED_FOR_ADOPTION, MISSING, REVIEWS, AD1,
			PREVIOUS_PERMANENCE, OC2);

	/**
	 * A relevant or former relevant child was looked after at least 13 weeks from their
	 * 14th birthday.
	 */
	private static final int RELEVANT_DAYS = 91;

	private static final List<Rule> RULES = List.of(
			// runs on this year alone, since a death in care this year needs nothing
			// else; last year's episodes are
			// read too when that return is available
			ChildRule.of("1000", ERROR, List.of(OC3, EPISODES),
					List.of(Columns.IN_TOUCH, Columns.ACTIV, Columns.ACCOM, Columns.REC), Years.all(),
					"The child died in care, so no care leaver information should be given.", (child, ctx, flag) -> {
						if (diedInCare(child) || diedInCare(ctx.previousYearOf(child))) {
							leaverRows(child).forEach(flag);
						}
					}),
			// needs last year: this year alone undercounts the days looked after and
			// would report real care leavers
			ChildRule
				.of("1001", ERROR, List.of(OC3, EPISODES, HEADER),
						List.of(Columns.IN_TOUCH, Columns.ACTIV, Columns.ACCOM, Columns.DOB, Columns.DECOM, Columns.DEC,
								Columns.REC, Columns.LS),
						Years.all(),
						"Care leaver information is given, but the young person was not looked after for 13 weeks from"
								+ " age 14 including time after 16, or was adopted.",
						CareLeaverRules::notRelevant)
				.needing(Needs.PREVIOUS_RETURN),
			// the public validator reads this year and last, and so reports care leavers
			// whose care ended before last
			// year; here the rule reads every stored year, and a young person whose years
			// since 14 are not all
			// stored is counted as not checkable rather than reported
			ChildRule.of("1002", ERROR, List.of(OC3, EPISODES),
					List.of(Columns.IN_TOUCH, Columns.ACTIV, Columns.ACCOM, Columns.DOB, Columns.DECOM), Years.all(),
					"Care leaver information is given, but no return since the young person's 14th birthday has an"
							+ " episode of care.",
					(child, ctx, flag) -> {
						List<Row> leavers = leaverRows(child);
						if (!leavers.isEmpty() && careShown(child, ctx) == CareShown.NO) {
							leavers.forEach(flag);
						}
					})
				.judgingOnly((child, ctx) -> leaverRows(child).isEmpty() || careShown(child, ctx) != CareShown.UNKNOWN),
			// the public validator leaves out an episode still open on the birthday; such
			// a child is in care all the
			// more, so it counts here
			ChildRule.of("1007", ERROR, List.of(OC3, EPISODES),
					List.of(Columns.IN_TOUCH, Columns.ACTIV, Columns.ACCOM, Columns.DOB, Columns.DECOM, Columns.DEC),
					Years.all(),
					"Care leaver information is given for a young person aged 17 or 18 who was still looked after on"
							+ " their latest birthday.",
					(child, ctx, flag) -> {
						for (Row leaver : leaverRows(child)) {
							LocalDate birthday = latestBirthday(leaver, ctx, 17, 18);
							if (birthday != null && inCareOn(child, birthday)) {
								flag.accept(leaver);
							}
						}
					}),
			ChildRule.of("1016", ERROR, List.of(OC3, EPISODES),
					List.of(Columns.IN_TOUCH, Columns.ACTIV, Columns.ACCOM, Columns.DOB, Columns.DEC), Years.from(2024),
					"Care leaver information is given for a young person aged 17 or 18 who was looked after after"
							+ " their latest birthday.",
					(child, ctx, flag) -> {
						for (Row leaver : leaverRows(child)) {
							LocalDate birthday = latestBirthday(leaver, ctx, 17, 18);
							if (birthday != null && inCareFrom(child, birthday, ctx)) {
								flag.accept(leaver);
							}
						}
					}),
			ChildRule.of("1010", ERROR, List.of(OC3, EPISODES),
					List.of(Columns.IN_TOUCH, Columns.ACTIV, Columns.ACCOM, Columns.DECOM, Columns.DEC), Years.all(),
					"Care leaver information is given, but last year the young person was still looked after and this"
							+ " year has no episodes showing care ending.",
					(child, ctx, flag) -> {
						ChildRecords previous = ctx.previousYearOf(child);
						Row lastYearFinal = previous == null ? null : ChildChecks.latestEpisode(previous);
						if (!child.has(EPISODES) && lastYearFinal != null && lastYearFinal.isBlank(Columns.DEC)) {
							leaverRows(child).forEach(flag);
						}
					})
				.needing(Needs.PREVIOUS_RETURN),
			ChildRule.of("1011", ERROR, List.of(OC3, EPISODES),
					List.of(Columns.IN_TOUCH, Columns.ACTIV, Columns.ACCOM, Columns.REC), Years.all(),
					"Care was taken over by another council (E3), so this council should not give care leaver"
							+ " information.",
					(child, ctx, flag) -> {
						Row last = ChildChecks.latestEpisode(child);
						if (last != null && is(last, Columns.REC, "E3")) {
							leaverRows(child).forEach(flag);
						}
					}),
			ChildRule.of("1014", ERROR, List.of(UASC, OC3, EPISODES), List.of(Columns.DUC, Columns.DECOM, Columns.DEC),
					Years.all(),
					"UASC information is not needed for a care leaver who was not looked after in the year.",
					(child, ctx, flag) -> {
						if (child.has(OC3) && !ChildChecks.lookedAfterInYear(child, ctx)) {
							child.rows(UASC).forEach(flag);
						}
					}),
			ChildRule.of("1012", ERROR, List.of(EPISODES), List.of(Columns.CHILD), Years.all(),
					"Information about a looked-after child is given for a child with no episodes of care.",
					(child, ctx, flag) -> {
						if (!child.has(EPISODES)) {
							CARE_FILES.forEach((table) -> child.rows(table).forEach(flag));
						}
					}),
			ChildRule.of("215", ERROR, List.of(OC3, OC2),
					List.of(Columns.IN_TOUCH, Columns.ACTIV, Columns.ACCOM, Columns.CONVICTED, Columns.HEALTH_CHECK,
							Columns.IMMUNISATIONS, Columns.TEETH_CHECK, Columns.HEALTH_ASSESSMENT,
							Columns.SUBSTANCE_MISUSE, Columns.INTERVENTION_RECEIVED, Columns.INTERVENTION_OFFERED),
					Years.all(), "A care leaver cannot also have outcomes for a child looked after for 12 months.",
					(child, ctx, flag) -> {
						List<Row> leavers = leaverRows(child);
						List<Row> outcomes = child.rows(OC2)
							.stream()
							.filter((row) -> anyPresent(row, TWELVE_MONTH_ITEMS))
							.toList();
						if (!leavers.isEmpty() && !outcomes.isEmpty()) {
							leavers.forEach(flag);
							outcomes.forEach(flag);
						}
					}),
			ChildRule.of("134", ERROR, List.of(AD1, OC3),
					List.of(Columns.IN_TOUCH, Columns.ACTIV, Columns.ACCOM, Columns.DATE_INT, Columns.DATE_MATCH,
							Columns.FOSTER_CARE, Columns.NB_ADOPTR, Columns.SEX_ADOPTR, Columns.LS_ADOPTR),
					Years.all(), "A child cannot have both adoption and care leaver information.",
					(child, ctx, flag) -> {
						List<Row> leavers = leaverRows(child);
						List<Row> adoptions = child.rows(AD1)
							.stream()
							.filter((row) -> anyPresent(row, AD1_ITEMS))
							.toList();
						if (!leavers.isEmpty() && !adoptions.isEmpty()) {
							leavers.forEach(flag);
							adoptions.forEach(flag);
						}
					}));

	private CareLeaverRules() {
	}

	public static List<Rule> rules() {
		return RULES;
	}

	/** Whether the returns show the young person in care: 1002's question. */
	private enum CareShown {

		YES, NO, UNKNOWN

	}

	/**
	 * An episode this year, last year or in any stored year shows care. Without one, the
	 * returns show no care only when every year from the one of the 14th birthday (a care
	 * leaver was looked after from then) to last year is stored, or given with --previous
	 * for last year; otherwise, or without a date of birth, it is not known.
	 */
	private static CareShown careShown(ChildRecords child, ValidationContext ctx) {
		ChildRecords previous = ctx.previousYearOf(child);
		if (child.has(EPISODES) || (previous != null && previous.has(EPISODES))
				|| ctx.storedYears().hadEpisode(child.child())) {
			return CareShown.YES;
		}
		LocalDate dob = leaverDob(child);
		if (dob == null) {
			return CareShown.UNKNOWN;
		}
		int lastYear = ctx.year().endYear() - 1;
		for (int year = StoredYears.endYearOf(dob.plusYears(14)); year <= lastYear; year++) {
			boolean given = year == lastYear && ctx.available().contains(Needs.PREVIOUS_RETURN);
			if (!given && !ctx.storedYears().has(year)) {
				return CareShown.UNKNOWN;
			}
		}
		return CareShown.NO;
	}

	/**
	 * The date of birth in header.csv, or in the care leaver row when the header has
	 * none.
	 */
	private static LocalDate leaverDob(ChildRecords child) {
		LocalDate dob = ChildChecks.dob(child);
		if (dob != null) {
			return dob;
		}
		return leaverRows(child).stream()
			.map((row) -> row.dateOrNull(Columns.DOB))
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	/** OC3 rows that carry care leaver data. */
	private static List<Row> leaverRows(ChildRecords child) {
		return child.rows(OC3).stream().filter((row) -> anyPresent(row, OC3_ITEMS)).toList();
	}

	private static boolean diedInCare(ChildRecords child) {
		return child != null && child.rows(EPISODES).stream().anyMatch((episode) -> is(episode, Columns.REC, "E2"));
	}

	/**
	 * The latest of the given birthdays (by OC3 DOB) on or before 31 March, when the
	 * young person is that old.
	 */
	private static LocalDate latestBirthday(Row leaver, ValidationContext ctx, int youngest, int oldest) {
		LocalDate dob = leaver.dateOrNull(Columns.DOB);
		if (dob == null || !isAfter(dob.plusYears(oldest + 1), ctx.end())) {
			return null;
		}
		for (int age = oldest; age >= youngest; age--) {
			if (isOnOrBefore(dob.plusYears(age), ctx.end())) {
				return dob.plusYears(age);
			}
		}
		return null;
	}

	private static boolean inCareOn(ChildRecords child, LocalDate day) {
		return child.rows(EPISODES)
			.stream()
			.anyMatch((episode) -> !Episodes.isShortBreak(episode) && Episodes.isOpenOn(episode, day));
	}

	/**
	 * Looked after on or after the day: an episode ending then or later, or still open.
	 */
	private static boolean inCareFrom(ChildRecords child, LocalDate day, ValidationContext ctx) {
		return child.rows(EPISODES)
			.stream()
			.anyMatch((episode) -> !Episodes.isShortBreak(episode)
					&& isOnOrAfter(ChildChecks.endOrYearEnd(episode, ctx), day));
	}

	/**
	 * 1001, for young people under 20 at 31 March who have episodes this year or last
	 * (with none, 1002 reports them): looked after under 91 days from their 14th
	 * birthday, or never after their 16th, or adopted at the end of their last episode.
	 * Last year's episodes count up to this year's first one, which repeats the episode
	 * open at last year's end.
	 */
	private static void notRelevant(ChildRecords child, ValidationContext ctx, Consumer<Row> flag) {
		LocalDate dob = ChildChecks.dob(child);
		List<Row> leavers = leaverRows(child);
		if (dob == null || leavers.isEmpty() || !isAfter(dob.plusYears(20), ctx.end())) {
			return;
		}
		List<Row> current = care(child);
		List<Row> lastYear = lastYearBefore(current, ctx.previousYearOf(child));
		if (current.isEmpty() && lastYear.isEmpty()) {
			return;
		}
		LocalDate fourteen = dob.plusYears(14);
		LocalDate sixteen = dob.plusYears(16);
		long days = 0;
		boolean afterSixteen = false;
		// an episode open in last year's return and missing from this one is taken to end
		// with last year
		for (Row episode : lastYear) {
			LocalDate to = episode.isBlank(Columns.DEC) ? ctx.start().minusDays(1) : episode.dateOrNull(Columns.DEC);
			days += daysFrom(episode, fourteen, to);
			afterSixteen |= isAfter(to, sixteen);
		}
		for (Row episode : current) {
			LocalDate to = ChildChecks.endOrYearEnd(episode, ctx);
			days += daysFrom(episode, fourteen, to);
			afterSixteen |= isAfter(to, sixteen);
		}
		Row last = current.isEmpty() ? lastYear.get(lastYear.size() - 1) : current.get(current.size() - 1);
		boolean adopted = ChildChecks.isAdoption(last);
		if (days < RELEVANT_DAYS || !afterSixteen || adopted) {
			leavers.forEach(flag);
		}
	}

	/** Last year's care episodes that started before this year's first one, by start. */
	private static List<Row> lastYearBefore(List<Row> current, ChildRecords previous) {
		if (previous == null) {
			return List.of();
		}
		LocalDate firstNow = current.isEmpty() ? null : current.get(0).dateOrNull(Columns.DECOM);
		return care(previous).stream()
			.filter((episode) -> firstNow == null || episode.dateOrNull(Columns.DECOM).isBefore(firstNow))
			.toList();
	}

	/**
	 * Days looked after in the episode from the day given (the 14th birthday) to its end;
	 * 0 without an end.
	 */
	private static long daysFrom(Row episode, LocalDate from, LocalDate to) {
		if (to == null) {
			return 0;
		}
		LocalDate decom = episode.dateOrNull(Columns.DECOM);
		LocalDate counted = decom.isBefore(from) ? from : decom;
		return Math.max(0, ChronoUnit.DAYS.between(counted, to));
	}

	private static List<Row> care(ChildRecords child) {
		return ChildChecks.datedEpisodes(child).stream().filter((episode) -> !Episodes.isShortBreak(episode)).toList();
	}

}
