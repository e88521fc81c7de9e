package org.ssda903.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import org.junit.jupiter.api.Test;

import org.ssda903.extract.ExtractLoader;
import org.ssda903.kpi.local.LocalExtractLoader;
import org.ssda903.kpi.local.LocalExtracts;
import org.ssda903.kpi.report.ReportContext;
import org.ssda903.model.ChildRecords;
import org.ssda903.model.ChildSource;
import org.ssda903.model.CollectionYear;
import org.ssda903.reference.PostcodeLookup;
import org.ssda903.reference.PostcodeLookupLoader;
import org.ssda903.support.WatchedChildSource;

/**
 * The pack's one pass over the children, a slice at a time, gives each quarter end the
 * rows and the drill-down that its KPIs give over that quarter end's children held whole.
 */
class KpiDrillDownTests {

	private static final LocalDate YEAR_END = LocalDate.of(2025, 3, 31);

	private static final ReportContext REPORT = new ReportContext("Thurrock", YEAR_END, "a test",
			new ReportContext.DataQuality(0, 0));

	@Test
	void theOnePassGivesEachQuarterEndWhatItsChildrenHeldWholeGive() throws IOException {
		CareHistory history = sample(ChildSource.SLICE);
		PostcodeLookup postcodes = PostcodeLookupLoader.load(Path.of("fixtures/reference/postcodes.csv"));
		LocalExtracts local = LocalExtractLoader.load(Path.of("fixtures/local/health-assessments.csv"),
				Path.of("fixtures/local/visits.csv"), Path.of("fixtures/local/foster-households.csv"),
				Path.of("fixtures/local/aftercare.csv"));

		KpiPack pack = KpiPack.build(history, KpiTesting.COUNCIL, YEAR_END, postcodes, local, KpiBenchmarks.none());

		StringWriter expected = new StringWriter();
		ICSVWriter csv = csv(expected);
		csv.writeNext(KpiOutputs.CHILDREN_HEADER, false);
		for (LocalDate day : pack.periods().keySet()) {
			KpiInputs inputs = new KpiInputs(history.childrenAsAt(day), KpiPeriod.asAt(day), KpiTesting.COUNCIL,
					postcodes, local);
			assertThat(pack.periods().get(day)).isEqualTo(new KpiEngine(KpiCatalogue.all()).compute(inputs));
			for (KpiCalculator calculator : KpiCatalogue.all()) {
				calculator.members(inputs).forEach((member) -> write(csv, member));
			}
		}
		csv.flush();
		assertThat(pack.periods()).hasSize(KpiPack.TREND_QUARTERS);
		assertThat(childrenCsv(pack)).isEqualTo(expected.toString());
	}

	@Test
	void smallSlicesGiveTheSamePack() throws IOException {
		PostcodeLookup postcodes = PostcodeLookupLoader.load(Path.of("fixtures/reference/postcodes.csv"));
		KpiPack whole = KpiPack.build(sample(ChildSource.SLICE), KpiTesting.COUNCIL, YEAR_END, postcodes,
				LocalExtracts.none(), KpiBenchmarks.none());
		KpiPack sliced = KpiPack.build(sample(7), KpiTesting.COUNCIL, YEAR_END, postcodes, LocalExtracts.none(),
				KpiBenchmarks.none());

		assertThat(sliced.periods()).isEqualTo(whole.periods());
		assertThat(childrenCsv(sliced)).isEqualTo(childrenCsv(whole));
	}

	@Test
	void withoutPostcodesNobodyIsKnownToBeInADistanceNumerator() throws IOException {
		KpiPack pack = KpiPack.build(sample(ChildSource.SLICE), KpiTesting.COUNCIL, YEAR_END, null,
				LocalExtracts.none(), KpiBenchmarks.none());

		List<String> distanceLines = childrenCsv(pack).lines()
			.filter((line) -> line.startsWith("LOC-") || line.contains(",locality,"))
			.toList();
		assertThat(distanceLines).isNotEmpty().allSatisfy((line) -> assertThat(line).endsWith(","));
	}

	@Test
	void aCareLeaverWithTwoOc3RowsIsListedTwiceAndOddIdsAreQuoted() throws IOException {
		List<ChildRecords> children = new Extract().oc3("A,1", "01/06/2005", "YES", "F1")
			.oc3("A,1", "01/06/2005", "NO", "G4")
			.oc3("B\"2", "01/06/2004", "YES", "F1")
			.children();
		CareHistory history = CareHistory.of(new CollectionYear(2025), ChildSource.of(children));

		KpiPack pack = KpiPack.build(history, KpiTesting.COUNCIL, YEAR_END, null, LocalExtracts.none(),
				KpiBenchmarks.none());

		List<String> cl02 = childrenCsv(pack).lines().filter((line) -> line.startsWith("CL-02,2025-03-31")).toList();
		assertThat(cl02).containsExactly("CL-02,2025-03-31,,,\"A,1\",1", "CL-02,2025-03-31,,,\"A,1\",0",
				"CL-02,2025-03-31,,,\"B\"\"2\",1");
	}

	private static CareHistory sample(int sliceSize) {
		return CareHistory.of(new CollectionYear(2025), sliced(Path.of("fixtures/sample/2024-25"), sliceSize))
			.with(new CollectionYear(2024), sliced(Path.of("fixtures/sample/2023-24"), sliceSize));
	}

	private static ChildSource sliced(Path folder, int sliceSize) {
		return WatchedChildSource.of(ChildSource.of(ExtractLoader.load(folder)), sliceSize, (ids) -> {
		});
	}

	private static String childrenCsv(KpiPack pack) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		KpiOutputs.of(pack, REPORT).get(KpiOutputs.CHILDREN_CSV).writeTo(out);
		return out.toString(StandardCharsets.UTF_8);
	}

	private static void write(ICSVWriter csv, KpiMember member) {
		List<String> fields = new ArrayList<>(List.of(member.kpiId(), member.periodEnd().toString(), member.breakdown(),
				member.breakdownValue(), member.childId()));
		fields.add((member.inNumerator() == null) ? "" : member.inNumerator() ? "1" : "0");
		csv.writeNext(fields.toArray(String[]::new), false);
	}

	private static ICSVWriter csv(StringWriter out) {
		return new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
				ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
	}

}
