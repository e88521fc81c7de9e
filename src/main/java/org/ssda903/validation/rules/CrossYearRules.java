package org.ssda903.validation.rules;

import static org.ssda903.model.Table.EPISODES;
import static org.ssda903.model.Table.HEADER;
import static org.ssda903.model.Table.MISSING;
import static org.ssda903.model.Table.OC3;
import static org.ssda903.model.Table.PLACED_FOR_ADOPTION;
import static org.ssda903.model.Table.UASC;
import static org.ssda903.validation.Severity.ERROR;
import static org.ssda903.validation.Severity.QUERY;
import static org.ssda903.validation.rules.ChildChecks.datedEpisodes;
import static org.ssda903.validation.rules.ChildChecks.firstEpisode;
import static org.ssda903.validation.rules.ChildChecks.isAdoption;
import static org.ssda903.validation.rules.ChildChecks.isWithin;
import static org.ssda903.validation.rules.ChildChecks.latestEpisode;
import static org.ssda903.validation.rules.RowChecks.is;
import static org.ssda903.validation.rules.RowChecks.isBefore;
import static org.ssda903.validation.rules.RowChecks.isOnOrBefore;
import static org.ssda903.validation.rules.RowChecks.plusYears;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.Columns;
import org.ssda903.model.Row;
import org.ssda903.validation.ChildRule;
import org.ssda903.validation.Needs;
import org.ssda903.validation.Rule;
import org.ssda903.validation.ValidationContext;
import org.ssda903.validation.Years;
import org.ssda903.validation.facts.PlacementLocation;

/**
 * Checks of this year's return against last year's (ssda903.md 3.E). Each needs last
 * year's return and is skipped without it; a child who was not in last year's return
 * passes them all, except NoE, which is about exactly that.
 */
public final class CrossYearRules {

	private static final Set<String> UPN_UNKNOWN = Set.of("UN1", "UN2", "UN3", "UN4", "UN5");

	private static final Set<String> UPN_UNKNOWN_REASONS = Set.of("UN2", "UN3", "UN4", "UN5");

	private static final Set<String> OTHER_PLACEMENTS_FROM_2026 = Set.of("Z11", "Z12", "Z13", "Z14");

	/**
	 * Smallest change in the derived distance that counts as a different placement (the
	 * DfE's 0.2 miles).
	 */
	private static final BigDecimal DISTANCE_TOLERANCE = new BigDecimal("0.2");

	private static final List<Rule> RULES = List.of(
			// the DfE changed SEX from 1/2 to M/F in 2024-25; a girl recorded 2 last year
			// and F now has not changed
			// sex, so both years are read as M/F before comparing (the public validator
			// compares the raw codes)
			ChildRule
				.of("202", ERROR, List.of(HEADER), List.of(Columns.SEX), Years.all(),
						"The child's sex differs from last year's return.",
						(child, ctx, flag) -> headers(child, ctx, flag,
								(now, before) -> now.isPresent(Columns.SEX) && before.isPresent(Columns.SEX)
										&& !sex(now).equals(sex(before))))
				.needing(Needs.PREVIOUS_RETURN),
			ChildRule.of("203", ERROR, List.of(HEADER), List.of(Columns.DOB), Years.all(),
					"The child's date of birth differs from last year's return.",
					(child, ctx, flag) -> headers(child, ctx, flag, (now, before) -> {
						LocalDate dob = now.dateOrNull(Columns.DOB);
						LocalDate dobBefore = before.dateOrNull(Columns.DOB);
						return dob != null && dobBefore != null && !dob.equals(dobBefore);
					}))
				.needing(Needs.PREVIOUS_RETURN),
			ChildRule
				.of("204", ERROR, List.of(HEADER), List.of(Columns.ETHNIC), Years.all(),
						"The child's ethnicity differs from last year's return.",
						(child, ctx, flag) -> headers(child, ctx, flag,
								(now, before) -> now.isPresent(Columns.ETHNIC) && before.isPresent(Columns.ETHNIC)
										&& !now.get(Columns.ETHNIC).equals(before.get(Columns.ETHNIC))))
				.needing(Needs.PREVIOUS_RETURN),
			// a blank this year is flagged too: once recorded as a mother, the child
			// stays one
			ChildRule.of("207", ERROR, List.of(HEADER, EPISODES), List.of(Columns.MOTHER), Years.all(),
					"Last year's return records the child as a mother, but this year's does not.",
					(child, ctx, flag) -> {
						if (child.has(EPISODES)) {
							headers(child, ctx, flag,
									(now, before) -> is(before, Columns.MOTHER, "1") && !is(now, Columns.MOTHER, "1"));
						}
					})
				.needing(Needs.PREVIOUS_RETURN),
			ChildRule
				.of("208", ERROR, List.of(HEADER), List.of(Columns.UPN), Years.all(),
						"The child's UPN differs from last year's return, and the change is not from unknown to known.",
						(child, ctx, flag) -> headers(child, ctx, flag,
								(now, before) -> !isAllowedUpnChange(before.get(Columns.UPN), now.get(Columns.UPN))))
				.needing(Needs.PREVIOUS_RETURN),
			ChildRule.of("624", ERROR, List.of(HEADER), List.of(Columns.MC_DOB), Years.all(),
					"The date of birth of the mother's child differs from last year's return.",
					(child, ctx, flag) -> headers(child, ctx, flag, (now, before) -> {
						LocalDate mcDob = now.dateOrNull(Columns.MC_DOB);
						LocalDate mcDobBefore = before.dateOrNull(Columns.MC_DOB);
						return mcDob != null && mcDobBefore != null && !mcDob.equals(mcDobBefore);
					}))
				.needing(Needs.PREVIOUS_RETURN),
			ChildRule.of("626", ERROR, List.of(HEADER), List.of(Columns.MOTHER, Columns.MC_DOB), Years.all(),
					"The child became a mother before this year, but last year's return records her as not a mother.",
					(child, ctx, flag) -> headers(child, ctx, flag,
							(now, before) -> is(now, Columns.MOTHER, "1") && is(before, Columns.MOTHER, "0")
									&& isBefore(now.dateOrNull(Columns.MC_DOB), ctx.start())))
				.needing(Needs.PREVIOUS_RETURN),
			// in a CSV return a child is UASC, now or formerly, exactly when they have a
			// uasc.csv row (ssda903.md 1.3);
			// so "a DUC given this year" cannot happen for a child without a row, and
			// 205C (a DUC without UASC status
			// in either year) cannot fail: it is not declared
			ChildRule.of("205A", ERROR, List.of(HEADER, UASC), List.of(Columns.DUC, Columns.CHILD), Years.all(),
					"The child was UASC last year and is not this year, but last year's return gives no date in that"
							+ " year when UASC status ceased.",
					(child, ctx, flag) -> {
						ChildRecords last = ctx.previousYearOf(child);
						if (last == null || child.header() == null || child.has(UASC) || !last.has(UASC)) {
							return;
						}
						LocalDate ceased = last.rows(UASC).get(0).dateOrNull(Columns.DUC);
						if (!isWithin(ceased, ctx.year().previous().start(), ctx.year().previous().end())) {
							flag.accept(child.header());
						}
					})
				.needing(Needs.PREVIOUS_RETURN),
			ChildRule.of("205B", ERROR, List.of(HEADER, UASC), List.of(Columns.DUC, Columns.DOB), Years.all(),
					"The child was UASC last year and is this year, but the dates UASC status ceased do not agree.",
					(child, ctx, flag) -> {
						ChildRecords last = ctx.previousYearOf(child);
						if (last == null || !child.has(UASC) || !last.has(UASC)) {
							return;
						}
						Row uasc = child.rows(UASC).get(0);
						LocalDate ceased = uasc.dateOrNull(Columns.DUC);
						LocalDate ceasedBefore = last.rows(UASC).get(0).dateOrNull(Columns.DUC);
						LocalDate eighteenth = plusYears(uasc.dateOrNull(Columns.DOB), 18);
						boolean movedNow = ceased != null && !isWithin(ceased, ctx.start(), ctx.end())
								&& !ceased.equals(ceasedBefore);
						boolean notAtEighteen = ceasedBefore != null && eighteenth != null
								&& !ceasedBefore.equals(eighteenth);
						if (movedNow || notAtEighteen) {
							flag.accept(uasc);
							if (child.header() != null) {
								flag.accept(child.header());
							}
						}
					})
				.needing(Needs.PREVIOUS_RETURN),
			ChildRule.of("205D", ERROR, List.of(UASC), List.of(Columns.CHILD), Years.all(),
					"The child is UASC this year but was in last year's return without being UASC.",
					(child, ctx, flag) -> {
						ChildRecords last = ctx.previousYearOf(child);
						if (last != null && last.header() != null && !last.has(UASC) && child.has(UASC)) {
							flag.accept(child.rows(UASC).get(0));
						}
					})
				.needing(Needs.PREVIOUS_RETURN),
			ChildRule.of("502", ERROR, List.of(EPISODES), List.of(Columns.DECOM), Years.all(),
					"Last year's return ends with an open episode, but this year's first episode does not start on the"
							+ " same day.",
					(child, ctx, flag) -> {
						Row first = firstEpisode(child);
						Row open = lastYearsOpenEpisode(child, ctx);
						if (first != null && open != null
								&& !first.dateOrNull(Columns.DECOM).equals(open.dateOrNull(Columns.DECOM))) {
							flag.accept(first);
						}
					})
				.needing(Needs.PREVIOUS_RETURN),
			sameAsLastYear("503A", "reason for new episode", List.of(Columns.RNE),
					(now, before, ctx) -> !now.get(Columns.RNE).equals(before.get(Columns.RNE))),
			sameAsLastYear("503B", "legal status", List.of(Columns.LS),
					(now, before, ctx) -> !now.get(Columns.LS).equals(before.get(Columns.LS))),
			sameAsLastYear("503C", "category of need", List.of(Columns.CIN),
					(now, before, ctx) -> !now.get(Columns.CIN).equals(before.get(Columns.CIN))),
			sameAsLastYear("503D", "placement type", List.of(Columns.PLACE), CrossYearRules::placeChanged),
			sameAsLastYear("503E", "placement provider", List.of(Columns.PLACE_PROVIDER),
					(now, before, ctx) -> !now.get(Columns.PLACE_PROVIDER).equals(before.get(Columns.PLACE_PROVIDER))),
			sameAsLastYear("503F", "Ofsted URN", List.of(Columns.URN),
					(now, before, ctx) -> !now.get(Columns.URN).equals(before.get(Columns.URN))),
			sameAsLastYear("503G", "distance from home", List.of(Columns.HOME_POST, Columns.PL_POST),
					(now, before, ctx) -> distanceChanged(now, before, ctx))
				.needing(Needs.PREVIOUS_RETURN, Needs.POSTCODES),
			sameAsLastYear("503H", "placement local authority", List.of(Columns.PL_POST),
					(now, before,
							ctx) -> !Objects.equals(PlacementLocation.of(now, ctx).la(),
									PlacementLocation.of(before, ctx).la()))
				.needing(Needs.PREVIOUS_RETURN, Needs.POSTCODES),
			sameAsLastYear("503J", "placement location (in or out of area)", List.of(Columns.PL_POST),
					(now, before,
							ctx) -> !Objects.equals(PlacementLocation.of(now, ctx).location(),
									PlacementLocation.of(before, ctx).location()))
				.needing(Needs.PREVIOUS_RETURN, Needs.POSTCODES),
			sameAsLastYear("452", "placement local authority", List.of(Columns.RNE, Columns.PL_POST),
					(now, before,
							ctx) -> now.get(Columns.RNE).equals(before.get(Columns.RNE)) && !Objects
								.equals(PlacementLocation.of(now, ctx).la(), PlacementLocation.of(before, ctx).la()))
				.needing(Needs.PREVIOUS_RETURN, Needs.POSTCODES),
			sameAsLastYear("453", "distance from home", List.of(Columns.RNE, Columns.HOME_POST, Columns.PL_POST),
					(now, before, ctx) -> now.get(Columns.RNE).equals(before.get(Columns.RNE))
							&& distanceChanged(now, before, ctx))
				.needing(Needs.PREVIOUS_RETURN, Needs.POSTCODES),
			// a child not in last year's episodes at all is NoE's finding, so it is not
			// reported twice here
			ChildRule.of("562", ERROR, List.of(EPISODES), List.of(Columns.DECOM), Years.all(),
					"The child's first episode started before this year, but it is not the last episode of last"
							+ " year's return.",
					(child, ctx, flag) -> {
						Row first = firstEpisode(child);
						ChildRecords last = ctx.previousYearOf(child);
						Row latestBefore = last == null ? null : latestEpisode(last);
						if (first != null && latestBefore != null
								&& isBefore(first.dateOrNull(Columns.DECOM), ctx.start())
								&& !first.dateOrNull(Columns.DECOM).equals(latestBefore.dateOrNull(Columns.DECOM))) {
							flag.accept(first);
						}
					})
				.needing(Needs.PREVIOUS_RETURN),
			// not a DfE rule: the public validator's own warning, so a query
			ChildRule.of("NoE", QUERY, List.of(EPISODES), List.of(Columns.DECOM), Years.all(),
					"An episode started before this year, but last year's return has no episodes for the child.",
					(child, ctx, flag) -> {
						ChildRecords last = ctx.previousYearOf(child);
						if (last != null && !datedEpisodes(last).isEmpty()) {
							return;
						}
						for (Row episode : datedEpisodes(child)) {
							if (isBefore(episode.dateOrNull(Columns.DECOM), ctx.start())) {
								flag.accept(episode);
							}
						}
					})
				.needing(Needs.PREVIOUS_RETURN),
			ChildRule.of("559", ERROR, List.of(PLACED_FOR_ADOPTION), List.of(Columns.DATE_PLACED), Years.all(),
					"The decision to place for adoption is dated before this year, but last year's return has no such"
							+ " decision.",
					(child, ctx, flag) -> {
						ChildRecords last = ctx.previousYearOf(child);
						boolean decidedBefore = last != null && last.rows(PLACED_FOR_ADOPTION)
							.stream()
							.anyMatch((decision) -> decision.isPresent(Columns.DATE_PLACED));
						if (decidedBefore) {
							return;
						}
						for (Row decision : child.rows(PLACED_FOR_ADOPTION)) {
							if (isBefore(decision.dateOrNull(Columns.DATE_PLACED), ctx.start())) {
								flag.accept(decision);
							}
						}
					})
				.needing(Needs.PREVIOUS_RETURN),
			ChildRule.of("560", ERROR, List.of(PLACED_FOR_ADOPTION), List.of(Columns.DATE_PLACED), Years.all(),
					"Last year's decision to place for adoption had not ceased, but this year's first decision has a"
							+ " different date.",
					(child, ctx, flag) -> {
						Row before = latestDecision(ctx.previousYearOf(child));
						Row first = firstDecision(child);
						if (before != null && first != null && !isCeased(before)
								&& !first.dateOrNull(Columns.DATE_PLACED)
									.equals(before.dateOrNull(Columns.DATE_PLACED))) {
							flag.accept(first);
						}
					})
				.needing(Needs.PREVIOUS_RETURN),
			ChildRule.of("561", ERROR, List.of(PLACED_FOR_ADOPTION), List.of(Columns.DATE_PLACED), Years.all(),
					"This decision to place for adoption has the date of one that last year's return records as"
							+ " ceased.",
					(child, ctx, flag) -> {
						ChildRecords last = ctx.previousYearOf(child);
						if (last == null) {
							return;
						}
						for (Row decision : child.rows(PLACED_FOR_ADOPTION)) {
							LocalDate placed = decision.dateOrNull(Columns.DATE_PLACED);
							if (placed != null && last.rows(PLACED_FOR_ADOPTION)
								.stream()
								.anyMatch((b) -> placed.equals(b.dateOrNull(Columns.DATE_PLACED)) && isCeased(b))) {
								flag.accept(decision);
							}
						}
					})
				.needing(Needs.PREVIOUS_RETURN),
			ChildRule.of("584", ERROR, List.of(PLACED_FOR_ADOPTION), List.of(Columns.DATE_PLACED), Years.all(),
					"Last year's decision to place for adoption ceased, so a decision this year must be a new, later"
							+ " one.",
					(child, ctx, flag) -> {
						Row before = latestDecision(ctx.previousYearOf(child));
						if (before == null || !isCeased(before)) {
							return;
						}
						for (Row decision : child.rows(PLACED_FOR_ADOPTION)) {
							if (decision.isBlank(Columns.DATE_PLACED) || isOnOrBefore(
									decision.dateOrNull(Columns.DATE_PLACED), before.dateOrNull(Columns.DATE_PLACED))) {
								flag.accept(decision);
							}
						}
					})
				.needing(Needs.PREVIOUS_RETURN),
			ChildRule.of("576", ERROR, List.of(MISSING), List.of(Columns.MIS_START), Years.all(),
					"The child was still missing at the end of last year, but this year's first missing period does"
							+ " not start on the same day.",
					(child, ctx, flag) -> {
						ChildRecords last = ctx.previousYearOf(child);
						if (last == null) {
							return;
						}
						LocalDate stillMissingSince = null;
						for (Row period : last.rows(MISSING)) {
							LocalDate start = period.dateOrNull(Columns.MIS_START);
							if (period.isBlank(Columns.MIS_END) && start != null
									&& (stillMissingSince == null || start.isAfter(stillMissingSince))) {
								stillMissingSince = start;
							}
						}
						Row first = null;
						for (Row period : child.rows(MISSING)) {
							LocalDate start = period.dateOrNull(Columns.MIS_START);
							if (start != null
									&& (first == null || start.isBefore(first.dateOrNull(Columns.MIS_START)))) {
								first = period;
							}
						}
						if (stillMissingSince != null && first != null
								&& !stillMissingSince.equals(first.dateOrNull(Columns.MIS_START))) {
							flag.accept(first);
						}
					})
				.needing(Needs.PREVIOUS_RETURN),
			// runs on this year alone when last year's return is missing: an episode
			// after an adoption in this
			// year's file is wrong whatever last year's says, so the rule is not skipped
			// for lack of it
			ChildRule.of("199", ERROR, List.of(EPISODES), List.of(Columns.DECOM, Columns.REC), Years.all(),
					"The child was adopted from care, and an episode follows the adoption.", (child, ctx, flag) -> {
						List<Row> chain = new ArrayList<>();
						ChildRecords last = ctx.previousYearOf(child);
						List<Row> current = datedEpisodes(child);
						if (last != null && !current.isEmpty()) {
							LocalDate firstStart = current.get(0).dateOrNull(Columns.DECOM);
							for (Row episode : datedEpisodes(last)) {
								if (episode.dateOrNull(Columns.DECOM).isBefore(firstStart)) {
									chain.add(episode);
								}
							}
						}
						int firstCurrent = chain.size();
						chain.addAll(current);
						boolean adopted = false;
						for (int i = 0; i < chain.size(); i++) {
							if (adopted && i >= firstCurrent) {
								flag.accept(chain.get(i));
							}
							adopted |= isAdoption(chain.get(i));
						}
					}),
			ChildRule.of("348", ERROR, List.of(OC3), List.of(Columns.IN_TOUCH), Years.from(2026),
					"Last year's return records the care leaver as having died, but this year's does not.",
					(child, ctx, flag) -> {
						ChildRecords last = ctx.previousYearOf(child);
						if (last == null
								|| last.rows(OC3).stream().noneMatch((row) -> is(row, Columns.IN_TOUCH, "DIED"))) {
							return;
						}
						for (Row row : child.rows(OC3)) {
							if (!is(row, Columns.IN_TOUCH, "DIED")) {
								flag.accept(row);
							}
						}
					})
				.needing(Needs.PREVIOUS_RETURN));

	private CrossYearRules() {
	}

	public static List<Rule> rules() {
		return RULES;
	}

	/** A test of this year's header against last year's. */
	@FunctionalInterface
	private interface HeaderTest {

		boolean fails(Row now, Row before);

	}

	/** A test of this year's first episode against last year's open final episode. */
	@FunctionalInterface
	private interface EpisodeTest {

		boolean fails(Row now, Row before, ValidationContext ctx);

	}

	private static void headers(ChildRecords child, ValidationContext ctx, Consumer<Row> flag, HeaderTest test) {
		ChildRecords last = ctx.previousYearOf(child);
		Row now = child.header();
		Row before = last == null ? null : last.header();
		if (now != null && before != null && test.fails(now, before)) {
			flag.accept(now);
		}
	}

	/**
	 * The 503 family and 452/453: an episode open at 31 March is in both returns, so this
	 * year's first episode must repeat last year's open final episode (ssda903.md 4.1).
	 */
	private static ChildRule sameAsLastYear(String code, String what, List<String> fields, EpisodeTest test) {
		return ChildRule.of(code, ERROR, List.of(EPISODES), fields, Years.all(), "This year's first episode differs in "
				+ what + " from the episode still open at the end of last" + " year's return.", (child, ctx, flag) -> {
					Row first = firstEpisode(child);
					Row open = lastYearsOpenEpisode(child, ctx);
					if (first != null && open != null && test.fails(first, open, ctx)) {
						flag.accept(first);
					}
				})
			.needing(Needs.PREVIOUS_RETURN);
	}

	/**
	 * Last year's final episode (by start) when it was still open at 31 March, else null.
	 */
	private static Row lastYearsOpenEpisode(ChildRecords child, ValidationContext ctx) {
		ChildRecords last = ctx.previousYearOf(child);
		Row latest = last == null ? null : latestEpisode(last);
		return (latest != null && latest.isBlank(Columns.DEC)) ? latest : null;
	}

	/**
	 * The DfE replaced H5 with K3 in 2024-25 and Z1 with Z11 to Z14 in 2025-26, so a
	 * placement that carries over the year the code was replaced may change code without
	 * changing placement.
	 */
	private static boolean placeChanged(Row now, Row before, ValidationContext ctx) {
		String place = now.get(Columns.PLACE);
		String placeBefore = before.get(Columns.PLACE);
		if (place.equals(placeBefore)) {
			return false;
		}
		int year = ctx.year().endYear();
		boolean h5ToK3 = (year == 2024 || year == 2025) && placeBefore.equals("H5") && place.equals("K3");
		boolean z1ToZ1x = year == 2026 && placeBefore.equals("Z1") && OTHER_PLACEMENTS_FROM_2026.contains(place);
		return !h5ToK3 && !z1ToZ1x;
	}

	/** Known in one year and not the other, or 0.2 miles or more apart. */
	private static boolean distanceChanged(Row now, Row before, ValidationContext ctx) {
		BigDecimal distance = PlacementLocation.of(now, ctx).distance();
		BigDecimal distanceBefore = PlacementLocation.of(before, ctx).distance();
		if (distance == null || distanceBefore == null) {
			return distance != distanceBefore;
		}
		return distance.subtract(distanceBefore).abs().compareTo(DISTANCE_TOLERANCE) >= 0;
	}

	/** SEX as M/F/U whatever the year's code list, so that 1/2 and M/F compare. */
	private static String sex(Row header) {
		String sex = header.get(Columns.SEX);
		return switch (sex) {
			case "1" -> "M";
			case "2" -> "F";
			default -> sex;
		};
	}

	/**
	 * A UPN may stay the same, become known, or go from "not yet of school age" (UN1) or
	 * blank to a more specific reason it is unknown; blank both years is left to 442.
	 */
	private static boolean isAllowedUpnChange(String before, String now) {
		if (now.equals(before)) {
			return true;
		}
		boolean unknownBefore = before.isEmpty() || UPN_UNKNOWN.contains(before);
		boolean knownNow = !now.isEmpty() && !UPN_UNKNOWN.contains(now);
		if (unknownBefore && knownNow) {
			return true;
		}
		if ((before.isEmpty() || before.equals("UN1")) && UPN_UNKNOWN_REASONS.contains(now)) {
			return true;
		}
		return before.isEmpty() && now.equals("UN1");
	}

	private static boolean isCeased(Row decision) {
		return decision.isPresent(Columns.DATE_PLACED_CEASED) || decision.isPresent(Columns.REASON_PLACED_CEASED);
	}

	/** The child's decision with the latest valid DATE_PLACED, or null. */
	private static Row latestDecision(ChildRecords child) {
		Row latest = null;
		if (child != null) {
			for (Row decision : child.rows(PLACED_FOR_ADOPTION)) {
				LocalDate placed = decision.dateOrNull(Columns.DATE_PLACED);
				if (placed != null && (latest == null || placed.isAfter(latest.dateOrNull(Columns.DATE_PLACED)))) {
					latest = decision;
				}
			}
		}
		return latest;
	}

	/** The child's decision with the earliest valid DATE_PLACED, or null. */
	private static Row firstDecision(ChildRecords child) {
		Row first = null;
		for (Row decision : child.rows(PLACED_FOR_ADOPTION)) {
			LocalDate placed = decision.dateOrNull(Columns.DATE_PLACED);
			if (placed != null && (first == null || placed.isBefore(first.dateOrNull(Columns.DATE_PLACED)))) {
				first = decision;
			}
		}
		return first;
	}

}
