package org.ssda903.kpi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The counts and children of a KPI's overall row and of each group of its breakdowns,
 * each child's group asked once per breakdown.
 */
final class BreakdownTally {

	private final List<Breakdown> breakdowns;

	private final int[] firstRow;

	private final int[] counted;

	private final int[] cohort;

	private final MemberList[] members;

	BreakdownTally(List<Breakdown> breakdowns) {
		this.breakdowns = breakdowns;
		this.firstRow = new int[breakdowns.size()];
		int rows = 1;
		for (int b = 0; b < breakdowns.size(); b++) {
			this.firstRow[b] = rows;
			rows += breakdowns.get(b).groups().size();
		}
		this.counted = new int[rows];
		this.cohort = new int[rows];
		this.members = new MemberList[rows];
		Arrays.setAll(this.members, (row) -> new MemberList());
	}

	/**
	 * A child of the cohort, in the numerator or not, in the overall row and its groups.
	 */
	void add(ChildFacts child, boolean inNumerator) {
		add(0, child, inNumerator);
		for (int b = 0; b < this.breakdowns.size(); b++) {
			int group = child.groupIndex(this.breakdowns.get(b));
			if (group >= 0) {
				add(this.firstRow[b] + group, child, inNumerator);
			}
		}
	}

	private void add(int row, ChildFacts child, boolean inNumerator) {
		this.cohort[row]++;
		if (inNumerator) {
			this.counted[row]++;
		}
		this.members[row].add(child.index(), inNumerator);
	}

	/** The rows, overall first, each made from its breakdown, group and counts. */
	List<KpiResult> rows(Row row) {
		List<KpiResult> rows = new ArrayList<>(this.cohort.length);
		rows.add(row.of("", "", this.counted[0], this.cohort[0]));
		for (int b = 0; b < this.breakdowns.size(); b++) {
			Breakdown breakdown = this.breakdowns.get(b);
			for (int g = 0; g < breakdown.groups().size(); g++) {
				int at = this.firstRow[b] + g;
				rows.add(row.of(breakdown.name(), breakdown.groups().get(g), this.counted[at], this.cohort[at]));
			}
		}
		return rows;
	}

	List<MemberList> members() {
		return Arrays.stream(this.members).map(MemberList::trimmed).toList();
	}

	/** Makes one row from its breakdown, group, numerator and cohort size. */
	@FunctionalInterface
	interface Row {

		KpiResult of(String breakdown, String group, int counted, int cohort);

	}

}
