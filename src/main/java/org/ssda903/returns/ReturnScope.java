package org.ssda903.returns;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.CollectionYear;
import org.ssda903.model.Episodes;
import org.ssda903.model.Row;
import org.ssda903.model.Table;

/**
 * Which loaded rows belong in the year's return: the episodes open at any time in the
 * year, and every child-level row of the children who have one or who are care leavers
 * with an oc3.csv row (care leavers need not be looked after in the year to be in the
 * return). An episode whose DEC cannot be read is kept, as if still open, so that a data
 * error does not silently drop a child from the return.
 */
public final class ReturnScope {

	private ReturnScope() {
	}

	/**
	 * Whether the child is in the return: with an episode open at any time in the year,
	 * or a care leaver.
	 * @param child the child's episodes and oc3.csv rows at least; null for a child with
	 * neither
	 */
	public static boolean isInScope(ChildRecords child, CollectionYear year) {
		return child != null
				&& (child.has(Table.OC3) || child.rows(Table.EPISODES).stream().anyMatch((e) -> isInScope(e, year)));
	}

	/** Whether an episode of a child in the return is in it. */
	public static boolean isInScope(Row episode, CollectionYear year) {
		return Episodes.overlaps(episode, year.start(), year.end());
	}

	public static List<Row> select(Collection<ChildRecords> children, CollectionYear year) {
		List<Row> rows = new ArrayList<>();
		for (ChildRecords child : children) {
			List<Row> episodes = child.rows(Table.EPISODES).stream().filter((e) -> isInScope(e, year)).toList();
			if (episodes.isEmpty() && !child.has(Table.OC3)) {
				continue;
			}
			for (Table table : Table.values()) {
				rows.addAll(table == Table.EPISODES ? episodes : child.rows(table));
			}
		}
		return rows;
	}

}
