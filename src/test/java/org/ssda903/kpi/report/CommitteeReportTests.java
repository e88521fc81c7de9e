package org.ssda903.kpi.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ssda903.extract.ExtractLoader;
import org.ssda903.kpi.CareHistory;
import org.ssda903.kpi.Disclosure;
import org.ssda903.kpi.KpiBenchmarks;
import org.ssda903.kpi.KpiPack;
import org.ssda903.kpi.local.LocalExtractLoader;
import org.ssda903.model.CollectionYear;
import org.ssda903.reference.PostcodeLookupLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The committee report of the sample council at 31 March 2025, with every local extract and the jobs/ benchmarks. */
class CommitteeReportTests {

	@TempDir
	Path work;

	static KpiPack samplePack() throws Exception {
		return samplePack("E06000034");
	}

	static KpiPack samplePack(String laCode) throws Exception {
		CareHistory history = CareHistory.of(new CollectionYear(2025), ExtractLoader.load(Path.of("fixtures/sample/2024-25")))
			.with(new CollectionYear(2024), ExtractLoader.load(Path.of("fixtures/sample/2023-24")));
		return KpiPack.build(history, laCode, LocalDate.of(2025, 3, 31),
				PostcodeLookupLoader.load(Path.of("fixtures/reference/postcodes.csv")),
				LocalExtractLoader.load(Path.of("fixtures/local/health-assessments.csv"),
						Path.of("fixtures/local/visits.csv"), Path.of("fixtures/local/foster-households.csv"),
						Path.of("fixtures/local/aftercare.csv")),
				KpiBenchmarks.load(KpiBenchmarks.SourceFile.of(Path.of("jobs/kpi-targets.csv")),
						KpiBenchmarks.SourceFile.of(Path.of("jobs/kpi-comparators.csv"))));
	}

	@Test
	void selfContainedPageWithEveryKpiItsComparatorsAndTrend() throws Exception {
		KpiPack pack = samplePack();
		String html = CommitteeReport.render(pack);

		assertThat(pack.periods()).hasSize(KpiPack.TREND_QUARTERS);
		pack.definitions().forEach((definition) -> assertThat(html).contains(">" + definition.id() + "<"));
		assertThat(html).contains("<svg", "England", "Statistical neighbours", "LAIT", "81770");
		// nothing to fetch: no script, stylesheet link, image or URL
		assertThat(html).doesNotContain("<script", "<link", "<img", "http:", "https:");
	}

	@Test
	void anotherCouncilsReportShowsEnglandButNoneOfTheSampleCouncilsFiguresAndNamesItsFiles() throws Exception {
		String thurrock = CommitteeReport.render(samplePack("E06000034"));
		String birmingham = CommitteeReport.render(samplePack("E08000025"));

		assertThat(thurrock).contains("Thurrock:", "East of England:", "Statistical neighbours");
		assertThat(birmingham).contains("81770").doesNotContain("Thurrock", "East of England", "Statistical neighbours");
		assertThat(birmingham).contains("Made with targets from " + Path.of("jobs/kpi-targets.csv").toAbsolutePath()
				+ "; comparators from " + Path.of("jobs/kpi-comparators.csv").toAbsolutePath());
	}

	@Test
	void smallCountsAreSuppressedAndTextIsEscaped() {
		assertThat(Disclosure.disclosable(0)).isTrue();
		assertThat(Disclosure.disclosable(4)).isFalse();
		assertThat(Disclosure.disclosable(5)).isTrue();
		assertThat(CommitteeReport.esc("<a href=\"x\">&'")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
	}

	/** Renders the page in headless Chromium when it is installed (not on CI): the screenshot must show content. */
	@Test
	void rendersInHeadlessChromium() throws Exception {
		Path script = Path.of("scripts/committee-report-screenshot.sh");
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")), "chromium is not installed");
		Path report = this.work.resolve("committee-report.html");
		Files.writeString(report, CommitteeReport.render(samplePack()), StandardCharsets.UTF_8);
		Path png = this.work.resolve("committee-report.png");
		Process process = new ProcessBuilder("bash", script.toString(), report.toString(), png.toString())
			.redirectErrorStream(true)
			.start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isZero();
		byte[] bytes = Files.readAllBytes(png);
		// a PNG signature and more than a blank page compresses to
		assertThat(bytes).startsWith((byte) 0x89, (byte) 0x50, (byte) 0x4E, (byte) 0x47);
		assertThat(bytes.length).isGreaterThan(50_000);
	}

}
