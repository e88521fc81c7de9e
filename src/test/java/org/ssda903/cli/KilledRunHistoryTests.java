package org.ssda903.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.ssda903.support.ExtractWriter;

/**
 * What the history says of an execution whose process was killed with SIGKILL in the
 * middle of loading, once the same command has recovered and finished the run: the rows
 * its committed chunks hold, a duration that ends at its last heartbeat rather than when
 * it was recovered, a start event written before it died, and execution ids without a
 * gap. A real process on the embedded H2 file database.
 */
class KilledRunHistoryTests {

	private static final int CHILDREN = 4_000;

	@TempDir
	Path work;

	@AfterEach
	void restore() {
		System.clearProperty("SSDA903_DATA_DIR");
	}

	@Test
	void aKilledExecutionIsRecordedWithWhatItCommittedAndEndsAtItsLastHeartbeat() throws Exception {
		Path extract = extractRejectingSomeRows(this.work.resolve("extract"));
		Path data = this.work.resolve("data");

		Instant launched = Instant.now();
		Process first = start(extract, data, "first.log");
		waitForLine("first.log", " read ", Duration.ofSeconds(40));
		first.destroyForcibly();
		assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
		Instant killed = Instant.now();
		long committedLoaded = committedRows(data, "stg_header") + committedRows(data, "stg_episodes");
		long committedRejected = committedRows(data, "rejected_record");
		assertThat(committedLoaded + committedRejected).as(Files.readString(this.work.resolve("first.log")))
			.isPositive()
			.isLessThan(2L * CHILDREN);
		assertThat(committedRejected).isPositive();
		assertThat(startEvents(data)).as("the start is recorded though the execution never ended").isEqualTo(1);
		// the lease expires, and a recovery dated "now" would give a longer duration than
		// the process lived
		Thread.sleep(1500);

		Process again = start(extract, data, "again.log");
		assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();
		String log = Files.readString(this.work.resolve("again.log"));
		assertThat(again.exitValue()).as(log).isZero();
		assertThat(log).contains("recovered it", "COMPLETED");

		System.setProperty("SSDA903_DATA_DIR", data.toString());
		JsonNode list = history("--format", "json");
		assertThat(list).extracting((e) -> e.get("execution_id").asLong()).containsExactly(2L, 1L);
		JsonNode killedExecution = list.get(1);
		assertThat(killedExecution.get("status").asString()).isNotEqualTo("COMPLETED");
		assertThat(killedExecution.get("rows_loaded").asLong()).isEqualTo(committedLoaded);
		assertThat(killedExecution.get("rows_rejected").asLong()).isEqualTo(committedRejected);
		assertThat(killedExecution.get("rows_read").asLong()).isEqualTo(committedLoaded + committedRejected);
		assertThat(list.get(0).get("rows_read").asLong()).isEqualTo(2L * CHILDREN);
		double seconds = killedExecution.get("duration_seconds").asDouble();
		double alive = Duration.between(launched, killed).toMillis() / 1000.0;
		assertThat(seconds).isPositive().isLessThan(alive);
		LocalDateTime started = LocalDateTime.parse(killedExecution.get("started").asString());
		assertThat(started.plusNanos((long) (seconds * 1e9)))
			.isBefore(LocalDateTime.ofInstant(killed, java.time.ZoneId.systemDefault()));

		JsonNode detail = history("1", "--format", "json");
		assertThat(detail.get("events")).extracting((e) -> e.get("event").asString() + " " + e.get("execution_id"))
			.containsExactly("start 1", "recover 1", "restart 2");
	}

	/**
	 * Both files have rows the loader rejects, so that what a killed execution rejected
	 * is counted too.
	 */
	private static Path extractRejectingSomeRows(Path folder) {
		String[] header = new String[CHILDREN + 1];
		String[] episodes = new String[CHILDREN + 1];
		header[0] = ExtractWriter.HEADER;
		episodes[0] = ExtractWriter.EPISODES;
		for (int i = 1; i <= CHILDREN; i++) {
			String child = String.format("C%05d", i);
			boolean rejected = i % 25 == 0; // 4%: under the plausibility gate's 5%
			header[i] = child + (rejected ? ",M" : ",M,15/06/2012,WBRI,UN1,,");
			episodes[i] = child
					+ (rejected ? ",01/05/2024" : ",0" + (1 + i % 9) + "/05/2024,S,C2,N1,U4,PR1,,,,RM17 6AA,RM17 6AB,");
		}
		ExtractWriter.write(folder, "header.csv", header);
		ExtractWriter.write(folder, "episodes.csv", episodes);
		return folder;
	}

	private Process start(Path extract, Path data, String logName) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), "org.ssda903.cli.Ssda903Application", "run", "--extract",
						extract.toString(), "--year", "2025", "--la", "E06000034", "--out",
						this.work.resolve("out").toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.work.resolve(logName).toFile());
		builder.environment().put("SSDA903_DATA_DIR", data.toString());
		// small chunks, one file at a time and a short lease: the kill lands between
		// commits, heartbeats are
		// frequent and the lease has expired when the command is given again
		builder.environment().put("SSDA903_CHUNK_SIZE", "10");
		builder.environment().put("SSDA903_INGEST_THREADS", "1");
		builder.environment().put("SSDA903_LOCK_LEASE", "PT1.5S");
		return builder.start();
	}

	/**
	 * Waits for the first file to be loaded: the second is then being loaded, one chunk
	 * at a time.
	 */
	private void waitForLine(String logName, String text, Duration timeout) throws Exception {
		Path log = this.work.resolve(logName);
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
				return;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("the run never printed '" + text + "'");
	}

	private static long committedRows(Path data, String table) throws SQLException {
		return single(data, "select count(*) from " + table + " where run_id = 1");
	}

	private static long startEvents(Path data) throws SQLException {
		return single(data, "select count(*) from run_event where event = 'start' and execution_id = 1");
	}

	private static long single(Path data, String sql) throws SQLException {
		try (Connection connection = DriverManager
			.getConnection("jdbc:h2:file:" + data.resolve("ssda903") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE", "sa", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static JsonNode history(String... args) {
		StringWriter out = new StringWriter();
		picocli.CommandLine commandLine = Cli.commandLine();
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(new StringWriter(), true));
		String[] all = new String[args.length + 1];
		all[0] = "history";
		System.arraycopy(args, 0, all, 1, args.length);
		assertThat(commandLine.execute(all)).isZero();
		return JsonMapper.builder().build().readTree(out.toString());
	}

}
