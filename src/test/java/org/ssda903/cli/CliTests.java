package org.ssda903.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import org.ssda903.support.ExtractWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line as a scheduler sees it: exit codes and what is printed. Each test points the application at an
 * in-memory H2 database of its own through a system property, the one way into the context a command starts.
 */
class CliTests {

	@TempDir
	Path work;

	StringWriter out = new StringWriter();

	StringWriter err = new StringWriter();

	@BeforeEach
	void privateDatabase() {
		System.setProperty("spring.datasource.url",
				"jdbc:h2:mem:cli-" + System.nanoTime() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
	}

	@AfterEach
	void restore() {
		System.clearProperty("spring.datasource.url");
	}

	@Test
	void everyCommandAnswersHelpWithoutADatabase() {
		for (String command : new String[] { "run", "restart", "rerun", "history", "rejects", "purge", "rules", "kpi",
				"schedule", "pull", "serve", "generate" }) {
			assertThat(execute(command, "--help")).as(command).isZero();
		}
		assertThat(this.out.toString()).contains("Usage: ssda903-batch run", "--extract=DIR", "--previous=DIR");
	}

	@Test
	void aMissingOptionIsAUsageError() {
		assertThat(execute("run", "--year", "2025", "--la", "E06000034")).isEqualTo(ExitCodes.USAGE);
		assertThat(this.err.toString()).contains("Missing required option: '--extract=DIR'");
	}

	@Test
	void anUnsupportedYearIsAUsageErrorThatSaysWhichYearsAreSupported() {
		assertThat(execute("run", "--extract", this.work.toString(), "--year", "2019", "--la", "E06000034"))
			.isEqualTo(ExitCodes.USAGE);
		assertThat(this.err.toString()).contains("2023 to 2027 (2025 = 2024-25)");
	}

	@Test
	void aMissingExtractFolderIsBadInput() {
		assertThat(execute("run", "--extract", this.work.resolve("nowhere").toString(), "--year", "2025", "--la",
				"E06000034"))
			.isEqualTo(ExitCodes.BAD_INPUT);
		assertThat(this.err.toString()).contains("does not exist");
	}

	@Test
	void aRunPrintsItsSummaryAndTheSameExtractAgainIsAlreadyProcessed() {
		Path extract = ExtractWriter.smallCouncil(this.work.resolve("extract"), 5);
		String[] run = { "run", "--extract", extract.toString(), "--year", "2025", "--la", "E06000034", "--out",
				this.work.resolve("out").toString() };

		assertThat(execute(run)).isEqualTo(ExitCodes.COMPLETED);
		assertThat(this.out.toString()).contains("COMPLETED", "rows read 10, loaded 10, rejected 0",
				"outputs: " + this.work.resolve("out"));

		assertThat(execute(run)).isEqualTo(ExitCodes.ALREADY_PROCESSED);
		assertThat(this.out.toString()).contains("Already processed: run 1 (execution 1)");
	}

	@Test
	void anUnreadableExtractFailsTheRunAsBadInputAndTheHistoryShowsWhy() {
		Path extract = ExtractWriter.smallCouncil(this.work.resolve("extract"), 2);
		ExtractWriter.write(extract, "notes.csv", "A,B", "1,2");

		assertThat(execute("run", "--extract", extract.toString(), "--year", "2025", "--la", "E06000034", "--out",
				this.work.resolve("out").toString()))
			.isEqualTo(ExitCodes.BAD_INPUT);
		assertThat(this.out.toString()).contains("failed: notes.csv: its columns (2) match no 903 file layout");
	}

	@Test
	void restartOfAnExecutionThatDoesNotExistIsAUsageError() {
		assertThat(execute("restart", "42")).isEqualTo(ExitCodes.USAGE);
		assertThat(this.err.toString()).contains("there is no execution 42");
	}

	private int execute(String... args) {
		CommandLine commandLine = Cli.commandLine();
		commandLine.setOut(new PrintWriter(this.out, true));
		commandLine.setErr(new PrintWriter(this.err, true));
		return commandLine.execute(args);
	}

}
