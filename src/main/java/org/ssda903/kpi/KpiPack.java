package org.ssda903.kpi;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.ssda903.common.Progress;
import org.ssda903.kpi.local.LocalExtracts;
import org.ssda903.model.ChildSource;
import org.ssda903.reference.PostcodeLookup;

/**
 * The committee pack: the whole catalogue for the 12 months to a quarter end, and the
 * same for the four quarter ends before it as the trend, all from one care history.
 *
 * @param laCode the council
 * @param asAt the quarter end the pack is for
 * @param definitions the KPIs in id order
 * @param periods the rows of each quarter end held, oldest first; the last is
 * {@code asAt}
 * @param members the children behind the rows of each quarter end, for the drill-down
 * @param notCovered for each quarter end whose 12 months start before the earliest return
 * held, the days no return covers: its rows are computed on what there is
 * @param postcodesGiven whether distances and localities could be computed
 * @param benchmarks targets, and the comparators of England and of this council only
 */
public record KpiPack(String laCode, LocalDate asAt, List<KpiDefinition> definitions,
		SortedMap<LocalDate, List<KpiResult>> periods, KpiDrillDown members, SortedMap<LocalDate, KpiPeriod> notCovered,
		boolean postcodesGiven, KpiBenchmarks benchmarks) {

	/** Quarters shown in the trend, the pack's own included. */
	public static final int TREND_QUARTERS = 5;

	/**
	 * KPIs that read postcodes: without a lookup every distance is unknown, which would
	 * read as 0%.
	 */
	private static final Set<String> NEEDS_POSTCODES = Set.of("LOC-01", "LOC-02", "LOC-03");

	public KpiPack {
		definitions = List.copyOf(definitions);
		periods = new TreeMap<>(periods);
		notCovered = new TreeMap<>(notCovered);
		benchmarks = benchmarks.forCouncil(laCode);
	}

	/**
	 * Computes the pack.
	 * @param history the council's data: it must hold the collection year of {@code asAt}
	 * @param postcodes the lookup, or null when none was given
	 */
	public static KpiPack build(CareHistory history, String laCode, LocalDate asAt, PostcodeLookup postcodes,
			LocalExtracts local, KpiBenchmarks benchmarks) {
		return build(history, laCode, asAt, postcodes, local, ChildPopulation.none(), benchmarks);
	}

	/**
	 * Computes the pack with the council's child population, for CLA-02.
	 * @param population {@link ChildPopulation#none()} when no population file was given
	 */
	public static KpiPack build(CareHistory history, String laCode, LocalDate asAt, PostcodeLookup postcodes,
			LocalExtracts local, ChildPopulation population, KpiBenchmarks benchmarks) {
		return build(history, laCode, asAt, postcodes, local, population, benchmarks, Progress.silent());
	}

	/**
	 * Computes the pack in one pass over the children, a slice at a time, feeding each
	 * child as each quarter end reads it to every KPI of that quarter end; counts the
	 * children read.
	 */
	public static KpiPack build(CareHistory history, String laCode, LocalDate asAt, PostcodeLookup postcodes,
			LocalExtracts local, ChildPopulation population, KpiBenchmarks benchmarks, Progress progress) {
		if (!isQuarterEnd(asAt)) {
			throw new IllegalArgumentException(
					asAt + " is not a quarter end (31 March, 30 June, 30 September or" + " 31 December)");
		}
		if (!history.covers(asAt)) {
			throw new IllegalArgumentException("no stored 903 data for " + laCode + " covers " + asAt);
		}
		List<KpiCalculator> catalogue = KpiCatalogue.all();
		List<LocalDate> covered = trendDays(asAt).stream().filter(history::covers).toList();
		List<KpiContext> contexts = covered.stream()
			.map((day) -> new KpiContext(KpiPeriod.asAt(day), laCode,
					(postcodes == null) ? PostcodeLookup.none() : postcodes, local, population))
			.toList();
		List<List<KpiCalculator.Tally>> tallies = contexts.stream()
			.map((context) -> catalogue.stream().map((calculator) -> calculator.tally(context)).toList())
			.toList();
		progress.expectAbout(history.years().values().stream().mapToLong(ChildSource::size).max().orElse(0));
		int[] lastIndex = { -1 };
		List<String> ids = history.forEachChild(covered, (day, child, index) -> {
			ChildFacts facts = new ChildFacts(child, index, contexts.get(day));
			for (KpiCalculator.Tally tally : tallies.get(day)) {
				tally.add(facts);
			}
			if (index > lastIndex[0]) {
				progress.add(index - lastIndex[0]);
				lastIndex[0] = index;
			}
		});
		progress.finish();
		SortedMap<LocalDate, List<KpiResult>> periods = new TreeMap<>();
		SortedMap<LocalDate, List<MemberList>> members = new TreeMap<>();
		SortedMap<LocalDate, KpiPeriod> notCovered = new TreeMap<>();
		for (int d = 0; d < covered.size(); d++) {
			LocalDate day = covered.get(d);
			List<KpiResult> rows = new ArrayList<>();
			List<MemberList> rowMembers = new ArrayList<>();
			for (KpiCalculator.Tally tally : tallies.get(d)) {
				List<KpiResult> kpiRows = tally.rows();
				List<MemberList> kpiMembers = tally.members();
				for (int row = 0; row < kpiRows.size(); row++) {
					KpiResult result = kpiRows.get(row);
					MemberList children = (row < kpiMembers.size()) ? kpiMembers.get(row) : MemberList.NONE;
					boolean unknown = postcodes == null && needsPostcodes(result.kpiId(), result.breakdown());
					rows.add(unknown ? withoutDistances(result) : result);
					rowMembers.add(unknown ? children.withoutNumerator() : children);
				}
			}
			periods.put(day, rows);
			members.put(day, rowMembers);
			history.notCovered(KpiPeriod.asAt(day)).ifPresent((days) -> notCovered.put(day, days));
		}
		return new KpiPack(laCode, asAt, catalogue.stream().map(KpiCalculator::definition).toList(), periods,
				new KpiDrillDown(ids, members), notCovered, postcodes != null, benchmarks);
	}

	/** The same pack with the targets and comparators a report shows. */
	public KpiPack withBenchmarks(KpiBenchmarks given) {
		return new KpiPack(this.laCode, this.asAt, this.definitions, this.periods, this.members, this.notCovered,
				this.postcodesGiven, given);
	}

	/** The rows of the pack's own quarter. */
	public List<KpiResult> rows() {
		return this.periods.get(this.asAt);
	}

	/**
	 * The rows of every quarter end of the trend, oldest quarter first, each in KPI
	 * order.
	 */
	public List<KpiResult> allRows() {
		return this.periods.values().stream().flatMap(List::stream).toList();
	}

	/** The quarter ends of the trend, oldest first, ending with the day itself. */
	public static List<LocalDate> trendDays(LocalDate asAt) {
		List<LocalDate> days = new ArrayList<>();
		for (int quarter = TREND_QUARTERS - 1; quarter >= 0; quarter--) {
			LocalDate month = asAt.minusMonths(3L * quarter);
			days.add(month.withDayOfMonth(month.lengthOfMonth()));
		}
		return days;
	}

	public static boolean isQuarterEnd(LocalDate day) {
		Month month = day.getMonth();
		boolean quarterMonth = month == Month.MARCH || month == Month.JUNE || month == Month.SEPTEMBER
				|| month == Month.DECEMBER;
		return quarterMonth && day.getDayOfMonth() == day.lengthOfMonth();
	}

	/** The latest quarter end on or before the day. */
	public static LocalDate quarterEndOnOrBefore(LocalDate day) {
		LocalDate candidate = day;
		while (!isQuarterEnd(candidate)) {
			candidate = candidate.minusDays(1);
		}
		return candidate;
	}

	/**
	 * Without a lookup distances are unknown, and so are the numerator and who is in it.
	 */
	private static boolean needsPostcodes(String kpiId, String breakdown) {
		return NEEDS_POSTCODES.contains(kpiId) || breakdown.equals(Breakdown.LOCALITY.name());
	}

	/** Numerator and value blanked, the denominator still saying who it is about. */
	private static KpiResult withoutDistances(KpiResult row) {
		if (!needsPostcodes(row.kpiId(), row.breakdown())) {
			return row;
		}
		return new KpiResult(row.kpiId(), row.name(), row.periodStart(), row.periodEnd(), row.breakdown(),
				row.breakdownValue(), null, row.denominator(), null);
	}

}
