package org.ssda903.kpi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ssda903.extract.ExtractLoader;
import org.ssda903.kpi.CareHistory;
import org.ssda903.kpi.ChildPopulation;
import org.ssda903.kpi.KpiBenchmarks;
import org.ssda903.kpi.KpiCalculator;
import org.ssda903.kpi.KpiCatalogue;
import org.ssda903.kpi.KpiDrillDown;
import org.ssda903.kpi.KpiPack;
import org.ssda903.kpi.KpiResult;
import org.ssda903.kpi.Polarity;
import org.ssda903.kpi.local.LocalExtractLoader;
import org.ssda903.kpi.local.LocalExtracts;
import org.ssda903.model.ChildSource;
import org.ssda903.model.CollectionYear;
import org.ssda903.reference.PostcodeLookupLoader;

/**
 * The committee report of the sample council at 31 March 2025 with the jobs/ benchmarks
 * and the population fixture, and a hand-made pack built so that a careless table would
 * give a small number away. The sample's page and PDF are also written to
 * target/committee-report/ for the screenshot script.
 */
class CommitteeReportTests {

	private static final LocalDate YEAR_END = LocalDate.of(2025, 3, 31);

	/** The right margin less a glyph's side bearing (half a point), in points. */
	private static final float MILLIMETRES_12 = 12 / 25.4f * 72 - 1;

	private static final ReportContext CONTEXT = new ReportContext("Thurrock", YEAR_END, "run 1",
			new ReportContext.DataQuality(0, 69));

	private static KpiPack sample;

	private static String sampleHtml;

	@TempDir
	Path work;

	@BeforeAll
	static void renderSample() throws Exception {
		sample = samplePack(true);
		sampleHtml = CommitteeReport.renderHtml(sample, CONTEXT);
		Path out = Files.createDirectories(Path.of("target/committee-report"));
		Files.writeString(out.resolve("committee-report.html"), sampleHtml, StandardCharsets.UTF_8);
		Files.write(out.resolve("committee-report.pdf"), CommitteeReport.renderPdf(sample, CONTEXT));
	}

	static KpiPack samplePack(boolean withLocal) throws Exception {
		CareHistory history = CareHistory
			.of(new CollectionYear(2025), ChildSource.of(ExtractLoader.load(Path.of("fixtures/sample/2024-25"))))
			.with(new CollectionYear(2024), ChildSource.of(ExtractLoader.load(Path.of("fixtures/sample/2023-24"))));
		LocalExtracts local = withLocal ? LocalExtractLoader.load(Path.of("fixtures/local/health-assessments.csv"),
				Path.of("fixtures/local/visits.csv"), Path.of("fixtures/local/foster-households.csv"),
				Path.of("fixtures/local/aftercare.csv")) : LocalExtracts.none();
		return KpiPack.build(history, "E06000034", YEAR_END,
				PostcodeLookupLoader.load(Path.of("fixtures/reference/postcodes.csv")), local,
				ChildPopulation.load(Path.of("fixtures/reference/population.csv"), "E06000034"),
				KpiBenchmarks
					.load(KpiBenchmarks.SourceFile.of(Path.of("jobs/kpi-targets.csv")),
							KpiBenchmarks.SourceFile.of(Path.of("jobs/kpi-comparators.csv")))
					.forCouncil("E06000034"));
	}

	@Test
	void firstPageSaysWhoWhenWhereFromAndWhatIsRed() {
		String front = sampleHtml.substring(0, sampleHtml.indexOf("<section"));

		assertThat(front).contains("Thurrock (E06000034)", "1 April 2024 to 31 March 2025", "31 March 2025", "run 1",
				"69 error-severity finding(s)", "Children in care now", "per 10,000 children",
				"Measures rated RED against the committee");
		// the rate against England and the neighbours: the sample's 212 of the 46,000
		// children of mid-2024
		assertThat(front).contains("46.1", "212 of 46,000 children", "England 67 (2025)",
				"Statistical neighbours 61.5 (2024, 2025 group)");
	}

	@Test
	void sectionsComeInTheCommitteesOrderEachWithCaptionedAccessibleTables() {
		List<String> order = List.of("id=\"children\"", "id=\"placements\"", "id=\"distance\"", "id=\"health\"",
				"id=\"missing\"", "id=\"leavers\"", "id=\"permanence\"", "id=\"uasc\"");
		List<Integer> positions = order.stream().map(sampleHtml::indexOf).toList();
		assertThat(positions).doesNotContain(-1).isSorted();
		int tables = count(sampleHtml, "<table");
		assertThat(count(sampleHtml, "<caption")).isEqualTo(tables);
		assertThat(count(sampleHtml, "<th scope=\"row\"")).isGreaterThan(40);
		assertThat(sampleHtml).doesNotContain("<th>", "title=\"");
		// nothing to fetch: no script, stylesheet link, image or URL
		assertThat(sampleHtml).doesNotContain("<script", "<link", "<img", "http:", "https:");
	}

	@Test
	void theCommitteesQuestionsAreAnsweredOnThePage() {
		assertThat(sampleHtml).contains("by where they came from", ">from the council<", ">UASC<",
				"not known: no home postcode");
		assertThat(sampleHtml).contains(">under 24 hours<", ">1 to 7 days<", ">over 7 days<", "MIS-06", "MIS-07");
		assertThat(sampleHtml).contains(">lower quartile<", ">median<", ">upper quartile<", ">under 6 months<",
				">6 to 12 months<", ">over a year<");
		assertThat(sampleHtml).contains("PLC-06", "PLC-08", "CLA-02");
		// definitions are on the page, not in tooltips
		assertThat(sampleHtml).contains("Definitions", "Glossary and notes");
	}

	@Test
	void saysWhatWasNotSuppliedRatherThanLeavingMeasuresOut() throws Exception {
		KpiPack pack = samplePack(false);
		String html = CommitteeReport.renderHtml(new KpiPack(pack.laCode(), pack.asAt(), pack.definitions(),
				pack.periods(), pack.members(), pack.notCovered(), pack.postcodesGiven(), KpiBenchmarks.none()),
				CONTEXT);

		assertThat(html).contains("Not supplied: the initial health assessments extract",
				"HLT-05 Initial health assessments within 20 working days: not shown",
				"Not supplied: the aftercare extract", "No targets were supplied");
		// the notices are a list: its markers must not bring in a font the PDF cannot
		// embed
		try (PDDocument pdf = Loader.loadPDF(
				CommitteeReport.renderPdf(new KpiPack(pack.laCode(), pack.asAt(), pack.definitions(), pack.periods(),
						pack.members(), pack.notCovered(), pack.postcodesGiven(), KpiBenchmarks.none()), CONTEXT))) {
			assertA4WithEmbeddedFonts(pdf);
		}
	}

	@Test
	void sameInputSameBytes() throws Exception {
		byte[] first = CommitteeReport.renderPdf(sample, CONTEXT);
		Thread.sleep(1100);
		byte[] second = CommitteeReport.renderPdf(sample, CONTEXT);

		assertThat(CommitteeReport.renderHtml(sample, CONTEXT)).isEqualTo(sampleHtml);
		assertThat(second).isEqualTo(first);
	}

	@Test
	void pdfIsA4WithEveryFontEmbeddedAndNothingPastTheRightMargin() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(CommitteeReport.renderPdf(sample, CONTEXT))) {
			assertThat(pdf.getNumberOfPages()).isBetween(4, 12);
			assertA4WithEmbeddedFonts(pdf);
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Children in care now", "Distance and out of area", "Glossary and notes");
			// the right margin is 12 mm: a cut table would put its last column's text
			// beyond it
			assertThat(rightmostText(pdf)).isLessThan(PDRectangle.A4.getWidth() - MILLIMETRES_12);
		}
	}

	/**
	 * Placed outside the area by origin, built to leak: the UASC row (3 of 20) must be
	 * hidden, and since the total is on the page, so must the next smallest row, or 3
	 * would be the total less the others.
	 */
	@Test
	void aSuppressedCellCannotBeWorkedOutFromTheOthers() {
		LocalDate start = YEAR_END.minusYears(1).plusDays(1);
		List<KpiResult> rows = new ArrayList<>();
		rows.add(new KpiResult("LOC-03", "outside", start, YEAR_END, "", "", 43, 120, pct(43, 120)));
		rows.add(new KpiResult("LOC-02", "far", start, YEAR_END, "", "", 22, 120, pct(22, 120)));
		int[][] origin = { { 30, 60, 15 }, { 10, 40, 7 }, { 3, 20, 0 }, { 0, 0, 0 } };
		String[] groups = { "from the council", "from elsewhere", "UASC", "unknown" };
		for (int i = 0; i < groups.length; i++) {
			rows.add(new KpiResult("LOC-03", "outside", start, YEAR_END, "origin", groups[i], origin[i][0],
					origin[i][1], pct(origin[i][0], origin[i][1])));
			rows.add(new KpiResult("LOC-02", "far", start, YEAR_END, "origin", groups[i], origin[i][2], origin[i][1],
					pct(origin[i][2], origin[i][1])));
		}
		KpiPack pack = new KpiPack("E06000034", YEAR_END,
				KpiCatalogue.all().stream().map(KpiCalculator::definition).toList(),
				new TreeMap<>(Map.of(YEAR_END, rows)), KpiDrillDown.none(), new TreeMap<>(), true,
				KpiBenchmarks.none());

		String html = CommitteeReport.renderHtml(pack, CONTEXT);
		String table = html.substring(html.indexOf("by where they came from"));
		table = table.substring(0, table.indexOf("</table>"));

		assertThat(row(table, "UASC")).contains(">c<").doesNotContain(">20<", "(3)");
		assertThat(row(table, "from elsewhere")).contains(">c<").doesNotContain(">40<", "(10)");
		assertThat(row(table, "from the council")).contains(">60<", "50.0% (30)", "25.0% (15)");
		// a group with no children is left out rather than shown as 0 / 0
		assertThat(table).doesNotContain(">unknown<");
	}

	/**
	 * A zero target breached by a count too small to publish: RED all the same, and on
	 * the first page.
	 */
	@Test
	void ragIsJudgedOnTheValueEvenWhenItIsSuppressed() {
		LocalDate start = YEAR_END.minusYears(1).plusDays(1);
		List<KpiResult> rows = List
			.of(new KpiResult("PLC-06", "unregistered", start, YEAR_END, "", "", 3, null, BigDecimal.valueOf(3)));
		KpiBenchmarks targets = new KpiBenchmarks(
				Map.of("PLC-06",
						new KpiBenchmarks.Target("PLC-06", Polarity.LOWER_IS_BETTER, BigDecimal.ZERO, BigDecimal.ZERO)),
				List.of(), "a test's target");
		KpiPack pack = new KpiPack("E06000034", YEAR_END,
				KpiCatalogue.all().stream().map(KpiCalculator::definition).toList(),
				new TreeMap<>(Map.of(YEAR_END, rows)), KpiDrillDown.none(), new TreeMap<>(), true, targets);

		String html = CommitteeReport.renderHtml(pack, CONTEXT);
		String red = html.substring(html.indexOf("Measures rated RED"), html.indexOf("How to read this report"));

		assertThat(row(red, "PLC-06")).contains(">c<").doesNotContain(">3<");
		assertThat(row(html.substring(html.indexOf("id=\"placements\"")), "PLC-06")).contains("rag RED", ">c<");
	}

	/**
	 * Renders the page in headless Chromium when it is installed (not on CI): the
	 * screenshot must show content, and the browser's own A4 print of it must keep every
	 * table inside the right margin.
	 */
	@Test
	void rendersAndPrintsInHeadlessChromium() throws Exception {
		Path script = Path.of("scripts/committee-report-screenshot.sh");
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")), "chromium is not installed");
		Path report = this.work.resolve("committee-report.html");
		Files.writeString(report, sampleHtml, StandardCharsets.UTF_8);
		Path png = this.work.resolve("committee-report.png");
		Path print = this.work.resolve("printed.pdf");
		Process process = new ProcessBuilder("bash", script.toString(), report.toString(), png.toString(),
				print.toString())
			.redirectErrorStream(true)
			.start();
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isZero();
		byte[] bytes = Files.readAllBytes(png);
		// a PNG signature and more than a blank page compresses to
		assertThat(bytes).startsWith((byte) 0x89, (byte) 0x50, (byte) 0x4E, (byte) 0x47);
		assertThat(bytes.length).isGreaterThan(50_000);
		try (PDDocument printed = Loader.loadPDF(print.toFile())) {
			assertThat(printed.getNumberOfPages()).isBetween(4, 12);
			assertThat(printed.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(),
					Offset.offset(1f));
			assertThat(rightmostText(printed)).isLessThan(PDRectangle.A4.getWidth() - MILLIMETRES_12);
		}
	}

	private static void assertA4WithEmbeddedFonts(PDDocument pdf) throws Exception {
		List<String> fonts = new ArrayList<>();
		for (PDPage page : pdf.getPages()) {
			assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), Offset.offset(1f));
			assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), Offset.offset(1f));
			for (COSName name : page.getResources().getFontNames()) {
				PDFont font = page.getResources().getFont(name);
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				fonts.add(font.getName());
			}
		}
		assertThat(fonts).isNotEmpty().allMatch((name) -> name.contains("DejaVuSansCondensed"));
	}

	/** The right edge of the text furthest right on any page, in points. */
	private static float rightmostText(PDDocument pdf) throws Exception {
		float[] right = { 0 };
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void writeString(String text, List<TextPosition> positions) throws IOException {
				for (TextPosition position : positions) {
					right[0] = Math.max(right[0], position.getXDirAdj() + position.getWidthDirAdj());
				}
				super.writeString(text, positions);
			}
		};
		stripper.getText(pdf);
		return right[0];
	}

	private static BigDecimal pct(int numerator, int denominator) {
		return (denominator == 0) ? null : BigDecimal.valueOf(numerator * 1000L / denominator, 1).setScale(1);
	}

	private static String row(String table, String group) {
		String from = table.substring(table.indexOf(">" + group + "<"));
		return from.substring(0, from.indexOf("</tr>"));
	}

	private static int count(String text, String what) {
		int count = 0;
		for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
			count++;
		}
		return count;
	}

}
