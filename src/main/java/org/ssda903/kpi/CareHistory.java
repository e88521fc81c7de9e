package org.ssda903.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ssda903.common.Futures;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.ChildSource;
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
 * @param years the children of each collection year's return, by the year it ends, read a
 * slice at a time
 */
public record CareHistory(SortedMap<Integer, ChildSource> years) {

	/**
	 * The tables the KPIs read, the only ones read from the store; a KPI that reads
	 * another table adds it here ({@code CareHistoryTests} checks the KPI sources name no
	 * other). A child held only in other tables is still a child of the year, with no
	 * rows.
	 */
	public static final Set<Table> READ = Collections.unmodifiableSet(EnumSet.of(Table.HEADER, Table.EPISODES,
			Table.UASC, Table.MISSING, Table.OC2, Table.OC3, Table.SW_EPISODES));

	private static final String VISITING = "visiting the children for the KPIs";

	public CareHistory {
		years = new TreeMap<>(years);
	}

	public static CareHistory of(CollectionYear year, ChildSource children) {
		return new CareHistory(new TreeMap<>(Map.of(year.endYear(), children)));
	}

	/**
	 * The same history with a year added; a year already held is kept, as the newer
	 * record.
	 */
	public CareHistory with(CollectionYear year, ChildSource children) {
		SortedMap<Integer, ChildSource> more = new TreeMap<>(this.years);
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
	 * The children as a period ending on the day reads them, all held at once: for a test
	 * or a single period. Each child is as {@link #forEachChild} reads it.
	 */
	public List<ChildRecords> childrenAsAt(LocalDate day) {
		List<ChildRecords> children = new ArrayList<>();
		forEachChild(List.of(day), (dayIndex, child, index) -> children.add(child));
		return children;
	}

	/**
	 * Every child as each period ending on one of the days reads them, read a slice of
	 * child ids at a time (each year's return once for all the days), in child id order
	 * within each day. A day whose collection year is not held has no children.
	 * <p>
	 * Each child is the return of the year holding the day, preceded, year by year back,
	 * by what each earlier return adds: its episodes that start before the child's first
	 * DECOM in the next year's return (all of them when the next year has no episode of
	 * the child), and its missing rows the next year does not repeat (same MISSING and
	 * MIS_START). An episode or missing row taken from an earlier return without an end
	 * is one the next year did not continue, so it ended on that year's 31 March: a child
	 * who is not in a year's return is looked after on no day of it, and a row the loader
	 * rejected this year never comes back from last year. Copies that disagree on DECOM
	 * (rule 502) are both read as written.
	 * @return every child id of the years the days read, in order: a child's index in the
	 * visits is its place in this list
	 */
	public List<String> forEachChild(List<LocalDate> days, ChildVisitor visitor) {
		int lastYear = days.stream().mapToInt(CareHistory::yearOf).max().orElse(Integer.MIN_VALUE);
		SortedMap<Integer, ChildSource> read = (lastYear == Integer.MIN_VALUE) ? new TreeMap<>()
				: this.years.headMap(lastYear + 1);
		Set<String> union = new TreeSet<>();
		read.values().forEach((source) -> union.addAll(source.ids()));
		List<String> ids = List.copyOf(union);
		int sliceSize = read.values().stream().mapToInt(ChildSource::sliceSize).min().orElse(ChildSource.SLICE);
		// The slices are read on this thread, whose connection may hold the caller's
		// uncommitted writes (the kpi step trims last year's return before the pack),
		// and visited in order on one other thread while the next slice is read: the
		// visitor sees one thread, and at most two slices are held.
		ExecutorService visiting = Executors.newSingleThreadExecutor(Futures.daemonThreads("kpi-visit"));
		try {
			Future<?> visit = null;
			for (int from = 0; from < ids.size(); from += sliceSize) {
				List<String> slice = ids.subList(from, Math.min(ids.size(), from + sliceSize));
				SortedMap<Integer, Map<String, ChildRecords>> sliceYears = readSlice(read, slice);
				if (visit != null) {
					Futures.awaitAll(List.of(visit), VISITING);
				}
				int firstIndex = from;
				visit = visiting.submit(() -> visitSlice(days, slice, firstIndex, sliceYears, visitor));
			}
			if (visit != null) {
				Futures.awaitAll(List.of(visit), VISITING);
			}
		}
		finally {
			visiting.shutdownNow();
		}
		return ids;
	}

	/** Each year's rows of the slice's children, by id. */
	private static SortedMap<Integer, Map<String, ChildRecords>> readSlice(SortedMap<Integer, ChildSource> read,
			List<String> slice) {
		SortedMap<Integer, Map<String, ChildRecords>> sliceYears = new TreeMap<>();
		read.forEach((year, source) -> {
			Map<String, ChildRecords> byId = new HashMap<>();
			source.read(slice, READ).forEach((child) -> byId.put(child.child(), child));
			List<String> held = source.ids();
			for (String id : slice) {
				if (!byId.containsKey(id) && Collections.binarySearch(held, id) >= 0) {
					byId.put(id, new ChildRecords(id));
				}
			}
			sliceYears.put(year, byId);
		});
		return sliceYears;
	}

	private static void visitSlice(List<LocalDate> days, List<String> slice, int firstIndex,
			SortedMap<Integer, Map<String, ChildRecords>> sliceYears, ChildVisitor visitor) {
		// the days of one collection year read the same years, so read each child the
		// same
		Map<Integer, ChildRecords[]> childrenOfYear = new HashMap<>();
		for (int day = 0; day < days.size(); day++) {
			int yearOfDay = yearOf(days.get(day));
			SortedMap<Integer, Map<String, ChildRecords>> held = sliceYears.headMap(yearOfDay + 1);
			if (!held.containsKey(yearOfDay)) {
				continue;
			}
			ChildRecords[] children = childrenOfYear.computeIfAbsent(yearOfDay, (year) -> {
				ChildRecords[] built = new ChildRecords[slice.size()];
				for (int i = 0; i < slice.size(); i++) {
					built[i] = child(slice.get(i), held);
				}
				return built;
			});
			for (int i = 0; i < children.length; i++) {
				if (children[i] != null) {
					visitor.visit(day, children[i], firstIndex + i);
				}
			}
		}
	}

	/** The child as the newest of the held years reads it; null when no year holds it. */
	private static ChildRecords child(String id, SortedMap<Integer, Map<String, ChildRecords>> held) {
		List<Integer> newestFirst = new ArrayList<>(held.keySet());
		Collections.reverse(newestFirst);
		List<List<Row>> walkedBack = new ArrayList<>();
		ChildRecords own = held.get(newestFirst.get(0)).get(id);
		ChildRecords later = own;
		for (int year : newestFirst.subList(1, newestFirst.size())) {
			ChildRecords earlier = held.get(year).get(id);
			if (earlier != null) {
				walkedBack.add(addedBy(earlier, later, year));
			}
			later = earlier;
		}
		if (walkedBack.isEmpty()) {
			// nothing earlier to add: the year's own rows as read
			return own;
		}
		ChildRecords child = new ChildRecords(id);
		// oldest first, so that each table stays in the order the years were recorded
		for (int older = walkedBack.size() - 1; older >= 0; older--) {
			walkedBack.get(older).forEach(child::add);
		}
		if (own != null) {
			for (Table table : Table.values()) {
				own.rows(table).forEach(child::add);
			}
		}
		return child;
	}

	/** What {@link #forEachChild} gives, a child at a time. */
	@FunctionalInterface
	public interface ChildVisitor {

		/**
		 * @param day the index of the day in the days given
		 * @param child the child as the period ending on that day reads it
		 * @param index the child's place in the ids the pass returns
		 */
		void visit(int day, ChildRecords child, int index);

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
