package org.ssda903.validation;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The council's returns stored for collection years before the one being validated,
 * reduced to what the rules need of them: which children had an episode in each. A year
 * missing from the map has no stored return.
 *
 * @param childrenWithEpisodes by the year's end (2024 for 2023-24), the ids of the
 * children with an episode in that year's latest stored return
 */
public record StoredYears(Map<Integer, Set<String>> childrenWithEpisodes) {

	public StoredYears {
		childrenWithEpisodes = Map.copyOf(childrenWithEpisodes);
	}

	/** No stored year, as for a run on a new database or without one. */
	public static StoredYears none() {
		return new StoredYears(Map.of());
	}

	/** A return is stored for the collection year ending in 31 March of that year. */
	public boolean has(int endYear) {
		return this.childrenWithEpisodes.containsKey(endYear);
	}

	/** The child has an episode in some stored year. */
	public boolean hadEpisode(String child) {
		return this.childrenWithEpisodes.values().stream().anyMatch((children) -> children.contains(child));
	}

	/**
	 * The end year of the collection year that holds the day: 2025 for any day from 1
	 * April 2024 to 31 March 2025.
	 */
	public static int endYearOf(LocalDate day) {
		return day.getMonthValue() >= 4 ? day.getYear() + 1 : day.getYear();
	}

}
