package org.ssda903.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ssda903.cli.ExitCodes;
import org.ssda903.support.ExtractWriter;

/**
 * A hostile file through a real run in a small heap: memory and disk stay bounded
 * whatever the input. The heap is limited to 256 MB, where a run holding the field (as
 * text, in the rejects table and in the rejects file) failed.
 */
class HostileInputProcessTests {

	private static final int FIELD_CHARS = 50 * 1024 * 1024;

	@TempDir
	Path work;

	@Test
	void aFiftyMegabyteQuotedFieldIsRejectedAndTheRunCompletesInASmallHeapWithASmallRejectsFile() throws Exception {
		Path extract = ExtractWriter.smallCouncil(this.work.resolve("extract"), 5);
		try (BufferedWriter header = Files.newBufferedWriter(extract.resolve("header.csv"), StandardCharsets.UTF_8,
				java.nio.file.StandardOpenOption.APPEND)) {
			header.write("C0099,M,15/06/2012,WBRI,\"");
			char[] block = "UPN-".repeat(1024).toCharArray();
			for (int written = 0; written < FIELD_CHARS; written += block.length) {
				header.write(block);
			}
			header.write("\",,\n");
		}

		long started = System.nanoTime();
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx256m", "-cp", System.getProperty("java.class.path"), "org.ssda903.cli.Ssda903Application", "run",
				"--extract", extract.toString(), "--year", "2025", "--la", "E06000034", "--out",
				this.work.resolve("out").toString())
			.redirectErrorStream(true)
			.redirectOutput(this.work.resolve("run.log").toFile());
		builder.environment().put("SSDA903_DATA_DIR", this.work.resolve("data").toString());
		Process run = builder.start();
		long peakKb = 0;
		while (!run.waitFor(200, TimeUnit.MILLISECONDS)) {
			peakKb = Math.max(peakKb, residentPeakKb(run.pid()));
			assertThat(System.nanoTime() - started).as("the run takes less than two minutes")
				.isLessThan(TimeUnit.MINUTES.toNanos(2));
		}
		String log = Files.readString(this.work.resolve("run.log"));
		System.out.printf("50 MB field: exit %d in %.1f s, peak RSS %d MB%n", run.exitValue(),
				(System.nanoTime() - started) / 1e9, peakKb / 1024);

		assertThat(run.exitValue()).as(log).isEqualTo(ExitCodes.COMPLETED);
		assertThat(log).contains("rows read 11, loaded 10, rejected 1");
		Path rejects;
		try (var folders = Files.list(this.work.resolve("out"))) {
			rejects = folders.findFirst().orElseThrow().resolve("rejected/header.csv");
		}
		List<String> lines = Files.readAllLines(rejects);
		assertThat(Files.size(rejects)).isLessThan(2_000);
		assertThat(lines.get(1)).startsWith("header.csv,7,,\"the record is " + (FIELD_CHARS + 28) + " bytes long")
			.endsWith("\u2026[truncated, " + (FIELD_CHARS + 28) + " characters]\"");
	}

	/**
	 * The process's peak resident memory so far (Linux), or 0 where it cannot be read.
	 */
	private static long residentPeakKb(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("\\D", ""));
				}
			}
		}
		catch (IOException | RuntimeException gone) {
			// the process ended between two looks, or this is not Linux
		}
		return 0;
	}

}
