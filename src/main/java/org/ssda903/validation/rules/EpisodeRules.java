package org.ssda903.validation.rules;

import static org.ssda903.model.Table.EPISODES;
import static org.ssda903.validation.Severity.ERROR;
import static org.ssda903.validation.rules.RowChecks.anyPresent;
import static org.ssda903.validation.rules.RowChecks.is;
import static org.ssda903.validation.rules.RowChecks.isAfter;
import static org.ssda903.validation.rules.RowChecks.isBefore;
import static org.ssda903.validation.rules.RowChecks.isIn;
import static org.ssda903.validation.rules.RowChecks.isInvalidDate;
import static org.ssda903.validation.rules.RowChecks.isNotIn;
import static org.ssda903.validation.rules.RowChecks.isOnOrAfter;
import static org.ssda903.validation.rules.RowChecks.isSameDay;
import static org.ssda903.validation.rules.RowChecks.plusDays;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ssda903.model.CodeGroups;
import org.ssda903.model.Columns;
import org.ssda903.model.Row;
import org.ssda903.validation.RowRule;
import org.ssda903.validation.Rule;
import org.ssda903.validation.ValidationContext;
import org.ssda903.validation.Years;

/** Checks on one episodes.csv row (ssda903.md 3.A and 3.B). */
public final class EpisodeRules {

	private static final Set<String> SHORT_BREAKS = CodeGroups.SHORT_BREAK_LEGAL_STATUSES;

	private static final String URN_PLACEHOLDER = "XXXXXXX";

	/**
	 * Postcode areas wholly or partly in Scotland, Wales, Northern Ireland or the Crown
	 * dependencies. The DfE decides "placed outside England" from the LA of the placement
	 * postcode (PL_LA, from the ONS lookup), which rules do not have yet; until they do,
	 * a placement in one of these areas is given the benefit of the doubt, so a URN rule
	 * may miss an English placement in a border area but never flags a placement outside
	 * England.
	 */
	private static final Set<String> AREAS_POSSIBLY_OUTSIDE_ENGLAND = Set.of("AB", "DD", "DG", "EH", "FK", "G", "HS",
			"IV", "KA", "KW", "KY", "ML", "PA", "PH", "TD", "ZE", "CF", "LD", "LL", "NP", "SA", "SY", "CH", "HR", "BT",
			"GY", "JE", "IM");

	private static final LocalDate FIRST_POSSIBLE_DECOM = LocalDate.of(1991, 10, 14);

	private static final LocalDate FOSTER_ADOPTION_RNE_FROM = LocalDate.of(2015, 4, 1);

	private static final LocalDate P2_WITHDRAWN_AFTER = LocalDate.of(2023, 10, 28);

	private static final LocalDate H5_URN_FROM = LocalDate.of(2023, 10, 29);

	private static final LocalDate LAST_FREEING_ORDER = LocalDate.of(2005, 12, 31);

	private static final LocalDate FIRST_PLACEMENT_ORDER = LocalDate.of(2005, 12, 1);

	private static final List<Rule> RULES = List.of(
			RowRule.of("141", ERROR, EPISODES, List.of(Columns.DECOM), Years.all(),
					"Date episode commenced is not a valid dd/mm/yyyy date.",
					(row, ctx) -> isInvalidDate(row, Columns.DECOM)),
			RowRule.of("143", ERROR, EPISODES, List.of(Columns.RNE), Years.all(),
					"Reason for new episode is not one of S, L, P, T, B or U.",
					(row, ctx) -> isNotIn(row, Columns.RNE, ctx.codes().reasonNewEpisode())),
			RowRule.of("144", ERROR, EPISODES, List.of(Columns.LS), Years.all(), "Legal status is not a valid code.",
					(row, ctx) -> isNotIn(row, Columns.LS, ctx.codes().legalStatus())),
			RowRule.of("145", ERROR, EPISODES, List.of(Columns.CIN), Years.all(),
					"Category of need is not one of N1 to N8.",
					(row, ctx) -> isNotIn(row, Columns.CIN, ctx.codes().categoryOfNeed())),
			RowRule.of("146", ERROR, EPISODES, List.of(Columns.PLACE), Years.upTo(2024),
					"Placement type is not a valid code for this year.",
					(row, ctx) -> isNotIn(row, Columns.PLACE, ctx.codes().placement())),
			RowRule.of("146", ERROR, EPISODES, List.of(Columns.PLACE), Years.only(2025),
					"Placement type is not a valid code for this year (H5 and P2 are withdrawn; use K3 for"
							+ " supported accommodation).",
					(row, ctx) -> isNotIn(row, Columns.PLACE, ctx.codes().placement())),
			RowRule.of("146", ERROR, EPISODES, List.of(Columns.PLACE), Years.from(2026),
					"Placement type is not a valid code for this year (Z1 is replaced by Z11 to Z14).",
					(row, ctx) -> isNotIn(row, Columns.PLACE, ctx.codes().placement())),
			RowRule.of("147", ERROR, EPISODES, List.of(Columns.DEC), Years.all(),
					"Date episode ceased is not a valid dd/mm/yyyy date.",
					(row, ctx) -> isInvalidDate(row, Columns.DEC)),
			RowRule.of("148", ERROR, EPISODES, List.of(Columns.DEC, Columns.REC), Years.all(),
					"Date episode ceased and reason episode ceased must both be given or both be left blank.",
					(row, ctx) -> row.isPresent(Columns.DEC) != row.isPresent(Columns.REC)),
			RowRule.of("149", ERROR, EPISODES, List.of(Columns.REC), Years.all(),
					"Reason episode ceased is not a valid code.",
					(row, ctx) -> isNotIn(row, Columns.REC, ctx.codes().reasonEpisodeCeased())),
			RowRule.of("178", ERROR, EPISODES, List.of(Columns.PLACE_PROVIDER, Columns.PLACE), Years.upTo(2025),
					"Placement provider is not a valid code, or is given for a temporary or Z1 placement.",
					EpisodeRules::isProviderInvalidOrNotExpected),
			// the public validator's 2025-26 list leaves out T4, which rules 213 and 526
			// include: T4 is kept here
			RowRule.of("178", ERROR, EPISODES, List.of(Columns.PLACE_PROVIDER, Columns.PLACE), Years.from(2026),
					"Placement provider is not a valid code, or is given for a temporary or Z11-Z14 placement.",
					EpisodeRules::isProviderInvalidOrNotExpected),
			RowRule.of("213", ERROR, EPISODES, List.of(Columns.PLACE, Columns.PLACE_PROVIDER), Years.upTo(2025),
					"A placement provider is given for a temporary placement (T0 to T4).",
					(row, ctx) -> isIn(row, Columns.PLACE, ctx.codes().temporaryPlacements())
							&& row.isPresent(Columns.PLACE_PROVIDER)),
			RowRule.of("213", ERROR, EPISODES, List.of(Columns.PLACE, Columns.PLACE_PROVIDER), Years.from(2026),
					"A placement provider is given for a temporary (T0 to T4) or other (Z11 to Z14) placement.",
					(row, ctx) -> isIn(row, Columns.PLACE, ctx.codes().noProviderPlacements())
							&& row.isPresent(Columns.PLACE_PROVIDER)),
			RowRule.of("214", ERROR, EPISODES, List.of(Columns.LS, Columns.PL_POST, Columns.URN), Years.all(),
					"Placement postcode and URN are not needed for short breaks (V3/V4).",
					(row, ctx) -> isIn(row, Columns.LS, SHORT_BREAKS)
							&& anyPresent(row, List.of(Columns.PL_POST, Columns.URN))),
			RowRule.of("217", ERROR, EPISODES, List.of(Columns.PLACE, Columns.DECOM, Columns.RNE), Years.all(),
					"A placement for adoption with the current foster carer from April 2015 must start with reason"
							+ " S, T or U.",
					(row, ctx) -> isIn(row, Columns.PLACE, Set.of("A3", "A5"))
							&& isOnOrAfter(row.dateOrNull(Columns.DECOM), FOSTER_ADOPTION_RNE_FROM)
							&& isNotIn(row, Columns.RNE, Set.of("S", "T", "U"))),
			RowRule.of("217t", ERROR, EPISODES, List.of(Columns.PLACE, Columns.DEC), Years.only(2024),
					"Placement type P2 cannot be used for an episode open after 28 October 2023.",
					(row, ctx) -> is(row, Columns.PLACE, "P2")
							&& (row.isBlank(Columns.DEC) || isAfter(row.dateOrNull(Columns.DEC), P2_WITHDRAWN_AFTER))),
			RowRule.of("218", ERROR, EPISODES, List.of(Columns.URN, Columns.PLACE, Columns.DEC, Columns.PL_POST),
					Years.upTo(2024),
					"An Ofsted URN is needed for this placement type (use XXXXXXX if the provider has none).",
					EpisodeRules::isUrnMissing),
			RowRule.of("218", ERROR, EPISODES, List.of(Columns.URN, Columns.PLACE, Columns.DEC, Columns.PL_POST),
					Years.only(2025),
					"An Ofsted URN is needed for this placement type, including K3 (use XXXXXXX if the provider has"
							+ " none).",
					EpisodeRules::isUrnMissing),
			RowRule.of("218", ERROR, EPISODES, List.of(Columns.URN, Columns.PLACE, Columns.DEC, Columns.PL_POST),
					Years.from(2026),
					"An Ofsted URN is needed for this placement type; Z11 to Z14 are exempt (use XXXXXXX if the"
							+ " provider has none).",
					EpisodeRules::isUrnMissing),
			RowRule.of("222", ERROR, EPISODES, List.of(Columns.URN, Columns.PLACE), Years.only(2023),
					"A URN is given for a placement type that is not registered with Ofsted.",
					EpisodeRules::isUrnNotExpected),
			RowRule.of("222", ERROR, EPISODES, List.of(Columns.URN, Columns.PLACE), Years.only(2024),
					"A URN is given for a placement type that is not registered with Ofsted (H5 now needs one).",
					EpisodeRules::isUrnNotExpected),
			RowRule.of("222", ERROR, EPISODES, List.of(Columns.URN, Columns.PLACE), Years.only(2025),
					"A URN is given for a placement type that is not registered with Ofsted.",
					EpisodeRules::isUrnNotExpected),
			RowRule.of("222", ERROR, EPISODES, List.of(Columns.URN, Columns.PLACE), Years.from(2026),
					"A URN is given for a placement type that is not registered with Ofsted (including Z11 to Z14).",
					EpisodeRules::isUrnNotExpected),
			RowRule.of("230", ERROR, EPISODES, List.of(Columns.PLACE, Columns.DEC, Columns.URN, Columns.PL_POST),
					Years.only(2024),
					"Semi-independent placements (H5) open from 29 October 2023 need the provider's Ofsted URN.",
					(row, ctx) -> is(row, Columns.PLACE, "H5")
							&& (row.isBlank(Columns.DEC) || isOnOrAfter(row.dateOrNull(Columns.DEC), H5_URN_FROM))
							&& (row.isBlank(Columns.URN) || is(row, Columns.URN, URN_PLACEHOLDER))
							&& !mayBeOutsideEngland(row)),
			RowRule.of("233", ERROR, EPISODES, List.of(Columns.DEC, Columns.REASON_PLACE_CHANGE), Years.from(2026),
					"Reason for placement change is only given when the episode has ended.",
					(row, ctx) -> row.isBlank(Columns.DEC) && row.isPresent(Columns.REASON_PLACE_CHANGE)),
			RowRule.of("353", ERROR, EPISODES, List.of(Columns.DECOM), Years.all(),
					"No episode can start before 14 October 1991.",
					(row, ctx) -> isBefore(row.dateOrNull(Columns.DECOM), FIRST_POSSIBLE_DECOM)),
			RowRule.of("354", ERROR, EPISODES, List.of(Columns.DECOM), Years.all(),
					"Episode starts after the end of the collection year.",
					(row, ctx) -> isAfter(row.dateOrNull(Columns.DECOM), ctx.end())),
			// the public validator compares the raw text, so two blank dates count as the
			// same day; only real dates do here
			RowRule.of("355", ERROR, EPISODES, List.of(Columns.DECOM, Columns.DEC), Years.all(),
					"Episode starts and ends on the same day: an episode must last at least 24 hours.",
					(row, ctx) -> isSameDay(row.dateOrNull(Columns.DECOM), row.dateOrNull(Columns.DEC))),
			RowRule.of("356", ERROR, EPISODES, List.of(Columns.DECOM, Columns.DEC), Years.all(),
					"Episode ends before it starts.",
					(row, ctx) -> isBefore(row.dateOrNull(Columns.DEC), row.dateOrNull(Columns.DECOM))),
			RowRule.of("365", ERROR, EPISODES, List.of(Columns.LS, Columns.DECOM, Columns.DEC), Years.all(),
					"A single short break (V3) lasts more than 17 days.",
					(row, ctx) -> is(row, Columns.LS, "V3") && lastsLongerThan(row, ctx, 17)),
			RowRule.of("366", ERROR, EPISODES, List.of(Columns.LS, Columns.RNE), Years.all(),
					"A short break (V3) must start a new period (reason S): placement cannot change within it.",
					(row, ctx) -> is(row, Columns.LS, "V3") && isNotIn(row, Columns.RNE, Set.of("S"))),
			// the public validator drops open episodes from 375, 376 and 379; an open one
			// that is already too long counts here
			RowRule.of("375", ERROR, EPISODES, List.of(Columns.PLACE, Columns.DECOM, Columns.DEC), Years.all(),
					"A temporary hospital placement (T1) lasts more than 6 weeks.",
					(row, ctx) -> is(row, Columns.PLACE, "T1") && lastsLongerThan(row, ctx, 42)),
			RowRule.of("376", ERROR, EPISODES, List.of(Columns.PLACE, Columns.DECOM, Columns.DEC), Years.all(),
					"A temporary placement while the foster carer is on holiday (T3) lasts more than 21 days.",
					(row, ctx) -> is(row, Columns.PLACE, "T3") && lastsLongerThan(row, ctx, 21)),
			RowRule.of("378", ERROR, EPISODES, List.of(Columns.PLACE, Columns.LS), Years.all(),
					"A child accommodated under section 20 (V2) cannot be placed with parents (P1).",
					(row, ctx) -> is(row, Columns.PLACE, "P1") && is(row, Columns.LS, "V2")),
			RowRule.of("379", ERROR, EPISODES, List.of(Columns.PLACE, Columns.DECOM, Columns.DEC), Years.all(),
					"A temporary placement for any other reason (T4) lasts more than 7 days.",
					(row, ctx) -> is(row, Columns.PLACE, "T4") && lastsLongerThan(row, ctx, 7)),
			RowRule.of("380", ERROR, EPISODES, List.of(Columns.PLACE, Columns.RNE), Years.all(),
					"A temporary placement can only follow a change of placement (reason P or B).",
					(row, ctx) -> isIn(row, Columns.PLACE, ctx.codes().temporaryPlacements())
							&& isNotIn(row, Columns.RNE, Set.of("P", "B"))),
			RowRule.of("381", ERROR, EPISODES, List.of(Columns.PLACE, Columns.REC), Years.all(),
					"A period of care cannot end while the child is in a temporary placement.",
					(row, ctx) -> isIn(row, Columns.PLACE, ctx.codes().temporaryPlacements())
							&& isNotIn(row, Columns.REC, Set.of("X1"))),
			RowRule.of("382", ERROR, EPISODES, List.of(Columns.LS, Columns.PLACE), Years.all(),
					"A child on short breaks (V3/V4) cannot be in a temporary placement.",
					(row, ctx) -> isIn(row, Columns.LS, SHORT_BREAKS)
							&& isIn(row, Columns.PLACE, ctx.codes().temporaryPlacements())),
			RowRule.of("384", ERROR, EPISODES, List.of(Columns.LS, Columns.PLACE), Years.all(),
					"A child on short breaks (V3/V4) cannot be in a long-term foster placement (U1/U4).",
					(row, ctx) -> isIn(row, Columns.LS, SHORT_BREAKS) && isIn(row, Columns.PLACE, Set.of("U1", "U4"))),
			RowRule.of("385", ERROR, EPISODES, List.of(Columns.DEC), Years.all(),
					"Episode ends after the end of the collection year.",
					(row, ctx) -> isAfter(row.dateOrNull(Columns.DEC), ctx.end())),
			RowRule.of("390", ERROR, EPISODES, List.of(Columns.REC, Columns.PLACE), Years.all(),
					"Child is recorded as adopted but the episode is not a placement for adoption (A3 to A6).",
					(row, ctx) -> isIn(row, Columns.REC, Set.of("E11", "E12"))
							&& isNotIn(row, Columns.PLACE, ctx.codes().adoptionPlacements())),
			RowRule.of("392d", ERROR, EPISODES, List.of(Columns.HOME_POST, Columns.PL_POST, Columns.PLACE), Years.all(),
					"Home and placement postcodes are the same although the child is not placed with parents.",
					(row, ctx) -> isNotIn(row, Columns.PLACE, Set.of("P1")) && row.isPresent(Columns.HOME_POST)
							&& compactPostcode(row.get(Columns.HOME_POST))
								.equals(compactPostcode(row.get(Columns.PL_POST)))),
			RowRule.of("398", ERROR, EPISODES, List.of(Columns.LS, Columns.HOME_POST, Columns.PL_POST), Years.all(),
					"Postcodes are not needed for short breaks (V3/V4).",
					(row, ctx) -> isIn(row, Columns.LS, SHORT_BREAKS)
							&& anyPresent(row, List.of(Columns.HOME_POST, Columns.PL_POST))),
			RowRule.of("408", ERROR, EPISODES, List.of(Columns.PLACE, Columns.LS), Years.all(),
					"A placement for adoption with a placement order (A5/A6) needs legal status E1.",
					(row, ctx) -> isIn(row, Columns.PLACE, Set.of("A5", "A6"))
							&& isNotIn(row, Columns.LS, Set.of("E1"))),
			RowRule.of("445", ERROR, EPISODES, List.of(Columns.LS, Columns.DECOM), Years.upTo(2024),
					"Legal status D1 (freeing order) cannot be used for an episode starting after 31 December 2005.",
					(row, ctx) -> is(row, Columns.LS, "D1")
							&& isAfter(row.dateOrNull(Columns.DECOM), LAST_FREEING_ORDER)),
			RowRule.of("446", ERROR, EPISODES, List.of(Columns.LS, Columns.DECOM), Years.all(),
					"Legal status E1 (placement order) cannot be used for an episode starting before 1 December 2005.",
					(row, ctx) -> is(row, Columns.LS, "E1")
							&& isBefore(row.dateOrNull(Columns.DECOM), FIRST_PLACEMENT_ORDER)),
			RowRule.of("451", ERROR, EPISODES, List.of(Columns.LS, Columns.DEC, Columns.REC), Years.upTo(2024),
					"A child freed for adoption (D1) cannot still be looked after: the episode must have ended.",
					(row, ctx) -> is(row, Columns.LS, "D1") && row.isBlank(Columns.DEC) && row.isBlank(Columns.REC)),
			RowRule.of("516", ERROR, EPISODES, List.of(Columns.REC, Columns.PLACE), Years.all(),
					"A special guardianship order to former foster carers (E45/E46) needs a foster placement (U1 to U6).",
					(row, ctx) -> isIn(row, Columns.REC, Set.of("E45", "E46"))
							&& isNotIn(row, Columns.PLACE, ctx.codes().fosterPlacements())),
			RowRule.of("526", ERROR, EPISODES, List.of(Columns.PLACE, Columns.PLACE_PROVIDER), Years.upTo(2025),
					"Placement provider is missing (only temporary and Z1 placements have none).",
					EpisodeRules::isProviderMissing),
			RowRule.of("526", ERROR, EPISODES, List.of(Columns.PLACE, Columns.PLACE_PROVIDER), Years.from(2026),
					"Placement provider is missing (only temporary and Z11 to Z14 placements have none).",
					EpisodeRules::isProviderMissing),
			RowRule.of("527", ERROR, EPISODES, List.of(Columns.PLACE, Columns.PLACE_PROVIDER), Years.all(),
					"Own-council provision (PR1) cannot provide placement types P1, R2 or R5.",
					(row, ctx) -> is(row, Columns.PLACE_PROVIDER, "PR1")
							&& isIn(row, Columns.PLACE, Set.of("P1", "R2", "R5"))),
			RowRule.of("528", ERROR, EPISODES, List.of(Columns.PLACE, Columns.PLACE_PROVIDER), Years.all(),
					"Another council's provision (PR2) cannot provide placement types P1, R2 or R5.",
					(row, ctx) -> is(row, Columns.PLACE_PROVIDER, "PR2")
							&& isIn(row, Columns.PLACE, Set.of("P1", "R2", "R5"))),
			RowRule.of("529", ERROR, EPISODES, List.of(Columns.PLACE, Columns.PLACE_PROVIDER), Years.all(),
					"Other public provision (PR3) cannot provide adoption, children's home, parent or foster"
							+ " placements.",
					(row, ctx) -> is(row, Columns.PLACE_PROVIDER, "PR3")
							&& (isIn(row, Columns.PLACE, Set.of("K1", "K2", "P1"))
									|| isIn(row, Columns.PLACE, ctx.codes().adoptionPlacements())
									|| isIn(row, Columns.PLACE, ctx.codes().fosterPlacements()))),
			RowRule.of("530", ERROR, EPISODES, List.of(Columns.PLACE, Columns.PLACE_PROVIDER), Years.all(),
					"Private provision (PR4) cannot be a placement with parents (P1).",
					(row, ctx) -> is(row, Columns.PLACE_PROVIDER, "PR4") && is(row, Columns.PLACE, "P1")),
			RowRule.of("531", ERROR, EPISODES, List.of(Columns.PLACE, Columns.PLACE_PROVIDER), Years.all(),
					"Voluntary or third-sector provision (PR5) cannot be a placement with parents (P1).",
					(row, ctx) -> is(row, Columns.PLACE_PROVIDER, "PR5") && is(row, Columns.PLACE, "P1")),
			RowRule.of("550", ERROR, EPISODES, List.of(Columns.PLACE, Columns.PLACE_PROVIDER), Years.all(),
					"Provider PR0 (parents) can only be used with placement type P1.",
					(row, ctx) -> is(row, Columns.PLACE_PROVIDER, "PR0") && isNotIn(row, Columns.PLACE, Set.of("P1"))),
			RowRule.of("1009", ERROR, EPISODES, List.of(Columns.REASON_PLACE_CHANGE), Years.all(),
					"Reason for placement change is not a valid code.",
					(row, ctx) -> isNotIn(row, Columns.REASON_PLACE_CHANGE, ctx.codes().reasonPlaceChange())));

	private EpisodeRules() {
	}

	public static List<Rule> rules() {
		return RULES;
	}

	private static boolean isProviderInvalidOrNotExpected(Row row, ValidationContext ctx) {
		return row.isPresent(Columns.PLACE_PROVIDER)
				&& (!isIn(row, Columns.PLACE_PROVIDER, ctx.codes().placementProvider())
						|| isIn(row, Columns.PLACE, ctx.codes().noProviderPlacements()));
	}

	private static boolean isProviderMissing(Row row, ValidationContext ctx) {
		return row.isBlank(Columns.PLACE_PROVIDER) && isNotIn(row, Columns.PLACE, ctx.codes().noProviderPlacements());
	}

	/**
	 * Rule 218: only episodes open at some point in the year are judged, and placements
	 * outside England are exempt.
	 */
	/**
	 * Rule 218. Short breaks (V3/V4) are left out: rule 214 forbids a URN on them, so
	 * asking for one would make the two rules impossible to satisfy together; the public
	 * validator does not exclude them.
	 */
	private static boolean isUrnMissing(Row row, ValidationContext ctx) {
		return row.isBlank(Columns.URN) && !isIn(row, Columns.LS, SHORT_BREAKS)
				&& isNotIn(row, Columns.PLACE, ctx.codes().urnExemptPlacements())
				&& (row.isBlank(Columns.DEC) || isOnOrAfter(row.dateOrNull(Columns.DEC), ctx.start()))
				&& !mayBeOutsideEngland(row);
	}

	/**
	 * Rule 222: the placeholder XXXXXXX is how a council says "no URN", so it is never
	 * unexpected.
	 */
	private static boolean isUrnNotExpected(Row row, ValidationContext ctx) {
		return row.isPresent(Columns.URN) && !is(row, Columns.URN, URN_PLACEHOLDER)
				&& isIn(row, Columns.PLACE, ctx.codes().noUrnPlacements());
	}

	/**
	 * Ended (or, when still open, reached 31 March) more than the given days after it
	 * started.
	 */
	private static boolean lastsLongerThan(Row row, ValidationContext ctx, int days) {
		LocalDate end = row.isBlank(Columns.DEC) ? ctx.end() : row.dateOrNull(Columns.DEC);
		return isAfter(end, plusDays(row.dateOrNull(Columns.DECOM), days));
	}

	private static boolean mayBeOutsideEngland(Row row) {
		String postcode = compactPostcode(row.get(Columns.PL_POST));
		int letters = 0;
		while (letters < postcode.length() && Character.isLetter(postcode.charAt(letters))) {
			letters++;
		}
		return AREAS_POSSIBLY_OUTSIDE_ENGLAND.contains(postcode.substring(0, letters));
	}

	private static String compactPostcode(String postcode) {
		return postcode.replace(" ", "").toUpperCase(Locale.ROOT);
	}

}
