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

	public static List<Row> select(Collection<ChildRecords> children, CollectionYear year) {
		List<Row> rows = new ArrayList<>();
		for (ChildRecords child : children) {
			List<Row> episodes = child.rows(Table.EPISODES)
				.stream()
				.filter((e) -> Episodes.overlaps(e, year.start(), year.end()))
				.toList();
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
