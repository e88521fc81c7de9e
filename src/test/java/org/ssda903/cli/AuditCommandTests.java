package org.ssda903.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.ssda903.support.ExtractWriter;

/**
 * The data officer's and the auditor's commands: history filters and formats, the events
 * of a run, the correction list and the purge. Each test has an in-memory H2 database of
 * its own, from {@link CliHarness}.
 */
class AuditCommandTests {

	@TempDir
	Path work;

	@RegisterExtension
	final CliHarness cli = new CliHarness("audit");

	@Test
	void historyFiltersByCouncilStatusAndStartDate() {
		assertThat(run(ExtractWriter.smallCouncil(this.work.resolve("a"), 2), "E06000034")).isZero();
		assertThat(run(ExtractWriter.smallCouncil(this.work.resolve("b"), 3), "E06000035")).isZero();
		Path bad = ExtractWriter.smallCouncil(this.work.resolve("c"), 2);
		ExtractWriter.write(bad, "notes.csv", "A,B", "1,2");
		assertThat(run(bad, "E06000036")).isEqualTo(ExitCodes.BAD_INPUT);
		String today = LocalDate.now().toString();

		assertThat(listed("--la", "e06000035")).containsExactly("E06000035");
		assertThat(listed("--status", "failed")).containsExactly("E06000036");
		assertThat(listed("--from", today, "--to", today)).containsExactly("E06000036", "E06000035", "E06000034");
		assertThat(listed("--from", LocalDate.now().plusDays(1).toString())).isEmpty();
		assertThat(listed("--to", LocalDate.now().minusDays(1).toString())).isEmpty();
		assertThat(this.cli.execute("history", "--from", "2025-02-01", "--to", "2025-01-01"))
			.isEqualTo(ExitCodes.USAGE);
	}

	@Test
	void historyOfAnExecutionAsJsonHasItsSummaryStepsInputsOutputsAndEvents() throws Exception {
		Path extract = ExtractWriter.smallCouncil(this.work.resolve("extract"), 2);
		assertThat(run(extract, "E06000034")).isZero();
		this.cli.clearOut();

		assertThat(this.cli.execute("history", "1", "--format", "json")).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(this.cli.out());
		assertThat(json.get("summary").get("status").asString()).isEqualTo("COMPLETED");
		assertThat(json.get("summary").get("requested_by").asString()).contains("@");
		assertThat(json.get("command_line").asString()).startsWith("run --extract " + extract)
			.contains("--la E06000034");
		assertThat(json.get("steps")).extracting((s) -> s.get("step").asString())
			.contains("discover", "validate", "build-return", "kpi", "publish");
		assertThat(json.get("inputs")).extracting((i) -> i.get("sha256").asString())
			.hasSize(2)
			.allMatch((sha) -> sha.length() == 64);
		assertThat(json.get("outputs")).extracting((o) -> o.get("path").asString()).contains("return/header.csv");
		assertThat(json.get("events")).hasSize(1);
		assertThat(json.get("events").get(0).get("event").asString()).isEqualTo("start");
		assertThat(json.get("exit_message")).isNotNull();

		this.cli.clearOut();
		assertThat(this.cli.execute("history", "1", "--format", "csv")).isZero();
		assertThat(this.cli.out()).startsWith("section,item,field,value\n")
			.contains("\ninputs,episodes.csv,sha256,", "\nevents,1,event,start\n");
	}

	@Test
	void aRestartIsRecordedAsAnEventOfTheRun() throws Exception {
		Path bad = ExtractWriter.smallCouncil(this.work.resolve("c"), 2);
		ExtractWriter.write(bad, "notes.csv", "A,B", "1,2");
		assertThat(run(bad, "E06000034")).isEqualTo(ExitCodes.BAD_INPUT);

		this.cli.execute("restart", "1");
		this.cli.clearOut();
		assertThat(this.cli.execute("history", "2", "--format", "json")).isZero();
		JsonNode events = JsonMapper.builder().build().readTree(this.cli.out()).get("events");
		assertThat(events).extracting((e) -> e.get("event").asString() + " " + e.get("execution_id").asLong())
			.containsExactly("start 1", "restart 2");
		assertThat(events.get(1).get("command_line").asString()).isEqualTo("restart 1");
	}

	@Test
	void theCorrectionListHasRejectedRowsAndIssuesWithTheirCurrentValuesSortedByChild() throws Exception {
		Path extract = this.work.resolve("extract");
		ExtractWriter.write(extract, "header.csv", ExtractWriter.HEADER, "C0002,F,15/06/2012,WBRI,UN1,,",
				"C0001,X,15/06/2012,WBRI,UN1,,");
		ExtractWriter.write(extract, "episodes.csv", ExtractWriter.EPISODES,
				"C0002,01/05/2024,S,C2,N1,U4,PR1,,,,RM17 6AA,RM17 6AB,",
				"C0001,01/05/2024,S,C2,N1,U4,PR1,,,,RM17 6AA,RM17 6AB,",
				"C0001,31/13/2024,S,C2,N1,U4,PR1,,,,RM17 6AA,RM17 6AB,");
		assertThat(run(extract, "E06000034")).isZero();
		this.cli.clearOut();

		assertThat(this.cli.execute("rejects", "1", "--out", "-")).isZero();
		List<String> lines = this.cli.out().lines().toList();
		assertThat(lines.get(0)).isEqualTo("child_id,file,line,field,current_value,problem,rule_code,severity");
		assertThat(lines).anyMatch((l) -> l.startsWith("C0001,episodes.csv,4,DECOM,\"C0001,31/13/2024,")
				&& l.endsWith(",DECOM is not a valid dd/mm/yyyy date,,reject"));
		assertThat(lines).anyMatch((l) -> l.startsWith("C0001,header.csv,3,SEX,X,"));
		List<String> keys = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",", 4);
			keys.add(cells[0] + " " + cells[1] + " " + String.format("%06d", Long.parseLong(cells[2])));
		}
		assertThat(keys).isSortedAccordingTo(Comparator.naturalOrder());

		Path file = this.work.resolve("corrections.csv");
		assertThat(this.cli.execute("rejects", "1", "--out", file.toString())).isZero();
		assertThat(Files.readAllLines(file)).isEqualTo(lines);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	@Test
	void purgeRemovesStagedRowsOfOldRunsButKeepsTheirHistoryAndTheNewestReturn() throws Exception {
		assertThat(run(ExtractWriter.smallCouncil(this.work.resolve("a"), 2), "E06000034")).isZero();
		assertThat(run(ExtractWriter.smallCouncil(this.work.resolve("b"), 3), "E06000034")).isZero();

		assertThat(this.cli.execute("purge", "--older-than", "0", "--dry-run")).isZero();
		assertThat(this.cli.out()).contains(
				"run 1: would remove 4 staged row(s), 0 rejected row text(s)," + " 4 superseded return row(s)",
				"run 2: would remove 6 staged row(s), 0 rejected row text(s)," + " 0 superseded return row(s)");
		assertThat(count("select count(*) from stg_header")).isEqualTo(5);

		assertThat(this.cli.execute("purge", "--older-than", "0")).isZero();
		assertThat(this.cli.out()).contains("Purged 2 run(s): 10 staged row(s)");
		assertThat(count("select count(*) from stg_header") + count("select count(*) from stg_episodes")).isZero();
		assertThat(count("select count(*) from ret_header")).isEqualTo(3);
		assertThat(count("select count(*) from return_version")).isEqualTo(2);

		this.cli.clearOut();
		assertThat(this.cli.execute("history", "1")).isZero();
		assertThat(this.cli.out()).contains("header.csv", "sha256", "return/header.csv");
		assertThat(this.cli.execute("purge", "--older-than", "30")).isZero();
		assertThat(this.cli.out()).contains("Purged 0 run(s)");
	}

	@Test
	void aRerunFromValidateWritesTheSameOutputsAgainInAFolderOfItsOwnAndIsRecorded() throws Exception {
		Path extract = this.work.resolve("extract");
		ExtractWriter.smallCouncil(extract, 3);
		ExtractWriter.write(extract, "header.csv", ExtractWriter.HEADER, "C0001,X,15/06/2012,WBRI,UN1,,",
				"C0002,F,15/06/2012,WBRI,UN1,,", "C0003,M,15/06/2012,WBRI,UN1,,");
		assertThat(run(extract, "E06000034")).isZero();
		java.util.Map<Path, byte[]> original = contents(this.work.resolve("out/E06000034_2024-25_run-1"));

		assertThat(this.cli.execute("rerun", "--from-step", "validate", "1")).isZero();
		assertThat(this.cli.out()).contains("Rerun 1 of run 1 from step validate (execution 2)", "COMPLETED",
				"rows read 6, loaded 6, rejected 0");
		java.util.Map<Path, byte[]> rerun = contents(this.work.resolve("out/E06000034_2024-25_run-1_rerun-1"));
		assertThat(rerun).containsOnlyKeys(original.keySet());
		original.forEach((file, bytes) -> assertThat(rerun.get(file)).as(file.toString()).isEqualTo(bytes));

		this.cli.clearOut();
		assertThat(this.cli.execute("history", "1", "--format", "json")).isZero();
		assertThat(JsonMapper.builder().build().readTree(this.cli.out()).get("events"))
			.extracting((e) -> e.get("event").asString())
			.containsExactly("start", "rerun");
		assertThat(this.cli.execute("rerun", "--from-step", "ingest", "1")).isEqualTo(ExitCodes.USAGE);
		assertThat(this.cli.err()).contains("a rerun starts from one of [validate, build-return, kpi, publish]");
	}

	@Test
	void aRerunNeverRewritesWhatTheRunPublishedNorItsRecordOfIt() throws Exception {
		Path extract = this.work.resolve("extract");
		ExtractWriter.smallCouncil(extract, 3);
		ExtractWriter.write(extract, "header.csv", ExtractWriter.HEADER, "C0001,X,15/06/2012,WBRI,UN1,,",
				"C0002,F,15/06/2012,WBRI,UN1,,", "C0003,M,15/06/2012,WBRI,UN1,,");
		assertThat(run(extract, "E06000034")).isZero();
		Path runFolder = this.work.resolve("out/E06000034_2024-25_run-1");
		java.util.Map<Path, byte[]> published = contents(runFolder);
		JsonNode before = historyJson("1");
		// the stored findings change, as after a corrected rule, so the rerun publishes
		// other bytes
		try (ConfigurableApplicationContext context = SpringContexts.start()) {
			assertThat(context.getBean(JdbcTemplate.class).update("delete from validation_issue")).isPositive();
		}

		assertThat(this.cli.execute("rerun", "--from-step", "publish", "1")).isZero();

		java.util.Map<Path, byte[]> after = contents(runFolder);
		assertThat(after).containsOnlyKeys(published.keySet());
		published.forEach((file, bytes) -> assertThat(after.get(file)).as(file.toString()).isEqualTo(bytes));
		assertThat(historyJson("1").get("outputs")).isEqualTo(before.get("outputs"));
		assertThat(before.get("outputs")).isNotEmpty();

		Path rerunFolder = this.work.resolve("out/E06000034_2024-25_run-1_rerun-1");
		JsonNode rerun = historyJson("2");
		assertThat(rerun.get("summary").get("rerun_number").asLong()).isEqualTo(1);
		assertThat(rerun.get("output_folder").asString()).isEqualTo(rerunFolder.toString());
		assertThat(sha(rerun, "validation/issues.csv")).isNotEqualTo(sha(before, "validation/issues.csv"))
			.isEqualTo(org.ssda903.common.Checksums.of(rerunFolder.resolve("validation/issues.csv")));
		assertThat(Files.readString(rerunFolder.resolve("manifest.csv"))).contains(sha(rerun, "validation/issues.csv"));
		assertThat(listedExecutions()).containsExactly("2", "1");
		assertThat(this.cli.out().lines().skip(1).findFirst().orElseThrow()).matches("2\\s+1/rerun-1\\s.*");
	}

	private JsonNode historyJson(String executionId) {
		this.cli.clearOut();
		assertThat(this.cli.execute("history", executionId, "--format", "json")).isZero();
		return JsonMapper.builder().build().readTree(this.cli.out());
	}

	private static String sha(JsonNode history, String path) {
		for (JsonNode output : history.get("outputs")) {
			if (output.get("path").asString().equals(path)) {
				return output.get("sha256").asString();
			}
		}
		throw new AssertionError(path + " is not among the outputs");
	}

	private List<String> listedExecutions() {
		this.cli.clearOut();
		assertThat(this.cli.execute("history")).isZero();
		return this.cli.out().lines().skip(1).map((line) -> line.split("\\s+")[0]).toList();
	}

	private static java.util.Map<Path, byte[]> contents(Path folder) throws java.io.IOException {
		java.util.Map<Path, byte[]> files = new java.util.TreeMap<>();
		try (var paths = Files.walk(folder)) {
			for (Path file : paths.filter(Files::isRegularFile).toList()) {
				files.put(folder.relativize(file), Files.readAllBytes(file));
			}
		}
		return files;
	}

	private long count(String sql) {
		try (ConfigurableApplicationContext context = SpringContexts.start()) {
			return context.getBean(JdbcTemplate.class).queryForObject(sql, Long.class);
		}
	}

	private List<String> listed(String... filter) {
		this.cli.clearOut();
		String[] args = new String[filter.length + 1];
		args[0] = "history";
		System.arraycopy(filter, 0, args, 1, filter.length);
		assertThat(this.cli.execute(args)).isZero();
		return this.cli.out().lines().skip(1).map((line) -> line.split("\\s+")[3]).toList();
	}

	private int run(Path extract, String laCode) {
		return this.cli.execute("run", "--extract", extract.toString(), "--year", "2025", "--la", laCode, "--out",
				this.work.resolve("out").toString());
	}

}
