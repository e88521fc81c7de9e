package org.ssda903.validation.rules;

import static org.ssda903.model.Table.EPISODES;
import static org.ssda903.model.Table.SW_EPISODES;
import static org.ssda903.validation.Severity.ERROR;
import static org.ssda903.validation.rules.ChildChecks.leftCare;
import static org.ssda903.validation.rules.RowChecks.anyBlank;
import static org.ssda903.validation.rules.RowChecks.is;
import static org.ssda903.validation.rules.RowChecks.isAfter;
import static org.ssda903.validation.rules.RowChecks.isOnOrBefore;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
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
 * Checks that compare a child's social worker episodes with each other and with the care
 * episodes (ssda903.md 3.H). Social worker episodes are walked by SW_DECOM; those without
 * a valid SW_DECOM are left out (SW01/SW04 report them). A child "looked after at 31
 * March" has an open episode other than a short break (4.5).
 */
public final class SwEpisodeChainRules {

	private static final Comparator<Row> BY_SW_START = Comparator
		.comparing((Row row) -> row.dateOrNull(Columns.SW_DECOM))
		.thenComparingLong(Row::line);

	/** Days allowed between one social worker leaving and the next starting (SW10). */
	private static final int HANDOVER_DAYS = 7;

	/**
	 * SW11a/b: the last days of the year, when the next social worker may not be recorded
	 * yet.
	 */
	private static final int YEAR_END_DAYS = 5;

	private static final List<Rule> RULES = List.of(
			// the public validator reports the care episode's line as if it were a line
			// of sw_episodes.csv; here it
			// is reported on episodes.csv, where that line is
			ChildRule.of("SW01STG1", ERROR, List.of(EPISODES, SW_EPISODES),
					List.of(Columns.DEC, Columns.LS, Columns.SW_ID, Columns.SW_DECOM, Columns.SW_REASON),
					Years.only(2024),
					"A child looked after at 31 March needs a social worker episode with ID, start date and reason.",
					SwEpisodeChainRules::lookedAfterWithoutSocialWorker),
			// in 2023-24 SW14 is the same test under another DfE code, so both report the
			// row
			ChildRule.of("SW08STG2", ERROR, List.of(SW_EPISODES), List.of(Columns.SW_DECOM, Columns.SW_DEC),
					Years.from(2024),
					"Only the latest social worker episode can be open: an earlier one has no end date.",
					(child, ctx, flag) -> earlierEpisodeOpen(child, flag)),
			ChildRule.of("SW14STG2", ERROR, List.of(SW_EPISODES), List.of(Columns.SW_DECOM, Columns.SW_DEC),
					Years.only(2024), "A social worker episode other than the latest has no end date.",
					(child, ctx, flag) -> earlierEpisodeOpen(child, flag)),
			ChildRule.of("SW10STG2", ERROR, List.of(SW_EPISODES), List.of(Columns.SW_DECOM, Columns.SW_DEC),
					Years.only(2024),
					"A social worker episode starts more than 7 days before or after the previous one ended.",
					(child, ctx, flag) -> handoverGap(child, false, flag)),
			// from 2024-25 a first contact (FCONTA) need not follow on from an earlier
			// social worker
			ChildRule.of("SW10STG2", ERROR, List.of(SW_EPISODES),
					List.of(Columns.SW_DECOM, Columns.SW_DEC, Columns.SW_REASON), Years.from(2025),
					"A social worker episode starts more than 7 days before or after the previous one ended, and is"
							+ " not a first contact.",
					(child, ctx, flag) -> handoverGap(child, true, flag)),
			ChildRule.of("SW11aSTG2", ERROR, List.of(SW_EPISODES, EPISODES),
					List.of(Columns.SW_DECOM, Columns.SW_DEC, Columns.DEC, Columns.LS), Years.only(2024),
					"A social worker episode ended before the last 5 days of the year and the next one does not start"
							+ " within 5 days.",
					SwEpisodeChainRules::noFollowOnBeforeYearEnd),
			ChildRule.of("SW11bSTG2", ERROR, List.of(SW_EPISODES, EPISODES),
					List.of(Columns.SW_DEC, Columns.DEC, Columns.LS), Years.from(2024),
					"A social worker episode ended in the last 5 days of the year, the child is still looked after,"
							+ " and no later social worker episode is recorded.",
					SwEpisodeChainRules::noFollowOnAtYearEnd),
			ChildRule.of("SW12STG2", ERROR, List.of(EPISODES, SW_EPISODES),
					List.of(Columns.RNE, Columns.DECOM, Columns.DEC, Columns.REC, Columns.LS, Columns.SW_DECOM,
							Columns.SW_DEC),
					Years.only(2024),
					"A period of care starting or ending in the year has no social worker episode during it.",
					(child, ctx, flag) -> uncoveredStartsAndEnds(child, ctx, ctx.start(), flag)),
			// from 2024-25 social worker episodes ended in the previous year may be sent,
			// and the check reaches back
			// to periods that ended then, and to every open one
			ChildRule.of("SW12STG2", ERROR, List.of(EPISODES, SW_EPISODES), List
				.of(Columns.RNE, Columns.DECOM, Columns.DEC, Columns.REC, Columns.LS, Columns.SW_DECOM, Columns.SW_DEC),
					Years.from(2025),
					"A period of care starting or ending in this or last year, or still open, has no social worker"
							+ " episode during it.",
					(child, ctx, flag) -> uncoveredStartsAndEnds(child, ctx, ctx.start().minusYears(1), flag)),
			// only a child still looked after at 31 March must still have a social worker
			// then
			ChildRule.of("SW17STG2", ERROR, List.of(SW_EPISODES, EPISODES),
					List.of(Columns.SW_DECOM, Columns.SW_DEC, Columns.DEC, Columns.LS), Years.from(2026),
					"The child is looked after at 31 March, but their latest social worker episode has ended.",
					(child, ctx, flag) -> {
						List<Row> episodes = datedSwEpisodes(child);
						if (!episodes.isEmpty() && lookedAfterAtYearEnd(child)
								&& episodes.get(episodes.size() - 1).isPresent(Columns.SW_DEC)) {
							flag.accept(episodes.get(episodes.size() - 1));
						}
					}));

	private SwEpisodeChainRules() {
	}

	public static List<Rule> rules() {
		return RULES;
	}

	private static List<Row> datedSwEpisodes(ChildRecords child) {
		return child.rows(SW_EPISODES)
			.stream()
			.filter((row) -> row.dateOrNull(Columns.SW_DECOM) != null)
			.sorted(BY_SW_START)
			.toList();
	}

	private static boolean lookedAfterAtYearEnd(ChildRecords child) {
		return child.rows(EPISODES)
			.stream()
			.anyMatch((episode) -> episode.isBlank(Columns.DEC) && !Episodes.isShortBreak(episode));
	}

	/**
	 * With no social worker episode the open care episode is flagged; otherwise each
	 * incomplete one.
	 */
	private static void lookedAfterWithoutSocialWorker(ChildRecords child, ValidationContext ctx, Consumer<Row> flag) {
		if (!lookedAfterAtYearEnd(child)) {
			return;
		}
		if (!child.has(SW_EPISODES)) {
			child.rows(EPISODES)
				.stream()
				.filter((episode) -> episode.isBlank(Columns.DEC) && !Episodes.isShortBreak(episode))
				.forEach(flag);
			return;
		}
		child.rows(SW_EPISODES)
			.stream()
			.filter((row) -> anyBlank(row, List.of(Columns.SW_ID, Columns.SW_DECOM, Columns.SW_REASON)))
			.forEach(flag);
	}

	private static void earlierEpisodeOpen(ChildRecords child, Consumer<Row> flag) {
		List<Row> episodes = datedSwEpisodes(child);
		for (int i = 0; i < episodes.size() - 1; i++) {
			if (episodes.get(i).isBlank(Columns.SW_DEC)) {
				flag.accept(episodes.get(i));
			}
		}
	}

	private static void handoverGap(ChildRecords child, boolean firstContactExempt, Consumer<Row> flag) {
		List<Row> episodes = datedSwEpisodes(child);
		for (int i = 1; i < episodes.size(); i++) {
			Row episode = episodes.get(i);
			if (firstContactExempt && is(episode, Columns.SW_REASON, "FCONTA")) {
				continue;
			}
			if (daysApart(episodes.get(i - 1).dateOrNull(Columns.SW_DEC), episode.dateOrNull(Columns.SW_DECOM),
					HANDOVER_DAYS)) {
				flag.accept(episode);
			}
		}
	}

	/** Both dates known and more than the given days apart, either way. */
	private static boolean daysApart(LocalDate a, LocalDate b, int days) {
		return a != null && b != null && Math.abs(ChronoUnit.DAYS.between(a, b)) > days;
	}

	/**
	 * SW11a: an episode that ended by 26 March must be followed within 5 days. A last
	 * episode with no follower is only wrong for a child still looked after: a child who
	 * left care needs no new social worker. The public validator does not look at the
	 * care episodes and so also reports children who left care.
	 */
	private static void noFollowOnBeforeYearEnd(ChildRecords child, ValidationContext ctx, Consumer<Row> flag) {
		List<Row> episodes = datedSwEpisodes(child);
		LocalDate lastDays = ctx.end().minusDays(YEAR_END_DAYS);
		for (int i = 0; i < episodes.size(); i++) {
			LocalDate ended = episodes.get(i).dateOrNull(Columns.SW_DEC);
			if (!isOnOrBefore(ended, lastDays)) {
				continue;
			}
			boolean last = i == episodes.size() - 1;
			if (last ? lookedAfterAtYearEnd(child)
					: daysApart(ended, episodes.get(i + 1).dateOrNull(Columns.SW_DECOM), YEAR_END_DAYS)) {
				flag.accept(episodes.get(i));
			}
		}
	}

	/**
	 * SW11b: the latest episode ended in the last 5 days of the year though the child is
	 * still looked after; as in SW11a, a child who left care is not reported, unlike in
	 * the public validator.
	 */
	private static void noFollowOnAtYearEnd(ChildRecords child, ValidationContext ctx, Consumer<Row> flag) {
		List<Row> episodes = datedSwEpisodes(child);
		if (episodes.isEmpty() || !lookedAfterAtYearEnd(child)) {
			return;
		}
		Row latest = episodes.get(episodes.size() - 1);
		LocalDate ended = latest.dateOrNull(Columns.SW_DEC);
		if (isAfter(ended, ctx.end().minusDays(YEAR_END_DAYS)) && isOnOrBefore(ended, ctx.end())) {
			flag.accept(latest);
		}
	}

	/**
	 * SW12: each care episode (not a short break) that starts a period (RNE S) or ends
	 * one (REC other than X1), from the given day, must overlap a social worker episode.
	 * The public validator tests only one side of each date; the DfE intent, a social
	 * worker for the whole time in care, is read here as an overlap.
	 */
	private static void uncoveredStartsAndEnds(ChildRecords child, ValidationContext ctx, LocalDate from,
			Consumer<Row> flag) {
		List<Row> social = datedSwEpisodes(child);
		for (Row episode : child.rows(EPISODES)) {
			if (Episodes.isShortBreak(episode) || episode.dateOrNull(Columns.DECOM) == null) {
				continue;
			}
			boolean starts = is(episode, Columns.RNE, "S");
			boolean ends = leftCare(episode);
			boolean inWindow = from.isBefore(ctx.start())
					? episode.isBlank(Columns.DEC)
							|| ChildChecks.isWithin(episode.dateOrNull(Columns.DEC), from, ctx.end())
					: (starts && ChildChecks.isWithin(episode.dateOrNull(Columns.DECOM), from, ctx.end()))
							|| (ends && ChildChecks.isWithin(episode.dateOrNull(Columns.DEC), from, ctx.end()));
			if ((starts || ends) && inWindow && !overlapsAny(episode, social, ctx)) {
				flag.accept(episode);
			}
		}
	}

	private static boolean overlapsAny(Row episode, List<Row> social, ValidationContext ctx) {
		LocalDate start = episode.dateOrNull(Columns.DECOM);
		LocalDate end = ChildChecks.endOrYearEnd(episode, ctx);
		for (Row worker : social) {
			LocalDate workerEnd = worker.dateOrNull(Columns.SW_DEC);
			if (isOnOrBefore(worker.dateOrNull(Columns.SW_DECOM), end)
					&& (worker.isBlank(Columns.SW_DEC) || (workerEnd != null && !workerEnd.isBefore(start)))) {
				return true;
			}
		}
		return false;
	}

}
