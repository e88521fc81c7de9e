package org.ssda903.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything loaded for one child across the 903 files. Rules and KPIs read a child at a time, so that a rule that
 * compares files never has to join them itself. Rows of each table are in source-line order.
 */
public final class ChildRecords {

	private final String child;

	private final Map<Table, List<Row>> rowsByTable = new EnumMap<>(Table.class);

	/** Sorted on first use and kept, because most sequence rules and KPIs read the same order. */
	private List<Row> episodesByStart;

	public ChildRecords(String child) {
		this.child = child;
	}

	public String child() {
		return this.child;
	}

	public void add(Row row) {
		this.rowsByTable.computeIfAbsent(row.table(), (t) -> new ArrayList<>()).add(row);
		if (row.table() == Table.EPISODES) {
			this.episodesByStart = null;
		}
	}

	/** The child's rows of a table, in source order; empty when none. */
	public List<Row> rows(Table table) {
		List<Row> rows = this.rowsByTable.get(table);
		return rows == null ? List.of() : Collections.unmodifiableList(rows);
	}

	public boolean has(Table table) {
		return !rows(table).isEmpty();
	}

	/** The child's header row, or null when there is none (itself a finding of the integrity rules). */
	public Row header() {
		List<Row> rows = rows(Table.HEADER);
		return rows.isEmpty() ? null : rows.get(0);
	}

	/**
	 * Episodes sorted by DECOM then line, the order every sequence rule and KPI uses (ssda903.md 4.2); undated
	 * episodes come last. The list is unmodifiable and computed once until another episode is added.
	 */
	public List<Row> episodesByStart() {
		if (this.episodesByStart == null) {
			List<Row> episodes = new ArrayList<>(rows(Table.EPISODES));
			episodes.sort(Episodes.BY_START);
			this.episodesByStart = Collections.unmodifiableList(episodes);
		}
		return this.episodesByStart;
	}

}
