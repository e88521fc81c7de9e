package org.ssda903.validation.rules;

import static org.ssda903.model.Table.AD1;
import static org.ssda903.model.Table.EPISODES;
import static org.ssda903.model.Table.HEADER;
import static org.ssda903.model.Table.PLACED_FOR_ADOPTION;
import static org.ssda903.validation.Severity.ERROR;
import static org.ssda903.validation.rules.ChildChecks.isAdoption;
import static org.ssda903.validation.rules.ChildChecks.leftCare;
import static org.ssda903.validation.rules.RowChecks.anyBlank;
import static org.ssda903.validation.rules.RowChecks.anyPresent;
import static org.ssda903.validation.rules.RowChecks.is;
import static org.ssda903.validation.rules.RowChecks.isAfter;
import static org.ssda903.validation.rules.RowChecks.isBefore;
import static org.ssda903.validation.rules.RowChecks.isIn;
import static org.ssda903.validation.rules.RowChecks.isSameDay;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
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
 * Checks of adoption across files: episodes ending in adoption (E11/E12) or in an
 * adoption placement (A3-A6) or under a placement order (E1), against ad1.csv and
 * placed_for_adoption.csv (ssda903.md 3.D). Where a child has several decisions to place
 * for adoption, the one in force is the latest by DATE_PLACED: the public validator pairs
 * every decision with every other row, which also flags decisions the council rightly
 * reversed earlier.
 */
public final class AdoptionRules {

	private static final List<String> AD1_ITEMS = List.of(Columns.DATE_INT, Columns.DATE_MATCH, Columns.FOSTER_CARE,
			Columns.NB_ADOPTR, Columns.SEX_ADOPTR, Columns.LS_ADOPTR);

	private static final List<String> CEASED = List.of(Columns.DATE_PLACED_CEASED, Columns.REASON_PLACED_CEASED);

	/** Placed for adoption with the child's current foster carer(s). */
	private static final Set<String> WITH_FOSTER_CARER = Set.of("A3", "A5");

	private static final Set<String> NOT_WITH_FOSTER_CARER = Set.of("A4", "A6");

	private static final List<Rule> RULES = List.of(
			ChildRule.of("331", ERROR, List.of(EPISODES, AD1), List.of(Columns.REC, Columns.DECOM, Columns.DATE_MATCH),
					Years
						.all(),
					"The child was matched with the adopters after the placement that ended in adoption began.",
					(child, ctx, flag) -> eachPair(
							adoptions(child), child.rows(AD1),
							(episode, ad1) -> isAfter(ad1.dateOrNull(Columns.DATE_MATCH),
									episode.dateOrNull(Columns.DECOM)),
							flag)),
			ChildRule.of("334", ERROR, List.of(EPISODES, AD1), List.of(Columns.DATE_INT, Columns.RNE, Columns.DECOM),
					Years.all(),
					"The decision that the child should be adopted is dated before the child's latest period of care"
							+ " began.",
					(child, ctx, flag) -> {
						LocalDate started = latestStart(child);
						child.rows(AD1)
							.stream()
							.filter((ad1) -> isBefore(ad1.dateOrNull(Columns.DATE_INT), started))
							.forEach(flag);
					}),
			// the public validator also names codes A1, A2 and E1 that no longer exist;
			// they can never match
			ChildRule.of("335", ERROR, List.of(EPISODES, AD1), List.of(Columns.REC, Columns.PLACE, Columns.FOSTER_CARE),
					Years.all(),
					"Adopted by the foster carer, but the adoption placement says otherwise (A3/A5 are with the"
							+ " foster carer, A4/A6 are not).",
					(child, ctx, flag) -> eachPair(adoptions(child), child.rows(AD1),
							(episode,
									ad1) -> (isIn(episode, Columns.PLACE, WITH_FOSTER_CARER)
											&& is(ad1, Columns.FOSTER_CARE, "0"))
											|| (isIn(episode, Columns.PLACE, NOT_WITH_FOSTER_CARER)
													&& is(ad1, Columns.FOSTER_CARE, "1")),
							flag)),
			ChildRule.of("521", ERROR, List.of(EPISODES, AD1), List.of(Columns.PLACE, Columns.DECOM, Columns.DATE_INT),
					Years.all(),
					"The child was placed for adoption before the decision that the child should be adopted.",
					(child, ctx, flag) -> eachPair(adoptionPlacements(child, ctx), child.rows(AD1),
							(episode, ad1) -> isAfter(ad1.dateOrNull(Columns.DATE_INT),
									episode.dateOrNull(Columns.DECOM)),
							flag)),
			ChildRule.of("582", ERROR, List.of(EPISODES, AD1), List.of(Columns.REC, Columns.DEC, Columns.DATE_MATCH),
					Years.all(), "The child was adopted on the same day as being matched with the adopters.",
					(child, ctx, flag) -> eachPair(adoptions(child), child.rows(AD1),
							(episode, ad1) -> isSameDay(episode.dateOrNull(Columns.DEC),
									ad1.dateOrNull(Columns.DATE_MATCH)),
							flag)),
			// the public validator only reads AD1 rows that exist; a child adopted in the
			// year with no AD1 row at all
			// is the plainest gap, so its adoption episode is reported too
			ChildRule.of("601", ERROR, List.of(EPISODES, AD1),
					List.of(Columns.REC, Columns.DEC, Columns.DATE_INT, Columns.DATE_MATCH, Columns.FOSTER_CARE,
							Columns.NB_ADOPTR, Columns.SEX_ADOPTR, Columns.LS_ADOPTR),
					Years.all(), "The child was adopted in the year, so all adoption details must be given.",
					AdoptionRules::adoptedWithoutDetails),
			ChildRule.of("602", ERROR, List.of(EPISODES, AD1), AD1_ITEMS, Years.all(),
					"Adoption details are given, but the child was not adopted (E11/E12) in the year.",
					(child, ctx, flag) -> {
						if (!adoptedInYear(child, ctx)) {
							child.rows(AD1).stream().filter((ad1) -> anyPresent(ad1, AD1_ITEMS)).forEach(flag);
						}
					}),
			ChildRule.of("523", ERROR, List.of(PLACED_FOR_ADOPTION, AD1),
					List.of(Columns.DATE_PLACED, Columns.DATE_INT), Years.all(),
					"The date of the decision that the child should be placed for adoption differs between the"
							+ " adoption and placed-for-adoption files.",
					(child, ctx, flag) -> eachPair(decisionInForce(child), child.rows(AD1), (decision, ad1) -> {
						LocalDate placed = decision.dateOrNull(Columns.DATE_PLACED);
						LocalDate decided = ad1.dateOrNull(Columns.DATE_INT);
						return placed != null && decided != null && !placed.equals(decided);
					}, flag)),
			ChildRule.of("525", ERROR, List.of(PLACED_FOR_ADOPTION, AD1),
					List.of(Columns.DATE_PLACED_CEASED, Columns.DATE_INT, Columns.DATE_MATCH, Columns.FOSTER_CARE,
							Columns.NB_ADOPTR, Columns.SEX_ADOPTR, Columns.LS_ADOPTR),
					Years.all(),
					"The decision to place for adoption was reversed, so no adoption details should be given.",
					(child, ctx, flag) -> eachPair(decisionInForce(child), child.rows(AD1),
							(decision, ad1) -> decision.isPresent(Columns.DATE_PLACED_CEASED)
									&& anyPresent(ad1, AD1_ITEMS),
							flag)),
			ChildRule.of("184", ERROR, List.of(PLACED_FOR_ADOPTION, HEADER), List.of(Columns.DATE_PLACED, Columns.DOB),
					Years.all(), "The decision to place for adoption is dated before the child was born.",
					(child, ctx, flag) -> {
						LocalDate born = ChildChecks.dob(child);
						child.rows(PLACED_FOR_ADOPTION)
							.stream()
							.filter((decision) -> isBefore(decision.dateOrNull(Columns.DATE_PLACED), born))
							.forEach(flag);
					}),
			ChildRule.of("117", ERROR, List.of(PLACED_FOR_ADOPTION, EPISODES),
					List.of(Columns.DATE_PLACED, Columns.DATE_PLACED_CEASED, Columns.DEC, Columns.REC), Years.all(),
					"A date about placing for adoption is after the end of the year or after the child left care.",
					(child, ctx, flag) -> {
						LocalDate left = lastLeftCare(child);
						for (Row decision : child.rows(PLACED_FOR_ADOPTION)) {
							for (String column : List.of(Columns.DATE_PLACED, Columns.DATE_PLACED_CEASED)) {
								LocalDate date = decision.dateOrNull(column);
								if (isAfter(date, ctx.end()) || isAfter(date, left)) {
									flag.accept(decision);
								}
							}
						}
					}),
			ChildRule.of("118", ERROR, List.of(PLACED_FOR_ADOPTION, EPISODES),
					List.of(Columns.DATE_PLACED_CEASED, Columns.DECOM, Columns.LS), Years.all(),
					"The decision to place for adoption was reversed before the year began or before the child's"
							+ " first episode.",
					(child, ctx, flag) -> {
						LocalDate firstCare = firstCareStart(child);
						child.rows(PLACED_FOR_ADOPTION).stream().filter((decision) -> {
							LocalDate ceased = decision.dateOrNull(Columns.DATE_PLACED_CEASED);
							return isBefore(ceased, ctx.start()) || isBefore(ceased, firstCare);
						}).forEach(flag);
					}),
			ChildRule.of("1003", ERROR, List.of(PLACED_FOR_ADOPTION, EPISODES),
					List.of(Columns.DATE_PLACED, Columns.RNE, Columns.DECOM), Years.all(),
					"The decision to place for adoption is dated before the child started to be looked after.",
					(child, ctx, flag) -> {
						LocalDate started = firstStart(child);
						child.rows(PLACED_FOR_ADOPTION)
							.stream()
							.filter((decision) -> isBefore(decision.dateOrNull(Columns.DATE_PLACED), started))
							.forEach(flag);
					}),
			ChildRule.of("551", ERROR, List.of(EPISODES, PLACED_FOR_ADOPTION),
					List.of(Columns.PLACE, Columns.DATE_PLACED), Years.all(),
					"The child is placed for adoption (A3-A6) but no decision to place for adoption is recorded.",
					(child, ctx, flag) -> {
						if (child.rows(PLACED_FOR_ADOPTION).stream().allMatch((d) -> d.isBlank(Columns.DATE_PLACED))) {
							adoptionPlacements(child, ctx).forEach(flag);
						}
					}),
			ChildRule.of("552", ERROR, List.of(EPISODES, PLACED_FOR_ADOPTION),
					List.of(Columns.PLACE, Columns.DECOM, Columns.DATE_PLACED), Years.all(),
					"The child was placed for adoption before the latest decision to place for adoption.",
					(child, ctx, flag) -> {
						List<Row> placements = adoptionPlacements(child, ctx);
						Row latest = latestDecision(child);
						if (!placements.isEmpty() && latest != null && isBefore(
								placements.get(0).dateOrNull(Columns.DECOM), latest.dateOrNull(Columns.DATE_PLACED))) {
							flag.accept(placements.get(0));
							flag.accept(latest);
						}
					}),
			ChildRule.of("553", ERROR, List.of(EPISODES, PLACED_FOR_ADOPTION),
					List.of(Columns.LS, Columns.DEC, Columns.DATE_PLACED_CEASED, Columns.REASON_PLACED_CEASED),
					Years.all(),
					"A placement order (E1) is recorded, but there is no decision to place for adoption still in"
							+ " force.",
					(child, ctx, flag) -> orderWithoutDecision(child, "E1", flag)),
			ChildRule.of("554", ERROR, List.of(EPISODES, PLACED_FOR_ADOPTION),
					List.of(Columns.LS, Columns.DECOM, Columns.DATE_PLACED), Years.all(),
					"The decision to place for adoption is dated after the placement order (E1) began.",
					(child, ctx, flag) -> decisionAfterOrder(child, "E1", flag)),
			ChildRule.of("555", ERROR, List.of(EPISODES, PLACED_FOR_ADOPTION),
					List.of(Columns.LS, Columns.DEC, Columns.DATE_PLACED_CEASED, Columns.REASON_PLACED_CEASED),
					Years.upTo(2024),
					"A freeing order (D1) is recorded, but there is no decision to place for adoption still in force.",
					(child, ctx, flag) -> orderWithoutDecision(child, "D1", flag)),
			ChildRule.of("556", ERROR, List.of(EPISODES, PLACED_FOR_ADOPTION),
					List.of(Columns.LS, Columns.DECOM, Columns.DATE_PLACED), Years.upTo(2024),
					"The decision to place for adoption is dated after the freeing order (D1) began.",
					(child, ctx, flag) -> decisionAfterOrder(child, "D1", flag)),
			ChildRule.of("557", ERROR, List.of(EPISODES, PLACED_FOR_ADOPTION), List
				.of(Columns.PLACE, Columns.LS, Columns.REC, Columns.DATE_PLACED_CEASED, Columns.REASON_PLACED_CEASED),
					Years.upTo(2024),
					"The child left an adoption placement or order other than by adoption, so the decision to place"
							+ " for adoption must be shown as reversed, with date and reason.",
					(child, ctx, flag) -> leftWithoutReversal(child, ctx, Set.of("E1", "D1"), flag)),
			// freeing orders (D1) were withdrawn from the legal status list in 2024-25
			ChildRule.of("557", ERROR, List.of(EPISODES, PLACED_FOR_ADOPTION), List
				.of(Columns.PLACE, Columns.LS, Columns.REC, Columns.DATE_PLACED_CEASED, Columns.REASON_PLACED_CEASED),
					Years.from(2025),
					"The child left an adoption placement or order other than by adoption, so the decision to place"
							+ " for adoption must be shown as reversed, with date and reason.",
					(child, ctx, flag) -> leftWithoutReversal(child, ctx, Set.of("E1"), flag)),
			// the DfE text: when the latest episode ended in adoption and the year has
			// more than one date the decision
			// ceased, the latest decision's must be blank; the public validator tests any
			// adoption episode, not the
			// latest, and fires when every decision has a ceased date
			ChildRule.of("558", ERROR, List.of(EPISODES, PLACED_FOR_ADOPTION),
					List.of(Columns.REC, Columns.DATE_PLACED_CEASED), Years.all(),
					"The child was adopted, so the latest decision to place for adoption cannot be shown as reversed.",
					(child, ctx, flag) -> {
						Row last = ChildChecks.latestEpisode(child);
						Row latest = latestDecision(child);
						long ceased = child.rows(PLACED_FOR_ADOPTION)
							.stream()
							.filter((decision) -> decision.isPresent(Columns.DATE_PLACED_CEASED))
							.count();
						if (last != null && isAdoption(last) && ceased > 1
								&& latest.isPresent(Columns.DATE_PLACED_CEASED)) {
							flag.accept(latest);
						}
					}));

	private AdoptionRules() {
	}

	public static List<Rule> rules() {
		return RULES;
	}

	/** Flags both rows of every pair that fails. */
	private static void eachPair(List<Row> left, List<Row> right, BiPredicate<Row, Row> fails, Consumer<Row> flag) {
		for (Row a : left) {
			for (Row b : right) {
				if (fails.test(a, b)) {
					flag.accept(a);
					flag.accept(b);
				}
			}
		}
	}

	private static List<Row> adoptions(ChildRecords child) {
		return child.rows(EPISODES).stream().filter(ChildChecks::isAdoption).toList();
	}

	/** A3-A6 episodes by start. */
	private static List<Row> adoptionPlacements(ChildRecords child, ValidationContext ctx) {
		return ChildChecks.datedEpisodes(child)
			.stream()
			.filter((episode) -> isIn(episode, Columns.PLACE, ctx.codes().adoptionPlacements()))
			.toList();
	}

	private static boolean adoptedInYear(ChildRecords child, ValidationContext ctx) {
		return child.rows(EPISODES)
			.stream()
			.anyMatch((episode) -> isAdoption(episode)
					&& ChildChecks.isWithin(episode.dateOrNull(Columns.DEC), ctx.start(), ctx.end()));
	}

	private static void adoptedWithoutDetails(ChildRecords child, ValidationContext ctx, Consumer<Row> flag) {
		if (!adoptedInYear(child, ctx)) {
			return;
		}
		if (!child.has(AD1)) {
			child.rows(EPISODES)
				.stream()
				.filter((episode) -> isAdoption(episode)
						&& ChildChecks.isWithin(episode.dateOrNull(Columns.DEC), ctx.start(), ctx.end()))
				.forEach(flag);
			return;
		}
		child.rows(AD1).stream().filter((ad1) -> anyBlank(ad1, AD1_ITEMS)).forEach(flag);
	}

	/**
	 * The decision with the latest DATE_PLACED; without any dated decision, the last one
	 * in the file; or null.
	 */
	private static Row latestDecision(ChildRecords child) {
		List<Row> decisions = child.rows(PLACED_FOR_ADOPTION);
		Row latest = null;
		for (Row decision : decisions) {
			LocalDate placed = decision.dateOrNull(Columns.DATE_PLACED);
			if (placed != null && (latest == null || !placed.isBefore(latest.dateOrNull(Columns.DATE_PLACED)))) {
				latest = decision;
			}
		}
		return latest != null || decisions.isEmpty() ? latest : decisions.get(decisions.size() - 1);
	}

	private static List<Row> decisionInForce(ChildRecords child) {
		Row latest = latestDecision(child);
		return latest == null ? List.of() : List.of(latest);
	}

	private static LocalDate latestStart(ChildRecords child) {
		List<Row> episodes = ChildChecks.datedEpisodes(child);
		for (int i = episodes.size() - 1; i >= 0; i--) {
			if (is(episodes.get(i), Columns.RNE, "S")) {
				return episodes.get(i).dateOrNull(Columns.DECOM);
			}
		}
		return null;
	}

	private static LocalDate firstStart(ChildRecords child) {
		for (Row episode : ChildChecks.datedEpisodes(child)) {
			if (is(episode, Columns.RNE, "S")) {
				return episode.dateOrNull(Columns.DECOM);
			}
		}
		return null;
	}

	private static LocalDate firstCareStart(ChildRecords child) {
		for (Row episode : ChildChecks.datedEpisodes(child)) {
			if (!Episodes.isShortBreak(episode)) {
				return episode.dateOrNull(Columns.DECOM);
			}
		}
		return null;
	}

	/**
	 * DEC of the latest episode (by start) that did not end with X1; null while that
	 * episode is open.
	 */
	private static LocalDate lastLeftCare(ChildRecords child) {
		List<Row> episodes = ChildChecks.datedEpisodes(child);
		for (int i = episodes.size() - 1; i >= 0; i--) {
			if (!is(episodes.get(i), Columns.REC, "X1")) {
				return episodes.get(i).dateOrNull(Columns.DEC);
			}
		}
		return null;
	}

	/**
	 * 553/555: an order with no decision at all, or an order still open whose decision
	 * was reversed.
	 */
	private static void orderWithoutDecision(ChildRecords child, String legalStatus, Consumer<Row> flag) {
		Row latest = latestDecision(child);
		for (Row episode : child.rows(EPISODES)) {
			if (is(episode, Columns.LS, legalStatus)
					&& (latest == null || (episode.isBlank(Columns.DEC) && anyPresent(latest, CEASED)))) {
				flag.accept(episode);
			}
		}
	}

	/**
	 * 554/556: the earliest decision came after the order's first episode began; the
	 * decision row is flagged.
	 */
	private static void decisionAfterOrder(ChildRecords child, String legalStatus, Consumer<Row> flag) {
		LocalDate orderStart = null;
		for (Row episode : ChildChecks.datedEpisodes(child)) {
			if (is(episode, Columns.LS, legalStatus)) {
				orderStart = episode.dateOrNull(Columns.DECOM);
				break;
			}
		}
		Row earliest = null;
		for (Row decision : child.rows(PLACED_FOR_ADOPTION)) {
			LocalDate placed = decision.dateOrNull(Columns.DATE_PLACED);
			if (placed != null && (earliest == null || placed.isBefore(earliest.dateOrNull(Columns.DATE_PLACED)))) {
				earliest = decision;
			}
		}
		if (earliest != null && isAfter(earliest.dateOrNull(Columns.DATE_PLACED), orderStart)) {
			flag.accept(earliest);
		}
	}

	private static void leftWithoutReversal(ChildRecords child, ValidationContext ctx, Set<String> orders,
			Consumer<Row> flag) {
		Row latest = latestDecision(child);
		boolean reversed = latest != null && latest.isPresent(Columns.DATE_PLACED_CEASED)
				&& latest.isPresent(Columns.REASON_PLACED_CEASED);
		if (reversed) {
			return;
		}
		for (Row episode : child.rows(EPISODES)) {
			boolean adoptionCare = isIn(episode, Columns.PLACE, ctx.codes().adoptionPlacements())
					|| isIn(episode, Columns.LS, orders);
			if (adoptionCare && leftCare(episode) && !isAdoption(episode)) {
				flag.accept(episode);
			}
		}
	}

}
