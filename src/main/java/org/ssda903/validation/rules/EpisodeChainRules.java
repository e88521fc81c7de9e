package org.ssda903.validation.rules;

import static org.ssda903.model.Table.EPISODES;
import static org.ssda903.validation.Severity.ERROR;
import static org.ssda903.validation.rules.ChildChecks.datedEpisodes;
import static org.ssda903.validation.rules.ChildChecks.endOrYearEnd;
import static org.ssda903.validation.rules.ChildChecks.leftCare;
import static org.ssda903.validation.rules.RowChecks.is;
import static org.ssda903.validation.rules.RowChecks.isBefore;
import static org.ssda903.validation.rules.RowChecks.isIn;
import static org.ssda903.validation.rules.RowChecks.isNotIn;
import static org.ssda903.validation.rules.RowChecks.isOnOrAfter;
import static org.ssda903.validation.rules.RowChecks.isOnOrBefore;
import static org.ssda903.validation.rules.RowChecks.isSameDay;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
 * Checks that compare a child's episodes with each other (ssda903.md 3.C), walking them
 * in start order (4.2). Episodes without a valid DECOM are left out of every chain: 141
 * and the completeness rules report them.
 */
public final class EpisodeChainRules {

	private static final Set<String> CONTINUATIONS = Set.of("P", "L", "T", "U", "B");

	private static final Set<String> PLACEMENT_CHANGES = Set.of("P", "B", "T", "U");

	private static final Set<String> FOSTER_OR_ADOPTION = Set.of("A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5",
			"U6");

	private static final List<String> PLACEMENT_FIELDS = List.of(Columns.PLACE, Columns.PL_POST, Columns.URN,
			Columns.PLACE_PROVIDER);

	private static final List<Rule> RULES = List.of(
			ChildRule.of("142", ERROR, List.of(EPISODES), List.of(Columns.DECOM, Columns.DEC, Columns.REC), Years.all(),
					"A later episode has started but this one has no date or reason ceased.",
					EpisodeChainRules::earlierEpisodeOpen),
			ChildRule.of("501", ERROR, List.of(EPISODES), List.of(Columns.DECOM, Columns.DEC), Years.all(),
					"Episode starts before the previous episode ended: episodes must not overlap.",
					(child, ctx, flag) -> eachPair(child,
							(previous, episode) -> isBefore(episode.dateOrNull(Columns.DECOM),
									previous.dateOrNull(Columns.DEC)),
							flag)),
			ChildRule.of("388", ERROR, List.of(EPISODES), List.of(Columns.DECOM, Columns.DEC, Columns.REC), Years.all(),
					"Reason ceased X1 needs a new episode starting the same day; any other reason must not have one;"
							+ " the latest episode cannot end with X1.",
					EpisodeChainRules::ceasedReasonDisagreesWithNext),
			// the child's first episode has no previous episode to continue: how it
			// starts is 357's finding, and
			// judging it here too would report the same episode twice
			ChildRule.of("433", ERROR, List.of(EPISODES), List.of(Columns.RNE, Columns.DECOM, Columns.DEC), Years.all(),
					"Episode continues care (reason P, L, T, U or B) but does not start the day the previous one"
							+ " ended.",
					(child, ctx, flag) -> eachPair(child,
							(previous, episode) -> isIn(episode, Columns.RNE, CONTINUATIONS)
									&& !episode.dateOrNull(Columns.DECOM).equals(previous.dateOrNull(Columns.DEC)),
							flag)),
			ChildRule.of("431", ERROR, List.of(EPISODES), List.of(Columns.RNE, Columns.DECOM, Columns.DEC), Years.all(),
					"A new period of care (reason S) cannot start on or before the day the previous episode ended.",
					(child, ctx,
							flag) -> eachPair(child,
									(previous, episode) -> is(episode, Columns.RNE, "S") && isOnOrBefore(
											episode.dateOrNull(Columns.DECOM), previous.dateOrNull(Columns.DEC)),
									flag)),
			ChildRule.of("432", ERROR, List.of(EPISODES), List.of(Columns.RNE, Columns.REC), Years.all(),
					"The previous episode ended care, so this episode must start a new period (reason S).",
					(child, ctx, flag) -> eachPair(child,
							(previous, episode) -> leftCare(previous) && isNotIn(episode, Columns.RNE, Set.of("S")),
							flag)),
			ChildRule.of("357", ERROR, List.of(EPISODES), List.of(Columns.RNE, Columns.DECOM), Years.all(),
					"The child's first episode starts in the year, so it must start a period of care (reason S).",
					(child, ctx, flag) -> {
						Row first = ChildChecks.firstEpisode(child);
						if (first != null && isOnOrAfter(first.dateOrNull(Columns.DECOM), ctx.start())
								&& isNotIn(first, Columns.RNE, Set.of("S"))) {
							flag.accept(first);
						}
					}),
			ChildRule.of("434", ERROR, List.of(EPISODES),
					List.of(Columns.RNE, Columns.LS, Columns.PLACE, Columns.PL_POST, Columns.URN,
							Columns.PLACE_PROVIDER),
					Years.all(),
					"Reason L (legal status change only) but the legal status is unchanged or the placement changed.",
					(child, ctx, flag) -> eachPair(child,
							(previous, episode) -> is(episode, Columns.RNE, "L")
									&& (sameLegalStatus(previous, episode) || !samePlacement(previous, episode)),
							flag)),
			// the public validator counts two blank placement values as different here;
			// blanks compare equal in this
			// product, as they do in its 436
			ChildRule.of("435", ERROR, List.of(EPISODES),
					List.of(Columns.RNE, Columns.LS, Columns.PLACE, Columns.PL_POST, Columns.URN,
							Columns.PLACE_PROVIDER),
					Years.all(),
					"Reason P or T (placement change only) but the legal status changed or the placement did not.",
					(child, ctx, flag) -> eachPair(child,
							(previous, episode) -> isIn(episode, Columns.RNE, Set.of("P", "T"))
									&& (!sameLegalStatus(previous, episode) || samePlacement(previous, episode)),
							flag)),
			ChildRule.of("436", ERROR, List.of(EPISODES),
					List.of(Columns.RNE, Columns.LS, Columns.PLACE, Columns.PL_POST, Columns.URN,
							Columns.PLACE_PROVIDER),
					Years.all(), "Reason B or U (legal status and placement change) but one of them did not change.",
					(child, ctx, flag) -> eachPair(child,
							(previous, episode) -> isIn(episode, Columns.RNE, Set.of("B", "U"))
									&& (sameLegalStatus(previous, episode) || samePlacement(previous, episode)),
							flag)),
			ChildRule.of("504", ERROR, List.of(EPISODES), List.of(Columns.CIN, Columns.DECOM, Columns.DEC, Columns.REC),
					Years.all(), "Category of need changed within a period of care.",
					(child, ctx, flag) -> eachPair(child,
							(previous, episode) -> is(previous, Columns.REC, "X1")
									&& isSameDay(previous.dateOrNull(Columns.DEC), episode.dateOrNull(Columns.DECOM))
									&& !previous.get(Columns.CIN).equals(episode.get(Columns.CIN)),
							flag)),
			ChildRule.of("437", ERROR, List.of(EPISODES), List.of(Columns.REC, Columns.DECOM), Years.all(),
					"The child died (E2) or was assessed as 18 or over (E15), yet a later episode is recorded.",
					EpisodeChainRules::episodeAfterFinalEnding),
			ChildRule.of("225", ERROR, List.of(EPISODES),
					List.of(Columns.REC, Columns.REASON_PLACE_CHANGE, Columns.PLACE, Columns.RNE), Years.all(),
					"The placement changed at the end of this episode, so give a reason for the placement change.",
					EpisodeChainRules::placementChangeWithoutReason),
			ChildRule.of("226", ERROR, List.of(EPISODES), List.of(Columns.PLACE, Columns.REASON_PLACE_CHANGE),
					Years.all(),
					"No reason for placement change is recorded for a temporary placement or the episode before it.",
					EpisodeChainRules::reasonAroundTemporaryMove),
			// the DfE text names A3 and A5 (placed with the current foster carer); the
			// public validator tests A3/A4
			ChildRule.of("336", ERROR, List.of(EPISODES), List.of(Columns.PLACE), Years.all(),
					"Placed for adoption with the current foster carer (A3/A5), but the previous episode is not a"
							+ " foster or adoption placement.",
					(child, ctx, flag) -> eachPair(child,
							(previous, episode) -> isIn(episode, Columns.PLACE, Set.of("A3", "A5"))
									&& isNotIn(previous, Columns.PLACE, FOSTER_OR_ADOPTION),
							flag)),
			// the DfE text compares the return with the episode before the temporary one,
			// whatever that episode is: after
			// two temporary moves in a row, with the first of them (the public validator
			// compares the same episodes but
			// reports the temporary one)
			ChildRule.of("383", ERROR, List.of(EPISODES), List.of(Columns.RNE, Columns.PLACE), Years.upTo(2025),
					"After a temporary placement the child must return to the previous placement (reason P, same"
							+ " placement type).",
					(child, ctx, flag) -> notReturnedAfterTemporaryMove(child, ctx, flag, false)),
			ChildRule.of("383", ERROR, List.of(EPISODES), List.of(Columns.RNE, Columns.PLACE, Columns.PL_POST),
					Years.from(2026),
					"After a temporary placement the child must return to the previous placement (reason P, same"
							+ " placement type and postcode).",
					(child, ctx, flag) -> notReturnedAfterTemporaryMove(child, ctx, flag, true)),
			ChildRule.of("361", ERROR, List.of(EPISODES), List.of(Columns.LS, Columns.DECOM, Columns.DEC), Years.all(),
					"Police protection (L1) lasts more than 72 hours.",
					(child, ctx, flag) -> chainsLongerThan(child, ctx, flag, "L1", 3)),
			ChildRule.of("362", ERROR, List.of(EPISODES), List.of(Columns.LS, Columns.DECOM, Columns.DEC), Years.all(),
					"An emergency protection order (L2) lasts more than 21 days.",
					(child, ctx, flag) -> chainsLongerThan(child, ctx, flag, "L2", 21)),
			ChildRule.of("363", ERROR, List.of(EPISODES), List.of(Columns.LS, Columns.DECOM, Columns.DEC), Years.all(),
					"A child assessment order (L3) lasts more than 7 days.",
					(child, ctx, flag) -> chainsLongerThan(child, ctx, flag, "L3", 7)),
			ChildRule.of("364", ERROR, List.of(EPISODES), List.of(Columns.LS, Columns.DECOM, Columns.DEC), Years.all(),
					"Accommodation under PACE (J2) lasts more than 21 days.",
					(child, ctx, flag) -> chainsLongerThan(child, ctx, flag, "J2", 21)),
			ChildRule.of("367", ERROR, List.of(EPISODES), List.of(Columns.LS, Columns.DECOM, Columns.DEC), Years.all(),
					"Short breaks (V3) add up to more than 75 days in the year.",
					EpisodeChainRules::tooManyShortBreakDays),
			ChildRule.of("377", ERROR, List.of(EPISODES), List.of(Columns.PLACE), Years.all(),
					"More than two temporary placements while the foster carer is on holiday (T3).",
					EpisodeChainRules::moreThanTwoCarerHolidayMoves),
			ChildRule.of("426", ERROR, List.of(EPISODES), List.of(Columns.LS), Years.all(),
					"Short breaks are recorded both as single episodes (V3) and as an agreement (V4) in the same year.",
					EpisodeChainRules::bothKindsOfShortBreak));

	private EpisodeChainRules() {
	}

	public static List<Rule> rules() {
		return RULES;
	}

	@FunctionalInterface
	private interface PairTest {

		boolean fails(Row previous, Row episode);

	}

	/** Flags each episode that fails against the one before it. */
	private static void eachPair(ChildRecords child, PairTest test, Consumer<Row> flag) {
		List<Row> episodes = datedEpisodes(child);
		for (int i = 1; i < episodes.size(); i++) {
			if (test.fails(episodes.get(i - 1), episodes.get(i))) {
				flag.accept(episodes.get(i));
			}
		}
	}

	private static void earlierEpisodeOpen(ChildRecords child, ValidationContext ctx, Consumer<Row> flag) {
		List<Row> episodes = datedEpisodes(child);
		for (int i = 0; i < episodes.size() - 1; i++) {
			Row episode = episodes.get(i);
			if (episode.isBlank(Columns.DEC) || episode.isBlank(Columns.REC)) {
				flag.accept(episode);
			}
		}
	}

	private static void ceasedReasonDisagreesWithNext(ChildRecords child, ValidationContext ctx, Consumer<Row> flag) {
		List<Row> episodes = datedEpisodes(child);
		for (int i = 0; i < episodes.size(); i++) {
			Row episode = episodes.get(i);
			LocalDate dec = episode.dateOrNull(Columns.DEC);
			if (dec == null) {
				continue;
			}
			boolean continuation = is(episode, Columns.REC, "X1");
			if (i == episodes.size() - 1) {
				if (continuation) {
					flag.accept(episode);
				}
				continue;
			}
			boolean nextStartsSameDay = dec.equals(episodes.get(i + 1).dateOrNull(Columns.DECOM));
			if ((continuation && !nextStartsSameDay) || (leftCare(episode) && nextStartsSameDay)) {
				flag.accept(episode);
			}
		}
	}

	private static boolean sameLegalStatus(Row previous, Row episode) {
		return previous.get(Columns.LS).equals(episode.get(Columns.LS));
	}

	private static boolean samePlacement(Row previous, Row episode) {
		for (String field : PLACEMENT_FIELDS) {
			if (!previous.get(field).equals(episode.get(field))) {
				return false;
			}
		}
		return true;
	}

	private static void episodeAfterFinalEnding(ChildRecords child, ValidationContext ctx, Consumer<Row> flag) {
		List<Row> episodes = datedEpisodes(child);
		for (int i = 0; i < episodes.size() - 1; i++) {
			Row episode = episodes.get(i);
			if (isIn(episode, Columns.REC, Set.of("E2", "E15"))) {
				flag.accept(episode);
			}
		}
	}

	private static void placementChangeWithoutReason(ChildRecords child, ValidationContext ctx, Consumer<Row> flag) {
		List<Row> episodes = datedEpisodes(child);
		Set<String> temporary = ctx.codes().temporaryPlacements();
		for (int i = 0; i < episodes.size() - 1; i++) {
			Row episode = episodes.get(i);
			Row next = episodes.get(i + 1);
			if (is(episode, Columns.REC, "X1") && episode.isBlank(Columns.REASON_PLACE_CHANGE)
					&& isNotIn(episode, Columns.PLACE, temporary) && isIn(next, Columns.RNE, PLACEMENT_CHANGES)
					&& isNotIn(next, Columns.PLACE, temporary)) {
				flag.accept(episode);
			}
		}
	}

	private static void reasonAroundTemporaryMove(ChildRecords child, ValidationContext ctx, Consumer<Row> flag) {
		List<Row> episodes = datedEpisodes(child);
		for (int i = 0; i < episodes.size(); i++) {
			Row episode = episodes.get(i);
			if (isIn(episode, Columns.PLACE, ctx.codes().temporaryPlacements())
					&& (episode.isPresent(Columns.REASON_PLACE_CHANGE)
							|| (i > 0 && episodes.get(i - 1).isPresent(Columns.REASON_PLACE_CHANGE)))) {
				flag.accept(episode);
			}
		}
	}

	private static void notReturnedAfterTemporaryMove(ChildRecords child, ValidationContext ctx, Consumer<Row> flag,
			boolean samePostcode) {
		List<Row> episodes = datedEpisodes(child);
		Set<String> temporary = ctx.codes().temporaryPlacements();
		for (int i = 2; i < episodes.size(); i++) {
			Row before = episodes.get(i - 2);
			Row episode = episodes.get(i);
			if (!isIn(episodes.get(i - 1), Columns.PLACE, temporary)) {
				continue;
			}
			boolean returned = is(episode, Columns.RNE, "P")
					&& before.get(Columns.PLACE).equals(episode.get(Columns.PLACE))
					&& (!samePostcode || before.get(Columns.PL_POST).equals(episode.get(Columns.PL_POST)));
			if (!returned) {
				flag.accept(episode);
			}
		}
	}

	/**
	 * Joins consecutive episodes with the legal status, each starting the day the
	 * previous ended, and flags every episode of a chain lasting more than the limit; an
	 * open episode counts to the end of the year.
	 */
	private static void chainsLongerThan(ChildRecords child, ValidationContext ctx, Consumer<Row> flag,
			String legalStatus, int maxDays) {
		List<Row> chain = new ArrayList<>();
		LocalDate chainEnd = null;
		for (Row episode : datedEpisodes(child)) {
			if (!is(episode, Columns.LS, legalStatus)) {
				continue;
			}
			LocalDate decom = episode.dateOrNull(Columns.DECOM);
			if (!chain.isEmpty() && !decom.equals(chainEnd)) {
				flagLongChain(chain, chainEnd, maxDays, flag);
				chain.clear();
			}
			chain.add(episode);
			chainEnd = endOrYearEnd(episode, ctx);
		}
		flagLongChain(chain, chainEnd, maxDays, flag);
	}

	private static void flagLongChain(List<Row> chain, LocalDate chainEnd, int maxDays, Consumer<Row> flag) {
		if (chain.isEmpty() || chainEnd == null) {
			return;
		}
		LocalDate chainStart = chain.get(0).dateOrNull(Columns.DECOM);
		if (ChronoUnit.DAYS.between(chainStart, chainEnd) > maxDays) {
			chain.forEach(flag);
		}
	}

	private static void tooManyShortBreakDays(ChildRecords child, ValidationContext ctx, Consumer<Row> flag) {
		List<Row> breaks = new ArrayList<>();
		long days = 0;
		for (Row episode : datedEpisodes(child)) {
			if (!is(episode, Columns.LS, "V3")) {
				continue;
			}
			breaks.add(episode);
			LocalDate from = max(episode.dateOrNull(Columns.DECOM), ctx.start());
			LocalDate to = endOrYearEnd(episode, ctx);
			if (to != null && to.isAfter(ctx.end())) {
				to = ctx.end();
			}
			if (to != null && to.isAfter(from)) {
				days += ChronoUnit.DAYS.between(from, to);
			}
		}
		if (days > 75) {
			breaks.forEach(flag);
		}
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static void moreThanTwoCarerHolidayMoves(ChildRecords child, ValidationContext ctx, Consumer<Row> flag) {
		List<Row> moves = child.rows(EPISODES).stream().filter((episode) -> is(episode, Columns.PLACE, "T3")).toList();
		if (moves.size() > 2) {
			moves.forEach(flag);
		}
	}

	private static void bothKindsOfShortBreak(ChildRecords child, ValidationContext ctx, Consumer<Row> flag) {
		boolean v3 = false;
		boolean v4 = false;
		for (Row episode : child.rows(EPISODES)) {
			v3 |= is(episode, Columns.LS, "V3");
			v4 |= is(episode, Columns.LS, "V4");
		}
		if (v3 && v4) {
			for (Row episode : child.rows(EPISODES)) {
				if (Episodes.isShortBreak(episode)) {
					flag.accept(episode);
				}
			}
		}
	}

}
