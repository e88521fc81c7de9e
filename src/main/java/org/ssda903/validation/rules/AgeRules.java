package org.ssda903.validation.rules;

import static org.ssda903.model.Table.EPISODES;
import static org.ssda903.model.Table.HEADER;
import static org.ssda903.model.Table.OC3;
import static org.ssda903.model.Table.REVIEWS;
import static org.ssda903.validation.Severity.ERROR;
import static org.ssda903.validation.Severity.QUERY;
import static org.ssda903.validation.rules.ChildChecks.dob;
import static org.ssda903.validation.rules.ChildChecks.leftCare;
import static org.ssda903.validation.rules.RowChecks.is;
import static org.ssda903.validation.rules.RowChecks.isAfter;
import static org.ssda903.validation.rules.RowChecks.isBefore;
import static org.ssda903.validation.rules.RowChecks.isIn;
import static org.ssda903.validation.rules.RowChecks.isOnOrAfter;
import static org.ssda903.validation.rules.RowChecks.isOnOrBefore;
import static org.ssda903.validation.rules.RowChecks.plusYears;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.Columns;
import org.ssda903.model.Episodes;
import org.ssda903.model.Row;
import org.ssda903.validation.ChildRule;
import org.ssda903.validation.Rule;
import org.ssda903.validation.ValidationContext;
import org.ssda903.validation.Years;

/**
 * Checks of episodes against the child's header: age at a start or end, and header items
 * that depend on the child's care (ssda903.md 3.D, episodes and header). Age is the
 * header DOB plus whole years.
 */
public final class AgeRules {

	private static final List<String> OC3_ITEMS = List.of(Columns.IN_TOUCH, Columns.ACTIV, Columns.ACCOM);

	/**
	 * UN4 is for a child newly looked after in the last week of the year, from 24 March.
	 */
	private static final MonthDay UN4_WINDOW_OPENS = MonthDay.of(3, 24);

	private static final List<Rule> RULES = List
		.of(ChildRule.of("302", ERROR, List.of(EPISODES, HEADER), List.of(Columns.DECOM, Columns.DOB), Years.all(),
				"The child's first episode starts before their date of birth.", (child, ctx, flag) -> {
					Row first = ChildChecks.firstEpisode(child);
					if (first != null && isBefore(first.dateOrNull(Columns.DECOM), dob(child))) {
						flag.accept(first);
						flag.accept(child.header());
					}
				}),
				ChildRule.of("352", ERROR, List.of(EPISODES, HEADER), List.of(Columns.RNE, Columns.DECOM, Columns.DOB),
						Years.all(),
						"A child cannot start to be looked after (reason S) on or after their 18th birthday.",
						(child, ctx, flag) -> eachEpisode(child, flag,
								(episode, dob) -> is(episode, Columns.RNE, "S")
										&& isOnOrAfter(episode.dateOrNull(Columns.DECOM), plusYears(dob, 18)))),
				ChildRule.of("358", ERROR, List.of(EPISODES, HEADER), List.of(Columns.LS, Columns.DECOM, Columns.DOB),
						Years.all(),
						"A youth justice legal status (J1, J2, J3) needs the child to be over 10 when the episode starts.",
						(child, ctx, flag) -> eachEpisode(child, flag,
								(episode, dob) -> isIn(episode, Columns.LS, Set.of("J1", "J2", "J3"))
										&& isOnOrBefore(episode.dateOrNull(Columns.DECOM), plusYears(dob, 10)))),
				ChildRule.of("359", ERROR, List.of(EPISODES, HEADER),
						List.of(Columns.DEC, Columns.LS, Columns.PLACE, Columns.DOB), Years.all(),
						"A young person over 18 at the end of the year can only still be looked after if accommodated"
								+ " under section 20 (V2) in a children's home (K2).",
						(child, ctx, flag) -> eachEpisode(child, flag,
								(episode, dob) -> episode.isBlank(Columns.DEC)
										&& isBefore(plusYears(dob, 18), ctx.end())
										&& !(is(episode, Columns.LS, "V2") && is(episode, Columns.PLACE, "K2")))),
				// 370-374: the public validator leaves out open episodes; an open one
				// counts here too
				ChildRule.of("370", ERROR, List.of(EPISODES, HEADER),
						List.of(Columns.PLACE, Columns.DECOM, Columns.DOB), Years.only(2023),
						"Independent living (P2) needs the child to be 15 or over when the episode starts.",
						(child, ctx, flag) -> tooYoungFor(child, flag, Set.of("P2"), 15)),
				ChildRule.of("370", ERROR, List.of(EPISODES, HEADER),
						List.of(Columns.PLACE, Columns.DECOM, Columns.DOB), Years.only(2024),
						"Independent living (P2) needs the child to be 16 or over when the episode starts.",
						(child, ctx, flag) -> tooYoungFor(child, flag, Set.of("P2"), 16)),
				ChildRule.of("371", ERROR, List.of(EPISODES, HEADER),
						List.of(Columns.PLACE, Columns.DECOM, Columns.DOB), Years.only(2023),
						"Semi-independent living (H5) needs the child to be 14 or over when the episode starts.",
						(child, ctx, flag) -> tooYoungFor(child, flag, Set.of("H5"), 14)),
				ChildRule.of("371", ERROR, List.of(EPISODES, HEADER),
						List.of(Columns.PLACE, Columns.DECOM, Columns.DOB), Years.only(2024),
						"Semi-independent living (H5) needs the child to be 16 or over when the episode starts.",
						(child, ctx, flag) -> tooYoungFor(child, flag, Set.of("H5"), 16)),
				ChildRule.of("371", ERROR, List.of(EPISODES, HEADER),
						List.of(Columns.PLACE, Columns.DECOM, Columns.DOB), Years.from(2025),
						"Supported accommodation (K3) needs the child to be 16 or over when the episode starts.",
						(child, ctx, flag) -> tooYoungFor(child, flag, Set.of("K3"), 16)),
				ChildRule.of("372", ERROR, List.of(EPISODES, HEADER),
						List.of(Columns.PLACE, Columns.DECOM, Columns.DOB), Years.all(),
						"A young offender institution or prison (R5) needs the child to be 10 or over.",
						(child, ctx, flag) -> tooYoungFor(child, flag, Set.of("R5"), 10)),
				ChildRule.of("373", ERROR, List.of(EPISODES, HEADER),
						List.of(Columns.PLACE, Columns.DECOM, Columns.DOB), Years.all(),
						"A residential school (S1) needs the child to be 4 or over.",
						(child, ctx, flag) -> tooYoungFor(child, flag, Set.of("S1"), 4)),
				ChildRule.of("374", ERROR, List.of(EPISODES, HEADER),
						List.of(Columns.PLACE, Columns.DECOM, Columns.DOB), Years.all(),
						"Residential employment (P3) needs the child to be 14 or over.",
						(child, ctx, flag) -> tooYoungFor(child, flag, Set.of("P3"), 14)),
				ChildRule.of("386", ERROR, List.of(EPISODES, HEADER), List.of(Columns.REC, Columns.DEC, Columns.DOB),
						Years.all(), "A child cannot be adopted (E11/E12) on or after their 18th birthday.",
						(child, ctx, flag) -> eachEpisode(child, flag,
								(episode, dob) -> ChildChecks.isAdoption(episode)
										&& isOnOrAfter(episode.dateOrNull(Columns.DEC), plusYears(dob, 18)))),
				ChildRule.of("387", ERROR, List.of(EPISODES, HEADER), List.of(Columns.REC, Columns.DEC, Columns.DOB),
						Years.all(), "A child cannot move to independent living (E5/E6) before their 14th birthday.",
						(child, ctx, flag) -> endedTooYoung(child, flag, Set.of("E5", "E6"), 14)),
				ChildRule.of("389", ERROR, List.of(EPISODES, HEADER), List.of(Columns.REC, Columns.DEC, Columns.DOB),
						Years.all(),
						"A child cannot move to residential care funded by adult social care (E7) before their 16th"
								+ " birthday.",
						(child, ctx, flag) -> endedTooYoung(child, flag, Set.of("E7"), 16)),
				ChildRule.of("407", ERROR, List.of(EPISODES, HEADER), List.of(Columns.REC, Columns.DEC, Columns.DOB),
						Years.all(),
						"A special guardianship order (E45 to E48) cannot be made after the child's 18th birthday.",
						(child, ctx, flag) -> eachEpisode(child, flag,
								(episode, dob) -> isIn(episode, Columns.REC, Set.of("E45", "E46", "E47", "E48"))
										&& isAfter(episode.dateOrNull(Columns.DEC), plusYears(dob, 18)))),
				ChildRule.of("460", ERROR, List.of(EPISODES, HEADER), List.of(Columns.REC, Columns.DEC, Columns.DOB),
						Years.all(),
						"Reason E17 (stayed with carers at 18 or over) is used before the child's 18th birthday.",
						(child, ctx, flag) -> endedTooYoung(child, flag, Set.of("E17"), 18)),
				ChildRule.of("234", ERROR, List.of(EPISODES, HEADER),
						List.of(Columns.REASON_PLACE_CHANGE, Columns.DECOM, Columns.DOB), Years.from(2026),
						"A placement change for custody arrangements (CUSTOD) is for children aged 10 or over.",
						(child, ctx, flag) -> eachEpisode(child, flag,
								(episode, dob) -> is(episode, Columns.REASON_PLACE_CHANGE, "CUSTOD")
										&& isBefore(episode.dateOrNull(Columns.DECOM), plusYears(dob, 10)))),
				// the public validator flags UN4 when an episode starts on or after 24
				// March, the reverse of the DfE
				// meaning of UN4 (newly looked after in the last week); the DfE meaning
				// is checked here
				ChildRule.of("210", ERROR, List.of(EPISODES, HEADER), List.of(Columns.UPN, Columns.DECOM), Years.all(),
						"UPN code UN4 is only for a child who started to be looked after from 24 March.",
						AgeRules::un4WithoutRecentStart),
				ChildRule.of("442", ERROR, List.of(EPISODES, HEADER), List.of(Columns.UPN, Columns.LS), Years.all(),
						"A UPN (or UN1 to UN5) is needed for a looked-after child who is not only on short breaks.",
						(child, ctx, flag) -> {
							Row header = child.header();
							if (header != null && header.isBlank(Columns.UPN) && hasCareEpisode(child)) {
								flag.accept(header);
							}
						}),
				ChildRule.of("393", ERROR, List.of(EPISODES, HEADER), List.of(Columns.SEX, Columns.MOTHER, Columns.LS),
						Years.all(), "Say whether a looked-after girl is a mother (MOTHER 0 or 1).",
						(child, ctx, flag) -> {
							Row header = child.header();
							if (isFemaleWithoutMother(header, ctx) && hasCareEpisode(child)) {
								flag.accept(header);
							}
						}),
				ChildRule.of("607", ERROR, List.of(EPISODES, HEADER),
						List.of(Columns.SEX, Columns.MOTHER, Columns.DEC, Columns.REC, Columns.LS), Years.all(),
						"Say whether a girl who left care this year is a mother (MOTHER 0 or 1).",
						AgeRules::leaverWithoutMother),
				// the public validator still tests sex codes 1/2 here from 2024-25; the
				// year's own codes are used instead.
				// Without oc3.csv the care-leaver part has no data and is silent, so the
				// rule does not need that file.
				ChildRule.of("165", ERROR, List.of(EPISODES, HEADER),
						List.of(Columns.MOTHER, Columns.SEX, Columns.DECOM, Columns.DEC, Columns.LS), Years.all(),
						"Mother status is not 0 or 1, is given for a boy, or is missing for a girl looked after in the"
								+ " year.",
						AgeRules::motherStatusInconsistent),
				ChildRule.of("625", ERROR, List.of(EPISODES, HEADER), List.of(Columns.MC_DOB, Columns.DEC), Years.all(),
						"The mother's child is born after the end of the year or after the mother left care.",
						AgeRules::childBornAfterLeaving),
				ChildRule.of("628", ERROR, List.of(EPISODES, HEADER, OC3),
						List.of(Columns.MOTHER, Columns.IN_TOUCH, Columns.ACTIV, Columns.ACCOM), Years.all(),
						"Mother status is not needed for a care leaver who was not looked after this year.",
						(child, ctx, flag) -> {
							Row header = child.header();
							if (header != null && header.isPresent(Columns.MOTHER) && !child.has(EPISODES)
									&& ChildChecks.anyPresent(child.rows(OC3), OC3_ITEMS)) {
								flag.accept(header);
							}
						}),
				ChildRule.of("399", ERROR, List.of(EPISODES, HEADER, REVIEWS),
						List.of(Columns.LS, Columns.MOTHER, Columns.REVIEW, Columns.REVIEW_CODE), Years.all(),
						"Mother status and reviews are not needed for a child only on short breaks (V3/V4).",
						AgeRules::shortBreakOnlyWithCareDetails),
				// a warning in the public validator, so a query here
				ChildRule.of("EPI", QUERY, List.of(EPISODES, HEADER, OC3), List.of(Columns.CHILD), Years.all(),
						"The child has a header but no episodes and no care leaver data.", (child, ctx, flag) -> {
							if (child.header() != null && !child.has(EPISODES) && !child.has(OC3)) {
								flag.accept(child.header());
							}
						}));

	private AgeRules() {
	}

	public static List<Rule> rules() {
		return RULES;
	}

	@FunctionalInterface
	private interface AgeTest {

		boolean fails(Row episode, LocalDate dob);

	}

	/**
	 * Flags each episode failing against a valid header DOB; without one nothing can be
	 * judged.
	 */
	private static void eachEpisode(ChildRecords child, Consumer<Row> flag, AgeTest test) {
		LocalDate dob = dob(child);
		if (dob == null) {
			return;
		}
		for (Row episode : child.rows(EPISODES)) {
			if (test.fails(episode, dob)) {
				flag.accept(episode);
			}
		}
	}

	private static void tooYoungFor(ChildRecords child, Consumer<Row> flag, Set<String> places, int minimumAge) {
		eachEpisode(child, flag, (episode, dob) -> isIn(episode, Columns.PLACE, places)
				&& isBefore(episode.dateOrNull(Columns.DECOM), dob.plusYears(minimumAge)));
	}

	private static void endedTooYoung(ChildRecords child, Consumer<Row> flag, Set<String> reasons, int minimumAge) {
		eachEpisode(child, flag, (episode, dob) -> isIn(episode, Columns.REC, reasons)
				&& isBefore(episode.dateOrNull(Columns.DEC), dob.plusYears(minimumAge)));
	}

	private static boolean hasCareEpisode(ChildRecords child) {
		for (Row episode : child.rows(EPISODES)) {
			if (!Episodes.isShortBreak(episode)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isFemaleWithoutMother(Row header, ValidationContext ctx) {
		return header != null && is(header, Columns.SEX, ctx.codes().female()) && header.isBlank(Columns.MOTHER);
	}

	private static void un4WithoutRecentStart(ChildRecords child, ValidationContext ctx, Consumer<Row> flag) {
		Row header = child.header();
		if (header == null || !is(header, Columns.UPN, "UN4")) {
			return;
		}
		LocalDate windowOpens = UN4_WINDOW_OPENS.atYear(ctx.end().getYear());
		for (Row episode : child.rows(EPISODES)) {
			if (isOnOrAfter(episode.dateOrNull(Columns.DECOM), windowOpens)) {
				return;
			}
		}
		flag.accept(header);
	}

	private static void leaverWithoutMother(ChildRecords child, ValidationContext ctx, Consumer<Row> flag) {
		Row header = child.header();
		if (!isFemaleWithoutMother(header, ctx)) {
			return;
		}
		for (Row episode : child.rows(EPISODES)) {
			if (!Episodes.isShortBreak(episode) && leftCare(episode)
					&& ChildChecks.isWithin(episode.dateOrNull(Columns.DEC), ctx.start(), ctx.end())) {
				flag.accept(header);
				return;
			}
		}
	}

	private static void motherStatusInconsistent(ChildRecords child, ValidationContext ctx, Consumer<Row> flag) {
		Row header = child.header();
		if (header == null) {
			return;
		}
		boolean invalid = header.isPresent(Columns.MOTHER) && !ctx.codes().yesNo().contains(header.get(Columns.MOTHER));
		boolean male = is(header, Columns.SEX, ctx.codes().male()) && header.isPresent(Columns.MOTHER);
		boolean female = is(header, Columns.SEX, ctx.codes().female());
		boolean lookedAfter = ChildChecks.lookedAfterInYear(child, ctx);
		boolean missingForGirlInCare = female && header.isBlank(Columns.MOTHER) && lookedAfter;
		boolean givenForCareLeaverOnly = female && header.isPresent(Columns.MOTHER) && !lookedAfter
				&& ChildChecks.anyPresent(child.rows(OC3), OC3_ITEMS);
		if (invalid || male || missingForGirlInCare || givenForCareLeaverOnly) {
			flag.accept(header);
		}
	}

	private static void childBornAfterLeaving(ChildRecords child, ValidationContext ctx, Consumer<Row> flag) {
		Row header = child.header();
		if (header == null) {
			return;
		}
		LocalDate childBorn = header.dateOrNull(Columns.MC_DOB);
		Row latest = ChildChecks.latestEpisode(child);
		LocalDate leftCare = latest == null ? null : latest.dateOrNull(Columns.DEC);
		if (isAfter(childBorn, ctx.end()) || isAfter(childBorn, leftCare)) {
			flag.accept(header);
		}
	}

	private static void shortBreakOnlyWithCareDetails(ChildRecords child, ValidationContext ctx, Consumer<Row> flag) {
		if (!child.has(EPISODES) || hasCareEpisode(child)) {
			return;
		}
		Row header = child.header();
		if (header != null && header.isPresent(Columns.MOTHER)) {
			flag.accept(header);
		}
		for (Row review : child.rows(REVIEWS)) {
			if (review.isPresent(Columns.REVIEW) || review.isPresent(Columns.REVIEW_CODE)) {
				flag.accept(review);
			}
		}
	}

}
