package org.ssda903.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The children behind every kpi.csv row of a pack, for the drill-down (kpi/children.csv)
 * that lets a performance officer check a figure child by child. Each row's children are
 * held compactly as places in the list of child ids the pack's pass read, so that a
 * national pack's millions of them fit in the heap. Personal data: written to the run
 * folder only, never to the committee report.
 */
public final class KpiDrillDown {

	private static final KpiDrillDown NONE = new KpiDrillDown(List.of(), new TreeMap<>());

	private final List<String> childIds;

	private final SortedMap<LocalDate, List<MemberList>> members;

	/**
	 * @param childIds every child of the pass, in the order read
	 * @param members for each quarter end, the children of each of its rows in row order
	 */
	KpiDrillDown(List<String> childIds, SortedMap<LocalDate, List<MemberList>> members) {
		this.childIds = List.copyOf(childIds);
		this.members = new TreeMap<>(members);
	}

	/** No children behind any row, as for a pack made up by hand. */
	public static KpiDrillDown none() {
		return NONE;
	}

	/**
	 * The children of each row of the quarter end, in the order of its rows; empty when
	 * none were recorded.
	 */
	List<MemberList> rowsOf(LocalDate day) {
		return this.members.getOrDefault(day, List.of());
	}

	/** The id of the child at the place in the pass. */
	String childId(int index) {
		return this.childIds.get(index);
	}

	/** How many children the pass read. */
	int children() {
		return this.childIds.size();
	}

}
