package org.ssda903.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ssda903.generator.FixtureGenerator;
import org.ssda903.generator.GeneratorOptions;
import org.ssda903.model.CollectionYear;

/**
 * Faults a unit test cannot stage: the real command-line process killed with SIGKILL in
 * the middle of loading, then the same command run again. Subclasses choose the database.
 */
abstract class ProcessFaultTests {

	@TempDir
	Path work;

	/** The environment that points a process at this test's database. */
	abstract Map<String, String> database(String name);

	@Test
	void aRunKilledInTheMiddleOfAStepIsRecoveredByTheSameCommandAndGivesTheSameOutputs() throws Exception {
		Path council = this.work.resolve("council");
		new FixtureGenerator(new GeneratorOptions(600, new CollectionYear(2025), "E06000034", 7))
			.writeExtract(council.resolve("2024-25"), council.resolve("2023-24"), council.resolve("postcodes.csv"));
		Map<String, String> killedDb = database("killed");

		Process first = start(killedDb, this.work.resolve("out-killed"), "first.log");
		waitForLine(this.work.resolve("first.log"), "read ", Duration.ofMinutes(2));
		first.destroyForcibly();
		assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(Files.readString(this.work.resolve("first.log"))).doesNotContain("COMPLETED");

		Process again = start(killedDb, this.work.resolve("out-killed"), "again.log");
		assertThat(again.waitFor(5, TimeUnit.MINUTES)).isTrue();
		String log = Files.readString(this.work.resolve("again.log"));
		assertThat(again.exitValue()).as(log).isZero();
		assertThat(log).contains("was left running by a process that died; recovered it", "COMPLETED");

		Process clean = start(database("clean"), this.work.resolve("out-clean"), "clean.log");
		assertThat(clean.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(clean.exitValue()).isZero();
		NightlyJobTests.assertSameFiles(runFolder(this.work.resolve("out-clean")),
				runFolder(this.work.resolve("out-killed")));
	}

	private Process start(Map<String, String> database, Path out, String logName) throws IOException {
		Path council = this.work.resolve("council");
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), "org.ssda903.cli.Ssda903Application", "run", "--extract",
						council.resolve("2024-25").toString(), "--previous", council.resolve("2023-24").toString(),
						"--postcodes", council.resolve("postcodes.csv").toString(), "--year", "2025", "--la",
						"E06000034", "--out", out.toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.work.resolve(logName).toFile());
		builder.environment().putAll(database);
		// small chunks and a short lease, so that the kill lands between commits and the
		// lease expires quickly
		builder.environment().put("SSDA903_CHUNK_SIZE", "20");
		builder.environment().put("SSDA903_LOCK_LEASE", "PT2S");
		return builder.start();
	}

	private static void waitForLine(Path log, String text, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the run never printed '" + text + "'");
	}

	private static Path runFolder(Path out) throws IOException {
		try (var folders = Files.list(out)) {
			return folders.findFirst().orElseThrow();
		}
	}

}
