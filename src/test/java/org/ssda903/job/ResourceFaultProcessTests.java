package org.ssda903.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ssda903.cli.ExitCodes;
import org.ssda903.generator.FixtureGenerator;
import org.ssda903.generator.GeneratorOptions;
import org.ssda903.model.CollectionYear;
import org.ssda903.support.OwnMariaDbServer;

/**
 * The database or its disk failing under a real run: the run must end within a minute
 * with exit 5 and one line saying what failed and what to do, without a stack trace, and
 * the same command must then finish the run with the outputs of a run that never failed.
 */
class ResourceFaultProcessTests {

	private static final Duration FAIL_WITHIN = Duration.ofSeconds(60);

	@TempDir
	Path work;

	@BeforeEach
	void council() throws IOException {
		Path council = this.work.resolve("council");
		new FixtureGenerator(new GeneratorOptions(600, new CollectionYear(2025), "E06000034", 7))
			.writeExtract(council.resolve("2024-25"), council.resolve("2023-24"), council.resolve("postcodes.csv"));
	}

	@Test
	void aDatabaseKilledInTheMiddleOfARunFailsItWithExitFiveInSecondsAndTheSameCommandFinishesIt() throws Exception {
		try (OwnMariaDbServer server = OwnMariaDbServer.start(Files.createDirectory(this.work.resolve("mariadb")))) {
			Process first = start(server.environment("faulted"), "out-faulted", "first.log");
			waitForLine(this.work.resolve("first.log"), " read ", Duration.ofMinutes(2));
			server.kill();
			long stopped = System.nanoTime();
			assertThat(first.waitFor(FAIL_WITHIN.toSeconds(), TimeUnit.SECONDS)).as("the run ends within a minute")
				.isTrue();
			Duration toFail = Duration.ofNanos(System.nanoTime() - stopped);

			String log = Files.readString(this.work.resolve("first.log"));
			assertThat(first.exitValue()).as(log).isEqualTo(ExitCodes.FAILED_RESTARTABLE);
			assertThat(lastLine(log)).matches("failed: the database is unavailable \\(.+\\); fix it, then run the same"
					+ " command again|Run 1 \\(execution 1\\) failed: the database is unavailable \\(.+\\); fix it, then:"
					+ " restart 1");
			assertThat(log).doesNotContain("\tat ", "Caused by");
			System.out.printf("database killed: exit %d %.1f s after the kill%n", first.exitValue(),
					toFail.toMillis() / 1000.0);

			server.start();
			assertCompletes(server.environment("faulted"), "out-faulted", "again.log");
			assertCompletes(server.environment("clean"), "out-clean", "clean.log");
		}
		NightlyJobTests.assertSameFiles(runFolder("out-clean"), runFolder("out-faulted"));
	}

	@Test
	void theDatabaseFoldersDiskFullFailsTheRunWithExitFiveAndTheSameCommandFinishesItOnceThereIsRoom()
			throws Exception {
		Path disk = Files.createDirectory(this.work.resolve("disk"));
		assumeTrue(mount(disk, "mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", disk.toString()),
				"a 2 MB tmpfs cannot be mounted here (root is needed)");
		try {
			Map<String, String> full = Map.of("SSDA903_DATA_DIR", disk.resolve("data").toString());
			long started = System.nanoTime();
			Process first = start(full, "out-full", "first.log");
			assertThat(first.waitFor(FAIL_WITHIN.toSeconds(), TimeUnit.SECONDS)).as("the run ends within a minute")
				.isTrue();
			String log = Files.readString(this.work.resolve("first.log"));
			assertThat(first.exitValue()).as(log).isEqualTo(ExitCodes.FAILED_RESTARTABLE);
			assertThat(lastLine(log)).contains("failed: the disk is full (No space left on device); fix it, then");
			assertThat(log).doesNotContain("\tat ", "Caused by");
			System.out.printf("H2 disk full: exit %d after %.1f s%n", first.exitValue(),
					(System.nanoTime() - started) / 1e9);

			assertThat(mount(disk, "mount", "-o", "remount,size=256m", disk.toString())).isTrue();
			assertCompletes(full, "out-full", "again.log");
			assertCompletes(Map.of("SSDA903_DATA_DIR", this.work.resolve("data-clean").toString()), "out-clean",
					"clean.log");
		}
		finally {
			mount(disk, "umount", disk.toString());
		}
		NightlyJobTests.assertSameFiles(runFolder("out-clean"), runFolder("out-full"));
	}

	@Test
	void aDatabaseThatCannotBeReachedBeforeTheJobStartsIsExitFiveWithOneLine() throws Exception {
		int closedPort;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		long started = System.nanoTime();
		Process run = start(Map.of("SPRING_DATASOURCE_URL", "jdbc:mysql://127.0.0.1:" + closedPort + "/ssda903",
				"SPRING_DATASOURCE_USERNAME", "root"), "out", "run.log");
		assertThat(run.waitFor(FAIL_WITHIN.toSeconds(), TimeUnit.SECONDS)).as("the run ends within a minute").isTrue();

		String log = Files.readString(this.work.resolve("run.log"));
		assertThat(run.exitValue()).as(log).isEqualTo(ExitCodes.FAILED_RESTARTABLE);
		assertThat(lastLine(log)).isEqualTo("failed: the database is unavailable (Connection refused); fix it, then run"
				+ " the same command again");
		assertThat(log).doesNotContain("\tat ", "Caused by", "SQL State");
		System.out.printf("no database: exit %d after %.1f s%n", run.exitValue(), (System.nanoTime() - started) / 1e9);
	}

	private void assertCompletes(Map<String, String> database, String out, String logName) throws Exception {
		Process run = start(database, out, logName);
		assertThat(run.waitFor(5, TimeUnit.MINUTES)).isTrue();
		String log = Files.readString(this.work.resolve(logName));
		assertThat(run.exitValue()).as(log).isEqualTo(ExitCodes.COMPLETED);
		assertThat(log).contains("COMPLETED");
	}

	private Process start(Map<String, String> database, String out, String logName) throws IOException {
		Path council = this.work.resolve("council");
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), "org.ssda903.cli.Ssda903Application", "run", "--extract",
						council.resolve("2024-25").toString(), "--previous", council.resolve("2023-24").toString(),
						"--postcodes", council.resolve("postcodes.csv").toString(), "--year", "2025", "--la",
						"E06000034", "--out", this.work.resolve(out).toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.work.resolve(logName).toFile());
		builder.environment().putAll(database);
		// small chunks, so the fault lands in the middle of a step; a short lease, as the
		// failed run cannot release it
		builder.environment().put("SSDA903_CHUNK_SIZE", "20");
		builder.environment().put("SSDA903_LOCK_LEASE", "PT2S");
		return builder.start();
	}

	private static boolean mount(Path disk, String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(disk.resolveSibling("mount.log").toFile())
			.start();
		return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
	}

	private static String lastLine(String log) {
		List<String> lines = log.lines().toList();
		return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
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

	private Path runFolder(String out) throws IOException {
		try (var folders = Files.list(this.work.resolve(out))) {
			return folders.findFirst().orElseThrow();
		}
	}

}
