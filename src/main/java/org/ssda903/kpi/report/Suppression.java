package org.ssda903.kpi.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.ssda903.kpi.Disclosure;

/**
 * Small-number suppression of a table whose rows partition a total shown elsewhere (the
 * KPI's overall row). Primary: a row with a count from 1 to 4 is hidden. Secondary: when
 * that leaves one hidden row, it would equal the total less the others, so the next
 * smallest row with children is hidden too.
 */
final class Suppression {

	private Suppression() {
	}

	/**
	 * Whether a count may be shown: the rule of every published file
	 * ({@link Disclosure}).
	 */
	static boolean disclosable(Integer count) {
		return Disclosure.disclosable(count);
	}

	/**
	 * The rows to hide.
	 * @param counts each row's counts (numerators and denominators of every column); null
	 * where blank
	 * @param sizes each row's size, to choose the secondary row: the one that gives away
	 * least
	 */
	static Set<Integer> hidden(List<List<Integer>> counts, List<Integer> sizes) {
		Set<Integer> hidden = new TreeSet<>();
		for (int i = 0; i < counts.size(); i++) {
			if (!counts.get(i).stream().allMatch(Suppression::disclosable)) {
				hidden.add(i);
			}
		}
		if (hidden.size() == 1) {
			List<Integer> candidates = new ArrayList<>();
			for (int i = 0; i < sizes.size(); i++) {
				Integer size = sizes.get(i);
				if (!hidden.contains(i) && size != null && size > 0) {
					candidates.add(i);
				}
			}
			candidates.stream().min(Comparator.comparing(sizes::get)).ifPresent(hidden::add);
		}
		return hidden;
	}

}
