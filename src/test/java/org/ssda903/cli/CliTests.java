package org.ssda903.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.ssda903.support.ExtractWriter;

/**
 * The command line as a scheduler sees it: exit codes and what is printed. Each test
 * points the application at an in-memory H2 database of its own through a system
 * property, the one way into the context a command starts.
 */
class CliTests {

	@TempDir
	Path work;

	@RegisterExtension
	final CliHarness cli = new CliHarness("cli");

	@Test
	void everyCommandAnswersHelpWithoutADatabase() {
		for (String command : new String[] { "run", "restart", "rerun", "history", "rejects", "purge", "rules", "kpi",
				"schedule", "pull", "serve", "generate" }) {
			assertThat(this.cli.execute(command, "--help")).as(command).isZero();
		}
		assertThat(this.cli.out()).contains("Usage: ssda903-batch run", "--extract=DIR", "--previous=DIR");
	}

	@Test
	void aMissingOptionIsAUsageError() {
		assertThat(this.cli.execute("run", "--year", "2025", "--la", "E06000034")).isEqualTo(ExitCodes.USAGE);
		assertThat(this.cli.err()).contains("Missing required option: '--extract=DIR'");
	}

	@Test
	void anUnsupportedYearIsAUsageErrorThatSaysWhichYearsAreSupported() {
		assertThat(this.cli.execute("run", "--extract", this.work.toString(), "--year", "2019", "--la", "E06000034"))
			.isEqualTo(ExitCodes.USAGE);
		assertThat(this.cli.err()).contains("2023 to 2027 (2025 = 2024-25)");
	}

	@Test
	void aMissingExtractFolderIsBadInput() {
		assertThat(this.cli.execute("run", "--extract", this.work.resolve("nowhere").toString(), "--year", "2025",
				"--la", "E06000034"))
			.isEqualTo(ExitCodes.BAD_INPUT);
		assertThat(this.cli.err()).contains("does not exist");
	}

	@Test
	void aRunPrintsItsSummaryAndTheSameExtractAgainIsAlreadyProcessed() {
		Path extract = ExtractWriter.smallCouncil(this.work.resolve("extract"), 5);
		String[] run = { "run", "--extract", extract.toString(), "--year", "2025", "--la", "E06000034", "--out",
				this.work.resolve("out").toString() };

		assertThat(this.cli.execute(run)).isEqualTo(ExitCodes.COMPLETED);
		assertThat(this.cli.out()).contains("COMPLETED", "rows read 10, loaded 10, rejected 0",
				"outputs: " + this.work.resolve("out"));

		assertThat(this.cli.execute(run)).isEqualTo(ExitCodes.ALREADY_PROCESSED);
		assertThat(this.cli.out()).contains("Already processed: run 1 (execution 1)");
	}

	@Test
	void theSameContentInAnotherFolderResumesTheFailedRunAndNamesTheFolderGivenNow() throws Exception {
		Path first = Files.createDirectories(this.work.resolve("delivery-1"));
		Path second = Files.createDirectories(this.work.resolve("delivery-2"));

		assertThat(this.cli.execute("run", "--extract", first.toString(), "--year", "2025", "--la", "E06000034",
				"--out", this.work.resolve("out").toString()))
			.isEqualTo(ExitCodes.BAD_INPUT);
		this.cli.clearOut();
		assertThat(this.cli.execute("run", "--extract", second.toString(), "--year", "2025", "--la", "E06000034",
				"--out", this.work.resolve("out").toString()))
			.isEqualTo(ExitCodes.BAD_INPUT);

		// a run is keyed by what it read: the second folder is a new attempt of run 1,
		// and says so by its own name
		assertThat(this.cli.out()).contains("Run 1 (execution 2)", second.toString()).doesNotContain(first.toString());
	}

	@Test
	void anUnreadableExtractFailsTheRunAsBadInputAndTheHistoryShowsWhy() {
		Path extract = ExtractWriter.smallCouncil(this.work.resolve("extract"), 2);
		ExtractWriter.write(extract, "notes.csv", "A,B", "1,2");

		assertThat(this.cli.execute("run", "--extract", extract.toString(), "--year", "2025", "--la", "E06000034",
				"--out", this.work.resolve("out").toString()))
			.isEqualTo(ExitCodes.BAD_INPUT);
		assertThat(this.cli.out()).contains(
				"failed: " + extract.resolve("notes.csv") + ": its first line holds none of the 903 column names");
	}

	@Test
	void aCouncilCodeOfTheRightShapeThatIsNoCouncilIsAUsageError() {
		assertThat(this.cli.execute("run", "--extract", "fixtures/broken/unknown-council", "--year", "2025", "--la",
				"E99999999", "--out", this.work.resolve("out").toString()))
			.isEqualTo(ExitCodes.USAGE);
		assertThat(this.cli.err()).contains("--la E99999999 is not a council's ONS code in the list the"
				+ " product ships (jobs/reference/la_codes.csv)");
	}

	@Test
	void aCouncilCodeIsAcceptedInAnyCase() {
		assertThat(this.cli.execute("run", "--extract", "fixtures/broken/unknown-council", "--year", "2025", "--la",
				"e06000034", "--out", this.work.resolve("out").toString()))
			.isEqualTo(ExitCodes.COMPLETED);
		assertThat(this.cli.out()).contains("COMPLETED", "E06000034 2025");
	}

	@Test
	void theSummaryListsEachFileThatHadRejects() {
		assertThat(this.cli.execute("run", "--extract", "fixtures/broken/short-row", "--year", "2025", "--la",
				"E06000034", "--out", this.work.resolve("out").toString()))
			.isEqualTo(ExitCodes.COMPLETED);
		assertThat(this.cli.out())
			.contains("rows read 12, loaded 11, rejected 1", "    episodes.csv: read 7, loaded 6, rejected 1")
			.doesNotContain("header.csv: read");
	}

	@Test
	void anExpectedErrorIsOneLineAndVerboseAddsItsStackTrace() {
		String[] run = { "run", "--extract", "fixtures/broken/duplicated-layout", "--year", "2025", "--la", "E06000034",
				"--out", this.work.resolve("out").toString() };

		assertThat(this.cli.execute(run)).isEqualTo(ExitCodes.BAD_INPUT);
		assertThat(this.cli.out())
			.contains("failed: placed_for_adoption.csv and placed_for_adoption_errors.csv" + " in "
					+ Path.of("fixtures/broken/duplicated-layout").toAbsolutePath())
			.doesNotContain("\tat org.");

		this.cli.clearOut();
		String[] verbose = Arrays.copyOf(run, run.length + 1);
		verbose[run.length] = "--verbose";
		this.cli.execute(verbose);
		assertThat(this.cli.out()).contains("\tat org.ssda903.extract.ExtractFolder.scan");
	}

	@Test
	void aUsageErrorIsOneLineThatPointsToHelp() {
		assertThat(this.cli.execute("run", "--year", "2025", "--la", "E06000034", "--extract", "x",
				"--max-reject-share", "2"))
			.isEqualTo(ExitCodes.USAGE);
		assertThat(this.cli.err()).isEqualTo("--max-reject-share must be a share above 0 and at most 1, such"
				+ " as 0.05 for 5% (ssda903-batch run --help lists the options)" + System.lineSeparator());
		this.cli.clearErr();

		assertThat(this.cli.execute("run", "--yeer", "2025")).isEqualTo(ExitCodes.USAGE);
		assertThat(this.cli.err().lines()).singleElement()
			.asString()
			.contains("Missing required options", "ssda903-batch run --help lists the options");
	}

	@Test
	void restartOfAnExecutionThatDoesNotExistIsAUsageError() {
		assertThat(this.cli.execute("restart", "42")).isEqualTo(ExitCodes.USAGE);
		assertThat(this.cli.err()).contains("there is no execution 42");
	}

}
