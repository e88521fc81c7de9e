package org.ssda903.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssda903.kpi.KpiTesting.summary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.ssda903.kpi.local.LocalExtracts;
import org.ssda903.kpi.report.CommitteeReport;
import org.ssda903.kpi.report.ReportContext;
import org.ssda903.model.ChildRecords;
import org.ssda903.model.ChildSource;
import org.ssda903.model.CollectionYear;
import org.ssda903.model.Columns;
import org.ssda903.model.Row;
import org.ssda903.model.Table;
import org.ssda903.reference.PostcodeLookup;
import org.ssda903.support.WatchedChildSource;

/**
 * The care history of kpi-core.md, "Periods that reach into an earlier collection year",
 * on a hand-made council of two returns, 2023-24 and 2024-25. Every expected figure is
 * worked out by hand in the comments.
 */
class CareHistoryTests {

	private static final ReportContext REPORT = new ReportContext("Thurrock", LocalDate.of(2025, 3, 31), "a test",
			null);

	static final LocalDate JUNE_2024 = LocalDate.of(2024, 6, 30);

	static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 31);

	/*
	 * 2023-24 return | 2024-25 return A 01/05/2023 S U4 open; missing M 10/03/2024 open |
	 * absent B 01/01/2024 S U4 open | header only (its episode row was rejected) C
	 * 01/02/2024 S U4 open | 05/02/2024 S U4 to 01/06/2024 X1 (rule 502: DECOM |
	 * differs); 01/06/2024 P U5 open D 01/03/2024 S U4 open | 25/02/2024 S U4 open (502,
	 * the other way) E 01/10/2023 S U4 open | 01/10/2023 S U4 to 15/05/2024 E4A F
	 * 01/06/2023 S U4 to 01/09/2023 E4A | absent G - | 01/05/2024 S K2 open H 01/06/2023
	 * S U4 open; missing M 20/03/2024 open | 01/06/2023 S U4 open; missing M 20/03/2024
	 * to | 02/04/2024; OC2 health assessment 1
	 *
	 * Read for a period ending in 2024-25, from the 2023-24 return come: A's and B's
	 * episodes (no 2024-25 episode), ended 31/03/2024; C's 01/02/2024 copy (earlier than
	 * C's first 2024-25 DECOM 05/02/2024), ended 31/03/2024; F's episode; A's missing
	 * row, ended 31/03/2024. Not D's 01/03/2024 copy (not before 25/02/2024), nor E's and
	 * H's (same DECOM), nor H's missing row (same MISSING and MIS_START in 2024-25).
	 */
	static Map<String, ChildRecords> lastYear() {
		return byId(new Extract().episode("A", "01/05/2023", "S", "C2", "U4", "", "")
			.missing("A", "M", "10/03/2024", "")
			.episode("B", "01/01/2024", "S", "C2", "U4", "", "")
			.episode("C", "01/02/2024", "S", "C2", "U4", "", "")
			.episode("D", "01/03/2024", "S", "C2", "U4", "", "")
			.episode("E", "01/10/2023", "S", "C2", "U4", "", "")
			.episode("F", "01/06/2023", "S", "C2", "U4", "01/09/2023", "E4A")
			.episode("H", "01/06/2023", "S", "C2", "U4", "", "")
			.missing("H", "M", "20/03/2024", "")
			.children());
	}

	static Map<String, ChildRecords> thisYear() {
		return byId(new Extract().header("B", "M", "01/01/2010")
			.episode("C", "05/02/2024", "S", "C2", "U4", "01/06/2024", "X1")
			.episode("C", "01/06/2024", "P", "C2", "U5", "", "")
			.episode("D", "25/02/2024", "S", "C2", "U4", "", "")
			.episode("E", "01/10/2023", "S", "C2", "U4", "15/05/2024", "E4A")
			.episode("G", "01/05/2024", "S", "C2", "K2", "", "")
			.episode("H", "01/06/2023", "S", "C2", "U4", "", "")
			.missing("H", "M", "20/03/2024", "02/04/2024")
			.oc2("H", "1")
			.children());
	}

	static CareHistory twoYears() {
		return CareHistory.of(new CollectionYear(2025), ChildSource.of(thisYear()))
			.with(new CollectionYear(2024), ChildSource.of(lastYear()));
	}

	static Stream<Arguments> coreFigures() {
		return Stream.of(
				// 12 months to 30/06/2024 (01/07/2023 to 30/06/2024), across 1 April 2024
				// open on 30/06/2024: C (01/06/2024), D, G, H; not A or B, whose 2023-24
				// episodes ended 31/03/2024
				Arguments.of(JUNE_2024, "CLA-01", "4/ 4"),
				// RNE S with DECOM in the period: B 01/01/2024, C, D 25/02/2024, E
				// 01/10/2023, G; A and H started
				// before 01/07/2023
				Arguments.of(JUNE_2024, "CLA-03", "5/ 5"),
				// ended with a REC other than X1 in the period: E 15/05/2024, F
				// 01/09/2023; A's and B's taken ends
				// have no REC
				Arguments.of(JUNE_2024, "CLA-04", "2/ 2"),
				// foster care at the end: C U5, D U4, H U4; G is in K2
				Arguments.of(JUNE_2024, "PLC-01", "3/4 75.0"),
				// C: both copies read as written, 01/02/2024 U4, 05/02/2024 U4 (RNE S, a
				// new placement), 01/06/2024
				// U5: 3 placements. D: the 2023-24 copy is not read: 1
				Arguments.of(JUNE_2024, "STB-01", "1/4 25.0"),
				// looked after at the end in a period of care that began by 01/07/2023: H
				// (01/06/2023), assessed
				Arguments.of(JUNE_2024, "HLT-01", "1/1 100.0"),
				// looked after in the period: A, B, C, D, E, F, G, H; missing in it: A
				// (10/03/2024, ended
				// 31/03/2024), H (20/03/2024 to 02/04/2024, read once)
				Arguments.of(JUNE_2024, "MIS-01", "2/8 25.0"),
				// returned home: E 01/10/2023 to 15/05/2024 = 227 days, F 01/06/2023 to
				// 01/09/2023 = 92 days;
				// median (92 + 227) / 2
				Arguments.of(JUNE_2024, "PRM-02", "/2 159.5"),
				// 2024-25 (01/04/2024 to 31/03/2025)
				// open on 31/03/2025: C, D, G, H; A and B are not in 2024-25's return, so
				// in care on no day of it
				Arguments.of(MARCH_2025, "CLA-01", "4/ 4"), Arguments.of(MARCH_2025, "CLA-03", "1/ 1"),
				Arguments.of(MARCH_2025, "CLA-04", "1/ 1"), Arguments.of(MARCH_2025, "PLC-01", "3/4 75.0"),
				// C's 01/02/2024 copy ended 31/03/2024, before the period: 2 placements;
				// nobody has 3
				Arguments.of(MARCH_2025, "STB-01", "0/4 0.0"),
				// period of care began by 01/04/2024: C (01/02/2024, its copies overlap),
				// D (25/02/2024), H;
				// assessed H
				Arguments.of(MARCH_2025, "HLT-01", "1/3 33.3"),
				// looked after in the period: C, D, E, G, H; missing in it: H
				Arguments.of(MARCH_2025, "MIS-01", "1/5 20.0"), Arguments.of(MARCH_2025, "PRM-02", "/1 227.0"));
	}

	@ParameterizedTest(name = "{1} for the 12 months to {0}: {2}")
	@MethodSource("coreFigures")
	void readsEachPeriodAsKpiCoreDefines(LocalDate day, String kpiId, String expected) {
		List<KpiResult> rows = core(twoYears(), day);
		KpiResult overall = rows.stream()
			.filter((row) -> row.kpiId().equals(kpiId) && row.isOverall())
			.findFirst()
			.orElseThrow();
		assertThat(summary(overall)).isEqualTo(expected);
	}

	@Test
	void aChildAbsentThisYearIsInCareOnNoDayOfIt() {
		ChildRecords a = child(twoYears().childrenAsAt(MARCH_2025), "A");
		assertThat(a.rows(Table.EPISODES)).singleElement()
			.satisfies((episode) -> assertThat(episode.get("DEC")).isEqualTo("31/03/2024"));
		assertThat(a.rows(Table.MISSING)).singleElement()
			.satisfies((row) -> assertThat(row.get("MIS_END")).isEqualTo("31/03/2024"));
	}

	@Test
	void snapshotTablesComeFromTheYearHoldingThePeriodEnd() {
		// H's OC2 row is in 2024-25 only: at 31/03/2024 (a 2023-24 period) H has none
		ChildRecords h = child(twoYears().childrenAsAt(LocalDate.of(2024, 3, 31)), "H");
		assertThat(h.rows(Table.OC2)).isEmpty();
		assertThat(h.rows(Table.MISSING)).singleElement().satisfies((row) -> assertThat(row.get("MIS_END")).isEmpty());
	}

	@Test
	void aChildHeldOnlyInTablesNoKpiReadsIsStillAChildOfTheYear() {
		Map<String, ChildRecords> year = thisYear();
		String[] review = new String[Table.REVIEWS.columns().size()];
		Arrays.fill(review, "");
		review[Table.REVIEWS.indexOf(Columns.CHILD)] = "R";
		ChildRecords reviewedOnly = new ChildRecords("R");
		reviewedOnly.add(new Row(Table.REVIEWS, 2, review));
		year.put("R", reviewedOnly);

		List<ChildRecords> children = CareHistory.of(new CollectionYear(2025), ChildSource.of(year))
			.childrenAsAt(MARCH_2025);

		assertThat(child(children, "R").rows(Table.REVIEWS)).isEmpty();
		assertThat(children).extracting(ChildRecords::child).containsExactlyElementsOf(year.keySet());
	}

	@Test
	void slicesAreReadOnTheCallersThreadWhichHoldsItsTransactionAndVisitedInOrderOnOneThread() {
		Thread caller = Thread.currentThread();
		Set<Thread> readers = ConcurrentHashMap.newKeySet();
		Set<Thread> visitors = ConcurrentHashMap.newKeySet();
		List<String> visited = new ArrayList<>();
		CareHistory history = CareHistory.of(new CollectionYear(2025), readOnTwos(thisYear(), readers))
			.with(new CollectionYear(2024), readOnTwos(lastYear(), readers));

		List<String> ids = history.forEachChild(List.of(JUNE_2024, MARCH_2025), (day, child, index) -> {
			visitors.add(Thread.currentThread());
			visited.add(day + " " + index + " " + child.child());
		});

		// the store's connection bound to the kpi step holds its trim of last year's
		// return, which no other connection sees before the step commits
		assertThat(readers).containsExactly(caller);
		// the KPIs' tallies are not shared between threads
		assertThat(visitors).hasSize(1);
		assertThat(ids).containsExactly("A", "B", "C", "D", "E", "F", "G", "H");
		// slice by slice, each day's children in id order: the drill-down numbers
		// children by their place in that order
		assertThat(visited).containsExactly("0 0 A", "0 1 B", "1 0 A", "1 1 B", "0 2 C", "0 3 D", "1 2 C", "1 3 D",
				"0 4 E", "0 5 F", "1 4 E", "1 5 F", "0 6 G", "0 7 H", "1 6 G", "1 7 H");
	}

	/** The children in slices of two, noting the threads that read them. */
	private static ChildSource readOnTwos(Map<String, ChildRecords> children, Set<Thread> readers) {
		return WatchedChildSource.of(ChildSource.of(children), 2, (ids) -> readers.add(Thread.currentThread()));
	}

	@Test
	void theKpisNameNoTableTheHistoryLeavesUnread() throws IOException {
		Pattern named = Pattern.compile("\\bTable\\.([A-Z][A-Z0-9_]*)\\b");
		Set<Table> named903Tables = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/ssda903/kpi"))) {
			for (Path source : sources.filter((p) -> p.toString().endsWith(".java")).toList()) {
				named.matcher(Files.readString(source))
					.results()
					.forEach((match) -> named903Tables.add(Table.valueOf(match.group(1))));
			}
		}
		assertThat(named903Tables).contains(Table.EPISODES).isSubsetOf(CareHistory.READ);
	}

	@Test
	void saysWhichDaysNoReturnCovers() throws IOException {
		CareHistory thisYearOnly = CareHistory.of(new CollectionYear(2025), ChildSource.of(thisYear()));
		// 01/07/2023 to 31/03/2024: 275 days before the 2024-25 return
		assertThat(thisYearOnly.notCovered(KpiPeriod.asAt(JUNE_2024)))
			.contains(new KpiPeriod(LocalDate.of(2023, 7, 1), LocalDate.of(2024, 3, 31)));
		assertThat(thisYearOnly.notCovered(KpiPeriod.asAt(MARCH_2025))).isEmpty();
		assertThat(twoYears().notCovered(KpiPeriod.asAt(JUNE_2024))).isEmpty();

		KpiPack pack = KpiPack.build(thisYearOnly, KpiTesting.COUNCIL, MARCH_2025, null, LocalExtracts.none(),
				KpiBenchmarks.none());
		assertThat(pack.notCovered()).containsOnlyKeys(JUNE_2024, LocalDate.of(2024, 9, 30),
				LocalDate.of(2024, 12, 31));
		ByteArrayOutputStream coverage = new ByteArrayOutputStream();
		KpiOutputs.of(pack, REPORT).get(KpiOutputs.COVERAGE_CSV).writeTo(coverage);
		// 31/03/2024 is in no return held, so it has no rows; 01/10/2023 to 31/03/2024 is
		// 183 days
		assertThat(coverage.toString(StandardCharsets.UTF_8)).isEqualTo("""
				period_start,period_end,not_covered_start,not_covered_end,days_not_covered
				2023-07-01,2024-06-30,2023-07-01,2024-03-31,275
				2023-10-01,2024-09-30,2023-10-01,2024-03-31,183
				2024-01-01,2024-12-31,2024-01-01,2024-03-31,91
				2024-04-01,2025-03-31,,,0
				""");
		assertThat(CommitteeReport.renderHtml(pack, REPORT))
			.contains("No stored return covers 1 July 2023 to 31 March 2024");
	}

	private static List<KpiResult> core(CareHistory history, LocalDate day) {
		return new KpiEngine(KpiCatalogue.core()).compute(new KpiInputs(history.childrenAsAt(day), KpiPeriod.asAt(day),
				KpiTesting.COUNCIL, PostcodeLookup.none(), LocalExtracts.none()));
	}

	private static ChildRecords child(List<ChildRecords> children, String id) {
		return children.stream().filter((c) -> c.child().equals(id)).findFirst().orElseThrow();
	}

	private static Map<String, ChildRecords> byId(List<ChildRecords> children) {
		Map<String, ChildRecords> byId = new TreeMap<>();
		children.forEach((child) -> byId.put(child.child(), child));
		return byId;
	}

}
