package org.ssda903.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * jobs/schedule/ssda903-nightly.sh, the cron and systemd wrapper, with a stub
 * {@code java} on the PATH that prints like the job and exits with a chosen code: silent
 * when all is well, otherwise one paragraph naming what failed, the exit code and the
 * command to run next.
 */
class NightlyWrapperTests {

	private static final Path WRAPPER = Path.of("jobs/schedule/ssda903-nightly.sh").toAbsolutePath();

	@TempDir
	Path work;

	@ParameterizedTest(name = "job exit {0}: wrapper exit {1}")
	@CsvSource(delimiter = '|', value = { "0 | 0 | ", "4 | 0 | ",
			"3 | 3 | cannot be read (exit code 3; log: {log}). Next: ask for a corrected extract",
			"5 | 5 | can be restarted (exit code 5; log: {log}). Next: fix the cause named in the log, then run {wrapper} again",
			"6 | 6 | holds the run lock (exit code 6; log: {log})",
			"7 | 7 | error-severity validation issues (exit code 7; log: {log}). Next: send the data team the correction list: java -jar /opt/jar rejects 12",
			"1 | 1 | an internal error (exit code 1; log: {log}). Next: read the log and report it" })
	void silentWhenAllIsWellOneParagraphOtherwise(int jobExit, int wrapperExit, String paragraph) throws Exception {
		Path extract = Files.createDirectories(this.work.resolve("inbound/tonight"));
		Files.writeString(extract.resolve("READY"), "");

		Result result = wrapper(extract, jobExit, 12);

		assertThat(result.exitCode()).isEqualTo(wrapperExit);
		Path log;
		try (var logs = Files.list(this.work.resolve("home/logs"))) {
			log = logs.findFirst().orElseThrow();
		}
		// the job's own output is kept, not printed
		assertThat(Files.readString(log)).contains("Run 9 (execution 12)", "INFO  stub log line");
		if (paragraph == null) {
			assertThat(result.output()).isEmpty();
			return;
		}
		assertThat(result.output().lines()).hasSize(1);
		assertThat(result.output()).startsWith("ssda903: the nightly run for E06000034 2026 needs attention: ")
			.contains(paragraph.replace("{log}", log.toString()).replace("{wrapper}", WRAPPER.toString()))
			.doesNotContain("INFO");
	}

	@Test
	void aDeliveryWithoutItsMarkerRunsNothingAndSaysSoOnce() throws Exception {
		Path extract = Files.createDirectories(this.work.resolve("inbound/tonight"));

		Result result = wrapper(extract, 0, 12);

		assertThat(result.exitCode()).isZero();
		assertThat(result.output().lines()).hasSize(1);
		assertThat(result.output()).contains("has no READY marker", "Next: once the delivery is complete, run");
		assertThat(this.work.resolve("home/logs")).doesNotExist();
	}

	@Test
	void aSecondStartTheSameNightKeepsTheFirstOutputAndNamesItsOwnExecution() throws Exception {
		Path extract = Files.createDirectories(this.work.resolve("inbound/tonight"));
		Files.writeString(extract.resolve("READY"), "");

		assertThat(wrapper(extract, 5, 12).exitCode()).isEqualTo(5);
		Result again = wrapper(extract, 7, 13);

		assertThat(again.output()).endsWith("rejects 13.\n");
		try (var logs = Files.list(this.work.resolve("home/logs"))) {
			assertThat(Files.readString(logs.findFirst().orElseThrow())).contains("(execution 12)", "(execution 13)");
		}
	}

	private record Result(int exitCode, String output) {
	}

	private Result wrapper(Path extract, int jobExit, int execution) throws Exception {
		Path bin = Files.createDirectories(this.work.resolve("bin"));
		Path java = Files.writeString(bin.resolve("java"), """
				#!/bin/sh
				echo "Run 9 (execution %d): STATUS in 1.0 s, E06000034 2026"
				echo "2026-11-28 02:00:01 INFO  stub log line" >&2
				exit %d
				""".formatted(execution, jobExit), StandardCharsets.UTF_8);
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
		ProcessBuilder builder = new ProcessBuilder("sh", WRAPPER.toString()).redirectErrorStream(true);
		Map<String, String> environment = builder.environment();
		environment.clear();
		environment.putAll(Map.of("PATH", bin + ":/usr/bin:/bin", "SSDA903_ENV_FILE", "/dev/null", "SSDA903_HOME",
				this.work.resolve("home").toString(), "SSDA903_JAR", "/opt/jar", "SSDA903_LA", "E06000034",
				"SSDA903_YEAR", "2026", "SSDA903_EXTRACT", extract.toString()));
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), output);
	}

}
