package org.ssda903.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ssda903.model.CodeGroups;
import org.ssda903.model.Columns;
import org.ssda903.model.Row;

/** Counts placements for STB-01 (kpi-core.md, "Placements"). */
final class Placements {

	private static final Set<String> ADOPTION_WITH_CURRENT_CARERS = Set.of("A3", "A5");

	private Placements() {
	}

	/**
	 * The number of placements among the episodes, which must be sorted by DECOM.
	 * Temporary episodes are not placements; an episode that changes only the legal
	 * status, that turns the current foster placement into an adoption placement, or that
	 * goes back to the placement a temporary move interrupted is not a new placement.
	 */
	static int count(List<Row> episodesByStart) {
		int placements = 0;
		Row lastPlacement = null;
		boolean afterTemporary = false;
		for (Row episode : episodesByStart) {
			if (CodeGroups.TEMPORARY_PLACEMENTS.contains(episode.get(Columns.PLACE))) {
				afterTemporary = true;
				continue;
			}
			if (lastPlacement == null || isNewPlacement(episode, lastPlacement, afterTemporary)) {
				placements++;
			}
			lastPlacement = episode;
			afterTemporary = false;
		}
		return placements;
	}

	/**
	 * The DECOM of the episode that began the last placement among the episodes (sorted
	 * by DECOM), by the same rules as {@link #count}: how long a child has been with the
	 * current carers. Null when none is a placement.
	 */
	static LocalDate currentPlacementStart(List<Row> episodesByStart) {
		LocalDate start = null;
		Row lastPlacement = null;
		boolean afterTemporary = false;
		for (Row episode : episodesByStart) {
			if (CodeGroups.TEMPORARY_PLACEMENTS.contains(episode.get(Columns.PLACE))) {
				afterTemporary = true;
				continue;
			}
			if (lastPlacement == null || isNewPlacement(episode, lastPlacement, afterTemporary)) {
				start = episode.dateOrNull(Columns.DECOM);
			}
			lastPlacement = episode;
			afterTemporary = false;
		}
		return start;
	}

	private static boolean isNewPlacement(Row episode, Row lastPlacement, boolean afterTemporary) {
		String rne = episode.get(Columns.RNE);
		if (rne.equals("L")) {
			return false;
		}
		if ((rne.equals("T") || rne.equals("U")) && ADOPTION_WITH_CURRENT_CARERS.contains(episode.get(Columns.PLACE))) {
			return false;
		}
		return !(afterTemporary && samePlacement(episode, lastPlacement));
	}

	private static boolean samePlacement(Row episode, Row other) {
		return episode.get(Columns.PLACE).equals(other.get(Columns.PLACE))
				&& episode.get(Columns.PL_POST).equals(other.get(Columns.PL_POST))
				&& episode.get(Columns.URN).equals(other.get(Columns.URN));
	}

}
