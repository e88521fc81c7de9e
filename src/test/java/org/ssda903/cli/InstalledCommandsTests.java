package org.ssda903.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.opencsv.CSVReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.ssda903.support.CliProcess;
import org.ssda903.support.ExtractWriter;

/**
 * The product as installed: real processes started in folders that are not the
 * repository, with and without SSDA903_HOME, on the embedded H2 database. Standard output
 * must hold only what a command produces, so each command's output is parsed as its
 * format says.
 */
class InstalledCommandsTests {

	private static final Pattern DATED_LOG_LINE = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} [A-Z]+ .*");

	private static final String RUN_FOLDER = "E06000034_2024-25_run-1";

	@TempDir
	Path work;

	@Test
	void withoutAHomeTheCurrentFolderHoldsTheDatabaseAndOutputsAndStandardOutputParses() throws Exception {
		Path extract = ExtractWriter.smallCouncil(this.work.resolve("extract"), 6);
		Path folder = this.work.resolve("council");
		CliProcess cli = new CliProcess(folder, Map.of());

		CliProcess.Result run = cli.run("run", "--extract", extract.toString(), "--year", "2025", "--la", "E06000034");
		assertThat(run.exitCode()).as(run.stderr()).isZero();
		assertThat(run.stdout()).startsWith("Run 1 (execution 1): COMPLETED")
			.contains(folder.resolve("out").resolve(RUN_FOLDER).toString());
		assertThat(run.stdout().lines()).noneMatch((line) -> DATED_LOG_LINE.matcher(line).matches());
		assertThat(run.stderr().lines()).isNotEmpty().allMatch((line) -> DATED_LOG_LINE.matcher(line).matches());
		assertThat(folder.resolve("data").resolve("ssda903.mv.db")).exists();
		// the shipped targets and comparators, though the folder has none
		String report = Files.readString(folder.resolve("out").resolve(RUN_FOLDER).resolve("kpi/committee-report.html"),
				StandardCharsets.UTF_8);
		assertThat(report).contains("81,770", "targets from kpi-targets.csv shipped with the product");

		CliProcess.Result json = cli.run("history", "--format", "json");
		assertThat(json.exitCode()).as(json.stderr()).isZero();
		JsonNode runs = JsonMapper.builder().build().readTree(json.stdout());
		assertThat(runs.size()).isEqualTo(1);
		assertThat(runs.get(0).get("status").asString()).isEqualTo("COMPLETED");

		CliProcess.Result corrections = cli.run("rejects", "1", "--out", "-");
		assertThat(corrections.exitCode()).as(corrections.stderr()).isZero();
		List<String[]> rows = csv(corrections.stdout());
		assertThat(rows.get(0)).startsWith("child_id", "file", "line");
		assertThat(rows).allMatch((row) -> row.length == rows.get(0).length);
	}

	@Test
	void aHomeHoldsTheDatabaseOutputsSettingsAndTheCouncilsOwnComparatorsFromAnyFolder() throws Exception {
		Path extract = ExtractWriter.smallCouncil(this.work.resolve("extract"), 6);
		Path home = this.work.resolve("home");
		Files.createDirectories(home.resolve("jobs"));
		Files.writeString(home.resolve("application.properties"), "ssda903.out=${ssda903.home}/published\n");
		Path comparators = Files.writeString(home.resolve("jobs/kpi-comparators.csv"), """
				kpi_id,geography,la,year,value,vintage,source
				CLA-01,England,,2025,81770,EES CLA 2025,test
				CLA-01,Statistical neighbours (our group),E06000034,2025,4242,our own release,test
				CLA-01,Statistical neighbours (their group),E08000025,2025,1717,LAIT,test
				""");
		Map<String, String> environment = Map.of("SSDA903_HOME", home.toString());
		Path elsewhere = this.work.resolve("elsewhere");

		CliProcess.Result run = new CliProcess(elsewhere, environment).run("run", "--extract", extract.toString(),
				"--year", "2025", "--la", "E06000034");
		assertThat(run.exitCode()).as(run.stderr()).isZero();
		Path runFolder = home.resolve("published").resolve(RUN_FOLDER);
		assertThat(run.stdout()).contains(runFolder.toString());
		assertThat(home.resolve("data").resolve("ssda903.mv.db")).exists();
		try (var files = Files.list(elsewhere)) {
			assertThat(files).isEmpty();
		}
		String report = Files.readString(runFolder.resolve("kpi/committee-report.html"), StandardCharsets.UTF_8);
		assertThat(report).contains("4,242", "81,770", "comparators from " + comparators).doesNotContain("1,717");

		CliProcess.Result history = new CliProcess(this.work.resolve("another"), environment).run("history", "--format",
				"csv");
		assertThat(history.exitCode()).as(history.stderr()).isZero();
		List<String[]> rows = csv(history.stdout());
		assertThat(rows.get(0)).startsWith("execution_id", "run_id", "rerun_number", "status");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1)[3]).isEqualTo("COMPLETED");
	}

	@ParameterizedTest
	@ValueSource(strings = { "SSDA903_HOME", "SSDA903_DATA_DIR" })
	void aFolderSettingRelativeToWhereverTheCommandStartsIsRefusedByName(String variable) throws Exception {
		Path folder = Files.createDirectories(this.work.resolve("cron"));
		CliProcess.Result history = new CliProcess(folder, Map.of(variable, "ssda903")).run("history");

		assertThat(history.exitCode()).isNotZero();
		assertThat(history.stdout() + history.stderr()).contains(variable + " must be an absolute path, not 'ssda903'");
		assertThat(folder).isEmptyDirectory();
	}

	@Test
	void serveAndRunShareTheEmbeddedDatabase() throws Exception {
		Path extract = ExtractWriter.smallCouncil(this.work.resolve("extract"), 6);
		Map<String, String> environment = Map.of("SSDA903_HOME", this.work.resolve("home").toString());
		Process serve = new CliProcess(this.work.resolve("auditor"), environment).startAndAwait("Auditor page on",
				"serve", "--port", "0");
		try {
			CliProcess.Result run = new CliProcess(this.work.resolve("nightly"), environment).run("run", "--extract",
					extract.toString(), "--year", "2025", "--la", "E06000034");
			assertThat(run.exitCode()).as(run.stderr()).isZero();
			assertThat(run.stdout()).startsWith("Run 1 (execution 1): COMPLETED");

			CliProcess.Result history = new CliProcess(this.work.resolve("auditor"), environment).run("history",
					"--format", "json");
			assertThat(history.exitCode()).as(history.stderr()).isZero();
			assertThat(JsonMapper.builder().build().readTree(history.stdout()).get(0).get("status").asString())
				.isEqualTo("COMPLETED");
			assertThat(serve.isAlive()).isTrue();
			HttpResponse<String> page = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(this.work) + "/")).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("E06000034");
		}
		finally {
			serve.destroy();
			serve.waitFor();
		}
	}

	/** The port serve chose, from the line it printed. */
	private static int port(Path work) throws Exception {
		try (var logs = Files.list(work.resolve("auditor-logs"))) {
			for (Path log : logs.filter((p) -> p.toString().endsWith(".out")).toList()) {
				Matcher port = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(Files.readString(log));
				if (port.find()) {
					return Integer.parseInt(port.group(1));
				}
			}
		}
		throw new AssertionError("serve printed no address");
	}

	private static List<String[]> csv(String text) throws Exception {
		try (CSVReader reader = new CSVReader(new StringReader(text))) {
			return reader.readAll();
		}
	}

}
