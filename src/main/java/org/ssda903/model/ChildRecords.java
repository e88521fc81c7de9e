package org.ssda903.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything loaded for one child across the 903 files. Rules and KPIs read a child at a
 * time, so that a rule that compares files never has to join them itself. Rows of each
 * table are in source-line order.
 */
public final class ChildRecords {

	private final String child;

	// by table ordinal, with an unmodifiable view made once: rules ask for a child's rows
	// hundreds of times
	private final List<Row>[] rowsByTable = newLists();

	private final List<Row>[] views = newLists();

	/**
	 * Sorted on first use and kept, because most sequence rules and KPIs read the same
	 * order.
	 */
	private List<Row> episodesByStart;

	private List<Row> datedEpisodesByStart;

	public ChildRecords(String child) {
		this.child = child;
	}

	public String child() {
		return this.child;
	}

	public void add(Row row) {
		int table = row.table().ordinal();
		if (this.rowsByTable[table] == null) {
			this.rowsByTable[table] = new ArrayList<>(2);
			this.views[table] = Collections.unmodifiableList(this.rowsByTable[table]);
		}
		this.rowsByTable[table].add(row);
		if (row.table() == Table.EPISODES) {
			this.episodesByStart = null;
			this.datedEpisodesByStart = null;
		}
	}

	/** The child's rows of a table, in source order; empty when none. */
	public List<Row> rows(Table table) {
		List<Row> rows = this.views[table.ordinal()];
		return rows == null ? List.of() : rows;
	}

	public boolean has(Table table) {
		return this.rowsByTable[table.ordinal()] != null;
	}

	/**
	 * The child's header row, or null when there is none (itself a finding of the
	 * integrity rules).
	 */
	public Row header() {
		List<Row> rows = this.rowsByTable[Table.HEADER.ordinal()];
		return rows == null ? null : rows.get(0);
	}

	@SuppressWarnings("unchecked")
	private static List<Row>[] newLists() {
		return new List[Table.values().length];
	}

	/**
	 * Episodes sorted by DECOM then line, the order every sequence rule and KPI uses
	 * (ssda903.md 4.2); undated episodes come last. The list is unmodifiable and computed
	 * once until another episode is added.
	 */
	public List<Row> episodesByStart() {
		if (this.episodesByStart == null) {
			List<Row> episodes = new ArrayList<>(rows(Table.EPISODES));
			episodes.sort(Episodes.BY_START);
			this.episodesByStart = Collections.unmodifiableList(episodes);
		}
		return this.episodesByStart;
	}

	/**
	 * {@link #episodesByStart()} without the episodes whose DECOM is not a valid date,
	 * which sort last.
	 */
	public List<Row> datedEpisodesByStart() {
		if (this.datedEpisodesByStart == null) {
			List<Row> episodes = episodesByStart();
			int dated = episodes.size();
			while (dated > 0 && episodes.get(dated - 1).dateOrNull(Columns.DECOM) == null) {
				dated--;
			}
			this.datedEpisodesByStart = episodes.subList(0, dated);
		}
		return this.datedEpisodesByStart;
	}

}
