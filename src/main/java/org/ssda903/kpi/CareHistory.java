package org.ssda903.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.CollectionYear;
import org.ssda903.model.Row;
import org.ssda903.model.Table;

/**
 * A council's 903 data year by year, from which the KPIs of any 12 months can be computed without loading an
 * extract again. Episode histories are joined across years; the annual tables (OC2, OC3, reviews, adoption) are
 * read from the collection year that holds the day the KPIs are taken at, since they describe that year only.
 *
 * @param years the children of each collection year, by the year it ends
 */
public record CareHistory(SortedMap<Integer, Map<String, ChildRecords>> years) {

	private static final Set<Table> CARRIED_ACROSS_YEARS = Set.of(Table.HEADER, Table.EPISODES, Table.UASC,
			Table.MISSING, Table.SW_EPISODES);

	public CareHistory {
		years = new TreeMap<>(years);
	}

	public static CareHistory of(CollectionYear year, Map<String, ChildRecords> children) {
		return new CareHistory(new TreeMap<>(Map.of(year.endYear(), children)));
	}

	/** The same history with a year added; a year already held is kept, as the newer record. */
	public CareHistory with(CollectionYear year, Map<String, ChildRecords> children) {
		SortedMap<Integer, Map<String, ChildRecords>> more = new TreeMap<>(this.years);
		more.putIfAbsent(year.endYear(), children);
		return new CareHistory(more);
	}

	/** The collection year that holds the day: 1 April to 31 March. */
	public static int yearOf(LocalDate day) {
		return (day.getMonthValue() >= 4) ? day.getYear() + 1 : day.getYear();
	}

	/** Whether the history holds the collection year of the day, so that KPIs can be taken at it. */
	public boolean covers(LocalDate day) {
		return this.years.containsKey(yearOf(day));
	}

	/** The last 31 March of the newest year held. */
	public LocalDate latestYearEnd() {
		return LocalDate.of(this.years.lastKey(), 3, 31);
	}

	/**
	 * The children as the KPIs taken at the day see them: every year up to the day's, joined oldest first. A later
	 * year's episodes are the record from the child's first DECOM in that year on (an episode open at 31 March is in
	 * both files), as {@link org.ssda903.model.PeriodsOfCare} walks back.
	 */
	public List<ChildRecords> childrenAsAt(LocalDate day) {
		Map<String, ChildRecords> joined = null;
		for (Map.Entry<Integer, Map<String, ChildRecords>> year : this.years.headMap(yearOf(day) + 1).entrySet()) {
			joined = (joined == null) ? year.getValue() : join(joined, year.getValue());
		}
		return (joined == null) ? List.of() : List.copyOf(joined.values());
	}

	private static Map<String, ChildRecords> join(Map<String, ChildRecords> older, Map<String, ChildRecords> newer) {
		Set<String> ids = new TreeSet<>(older.keySet());
		ids.addAll(newer.keySet());
		Map<String, ChildRecords> joined = new TreeMap<>();
		for (String id : ids) {
			ChildRecords before = older.getOrDefault(id, new ChildRecords(id));
			ChildRecords after = newer.getOrDefault(id, new ChildRecords(id));
			ChildRecords child = new ChildRecords(id);
			for (Table table : Table.values()) {
				List<Row> rows = CARRIED_ACROSS_YEARS.contains(table) ? joinRows(table, before, after) : after.rows(table);
				rows.forEach(child::add);
			}
			joined.put(id, child);
		}
		return joined;
	}

	private static List<Row> joinRows(Table table, ChildRecords before, ChildRecords after) {
		List<Row> rows = new ArrayList<>();
		switch (table) {
			case HEADER, UASC -> rows.addAll(after.has(table) ? after.rows(table) : before.rows(table));
			case EPISODES -> {
				LocalDate firstNewer = after.episodesByStart()
					.stream()
					.map((e) -> e.dateOrNull("DECOM"))
					.filter((d) -> d != null)
					.findFirst()
					.orElse(null);
				for (Row episode : before.rows(table)) {
					LocalDate decom = episode.dateOrNull("DECOM");
					if (firstNewer == null || (decom != null && decom.isBefore(firstNewer))) {
						rows.add(episode);
					}
				}
				rows.addAll(after.rows(table));
			}
			default -> {
				// missing incidents and social worker allocations open at 31 March are in both years: keep one
				String startColumn = (table == Table.MISSING) ? "MIS_START" : "SW_DECOM";
				Set<String> newerStarts = new HashSet<>();
				after.rows(table).forEach((row) -> newerStarts.add(row.get(startColumn)));
				before.rows(table).stream().filter((row) -> !newerStarts.contains(row.get(startColumn))).forEach(rows::add);
				rows.addAll(after.rows(table));
			}
		}
		return rows;
	}

}
