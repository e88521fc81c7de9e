package org.ssda903.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.CollectionYear;
import org.ssda903.model.Columns;
import org.ssda903.model.Row;
import org.ssda903.model.Table;

/**
 * A council's 903 returns year by year, read as kpi-core.md, "Periods that reach into an
 * earlier collection year", says: the one reading of the data for every KPI period,
 * whichever command computes it, so that the nightly run's trend and {@code kpi --as-at}
 * over the same returns give the same figures.
 *
 * @param years the children of each collection year's return, by the year it ends
 */
public record CareHistory(SortedMap<Integer, Map<String, ChildRecords>> years) {

	public CareHistory {
		years = new TreeMap<>(years);
	}

	public static CareHistory of(CollectionYear year, Map<String, ChildRecords> children) {
		return new CareHistory(new TreeMap<>(Map.of(year.endYear(), children)));
	}

	/**
	 * The same history with a year added; a year already held is kept, as the newer
	 * record.
	 */
	public CareHistory with(CollectionYear year, Map<String, ChildRecords> children) {
		SortedMap<Integer, Map<String, ChildRecords>> more = new TreeMap<>(this.years);
		more.putIfAbsent(year.endYear(), children);
		return new CareHistory(more);
	}

	/** The collection year that holds the day: 1 April to 31 March. */
	public static int yearOf(LocalDate day) {
		return (day.getMonthValue() >= 4) ? day.getYear() + 1 : day.getYear();
	}

	/**
	 * Whether the history holds the collection year of the day, so that KPIs can be taken
	 * at it.
	 */
	public boolean covers(LocalDate day) {
		return this.years.containsKey(yearOf(day));
	}

	/** The last 31 March of the newest year held. */
	public LocalDate latestYearEnd() {
		return LocalDate.of(this.years.lastKey(), 3, 31);
	}

	/**
	 * The days of the period before the first day of the earliest return held; empty when
	 * every day is held.
	 */
	public Optional<KpiPeriod> notCovered(KpiPeriod period) {
		LocalDate firstHeld = LocalDate.of(this.years.firstKey() - 1, 4, 1);
		if (!period.start().isBefore(firstHeld)) {
			return Optional.empty();
		}
		LocalDate lastMissing = firstHeld.minusDays(1);
		return Optional
			.of(new KpiPeriod(period.start(), period.end().isBefore(lastMissing) ? period.end() : lastMissing));
	}

	/**
	 * The children as a period ending on the day reads them. Each child is the return of
	 * the year holding the day, preceded, year by year back, by what each earlier return
	 * adds: its episodes that start before the child's first DECOM in the next year's
	 * return (all of them when the next year has no episode of the child), and its
	 * missing rows the next year does not repeat (same MISSING and MIS_START). An episode
	 * or missing row taken from an earlier return without an end is one the next year did
	 * not continue, so it ended on that year's 31 March: a child who is not in a year's
	 * return is looked after on no day of it, and a row the loader rejected this year
	 * never comes back from last year. Copies that disagree on DECOM (rule 502) are both
	 * read as written.
	 */
	public List<ChildRecords> childrenAsAt(LocalDate day) {
		int yearOfDay = yearOf(day);
		SortedMap<Integer, Map<String, ChildRecords>> held = this.years.headMap(yearOfDay + 1);
		if (!held.containsKey(yearOfDay)) {
			return List.of();
		}
		Set<String> ids = new TreeSet<>();
		held.values().forEach((children) -> ids.addAll(children.keySet()));
		List<ChildRecords> children = new ArrayList<>(ids.size());
		for (String id : ids) {
			children.add(child(id, held));
		}
		return children;
	}

	private static ChildRecords child(String id, SortedMap<Integer, Map<String, ChildRecords>> held) {
		List<Integer> newestFirst = new ArrayList<>(held.keySet());
		Collections.reverse(newestFirst);
		List<List<Row>> walkedBack = new ArrayList<>();
		ChildRecords later = held.get(newestFirst.get(0)).get(id);
		for (int year : newestFirst.subList(1, newestFirst.size())) {
			ChildRecords earlier = held.get(year).get(id);
			if (earlier != null) {
				walkedBack.add(addedBy(earlier, later, year));
			}
			later = earlier;
		}
		ChildRecords child = new ChildRecords(id);
		// oldest first, so that each table stays in the order the years were recorded
		for (int older = walkedBack.size() - 1; older >= 0; older--) {
			walkedBack.get(older).forEach(child::add);
		}
		ChildRecords own = held.get(newestFirst.get(0)).get(id);
		if (own != null) {
			for (Table table : Table.values()) {
				own.rows(table).forEach(child::add);
			}
		}
		return child;
	}

	/**
	 * The episodes and missing rows an earlier year's return adds before the next year's
	 * return of the child.
	 */
	private static List<Row> addedBy(ChildRecords earlier, ChildRecords later, int year) {
		String yearEnd = "31/03/" + year;
		List<Row> rows = new ArrayList<>();
		LocalDate firstLater = (later == null) ? null
				: later.datedEpisodesByStart()
					.stream()
					.findFirst()
					.map((e) -> e.dateOrNull(Columns.DECOM))
					.orElse(null);
		for (Row episode : earlier.rows(Table.EPISODES)) {
			LocalDate decom = episode.dateOrNull(Columns.DECOM);
			if (firstLater == null || (decom != null && decom.isBefore(firstLater))) {
				rows.add(endedBy(episode, Columns.DEC, yearEnd));
			}
		}
		Set<List<String>> repeated = new HashSet<>();
		if (later != null) {
			later.rows(Table.MISSING)
				.forEach((row) -> repeated.add(List.of(row.get(Columns.MISSING), row.get(Columns.MIS_START))));
		}
		for (Row missing : earlier.rows(Table.MISSING)) {
			if (!repeated.contains(List.of(missing.get(Columns.MISSING), missing.get(Columns.MIS_START)))) {
				rows.add(endedBy(missing, Columns.MIS_END, yearEnd));
			}
		}
		return rows;
	}

	/**
	 * The row with a blank end column set to the given day; the row itself when it has an
	 * end.
	 */
	private static Row endedBy(Row row, String endColumn, String day) {
		if (row.isPresent(endColumn)) {
			return row;
		}
		String[] values = row.values().clone();
		values[row.table().indexOf(endColumn)] = day;
		return new Row(row.table(), row.line(), values);
	}

}
