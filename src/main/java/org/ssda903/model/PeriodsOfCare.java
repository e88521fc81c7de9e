package org.ssda903.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A child's periods of care, rebuilt from gaps between episodes (kpi-core.md, "Period of
 * care"; ssda903.md 4.3). Episodes sorted by DECOM form runs: a new period begins at the
 * first episode and at every episode whose DECOM is later than the previous episode's
 * DEC; an episode after one with a blank (or unreadable) DEC, or overlapping it,
 * continues the period. RNE and REC are not read, so that a wrongly coded episode cannot
 * split or join periods.
 */
public final class PeriodsOfCare {

	/**
	 * One period of care.
	 *
	 * @param start the DECOM of its first episode: the earliest reached, when the files
	 * do not reach back further
	 * @param episodes its episodes by DECOM
	 */
	public record Period(LocalDate start, List<Row> episodes) {

		public Period {
			episodes = List.copyOf(episodes);
		}

		/**
		 * The DEC of its last episode, or null while the period is open (or that DEC is
		 * unreadable).
		 */
		public LocalDate end() {
			return this.episodes.get(this.episodes.size() - 1).dateOrNull(Columns.DEC);
		}

		public boolean contains(Row episode) {
			return this.episodes.contains(episode);
		}

	}

	private PeriodsOfCare() {
	}

	/**
	 * The periods of care over the child's episodes other than short breaks (V3/V4),
	 * walking back into last year's return when given.
	 * @param current the child in this year's extract
	 * @param previousYear the same child in last year's return, or null when last year's
	 * return is not available or does not have the child
	 */
	public static List<Period> of(ChildRecords current, ChildRecords previousYear) {
		return fromEpisodes(withoutShortBreaks(current),
				previousYear == null ? List.of() : withoutShortBreaks(previousYear));
	}

	/**
	 * The periods of care over the given episodes, whatever their legal status. Last
	 * year's episodes are used only before this year's first DECOM: from there on, this
	 * year's file is the record (the episode open at 31 March is in both files with the
	 * same DECOM). Episodes without a valid DECOM belong to no period.
	 */
	public static List<Period> fromEpisodes(List<Row> current, List<Row> previousYear) {
		List<Row> currentSorted = sortedWithStart(current);
		List<Row> chain = new ArrayList<>();
		if (!currentSorted.isEmpty()) {
			LocalDate firstCurrentStart = currentSorted.get(0).dateOrNull(Columns.DECOM);
			for (Row episode : sortedWithStart(previousYear)) {
				if (episode.dateOrNull(Columns.DECOM).isBefore(firstCurrentStart)) {
					chain.add(episode);
				}
			}
		}
		chain.addAll(currentSorted);
		return runs(chain);
	}

	/** The period that holds the episode, if the episode is in any. */
	public static Optional<Period> containing(List<Period> periods, Row episode) {
		return periods.stream().filter((period) -> period.contains(episode)).findFirst();
	}

	private static List<Period> runs(List<Row> sorted) {
		List<Period> periods = new ArrayList<>();
		List<Row> run = new ArrayList<>();
		Row previous = null;
		for (Row episode : sorted) {
			if (previous != null && startsAfterGap(episode, previous)) {
				periods.add(new Period(run.get(0).dateOrNull(Columns.DECOM), run));
				run = new ArrayList<>();
			}
			run.add(episode);
			previous = episode;
		}
		if (!run.isEmpty()) {
			periods.add(new Period(run.get(0).dateOrNull(Columns.DECOM), run));
		}
		return periods;
	}

	private static boolean startsAfterGap(Row episode, Row previous) {
		LocalDate previousEnd = previous.dateOrNull(Columns.DEC);
		return previousEnd != null && episode.dateOrNull(Columns.DECOM).isAfter(previousEnd);
	}

	private static List<Row> withoutShortBreaks(ChildRecords child) {
		return child.rows(Table.EPISODES).stream().filter((episode) -> !Episodes.isShortBreak(episode)).toList();
	}

	private static List<Row> sortedWithStart(List<Row> episodes) {
		List<Row> sorted = new ArrayList<>();
		for (Row episode : episodes) {
			if (episode.dateOrNull(Columns.DECOM) != null) {
				sorted.add(episode);
			}
		}
		sorted.sort(Episodes.BY_START);
		return sorted;
	}

}
