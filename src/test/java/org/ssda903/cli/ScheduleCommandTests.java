package org.ssda903.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.ssda903.support.ExtractWriter;

/**
 * {@code schedule --once} and {@code --strict} as a cron user sees them: exit codes and
 * output. The schedule command is added here by hand until the lead registers it with the
 * others.
 */
class ScheduleCommandTests {

	static final String LA = "E06000034";

	@TempDir
	Path work;

	@RegisterExtension
	final CliHarness cli = new CliHarness("schedule");

	@Test
	void strictTurnsACompletedRunWithErrorsIntoItsOwnCodeAndLeavesTheDefaultAlone() {
		Path extract = withAnError(this.work.resolve("extract"));
		Path other = withAnError(this.work.resolve("other"));
		ExtractWriter.write(other, "reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE");

		assertThat(
				this.cli.execute("run", "--extract", extract.toString(), "--year", "2025", "--la", LA, "--out", out()))
			.isEqualTo(ExitCodes.COMPLETED);
		assertThat(this.cli.execute("run", "--strict", "--extract", other.toString(), "--year", "2025", "--la", LA,
				"--out", out()))
			.isEqualTo(ExitCodes.COMPLETED_WITH_ERRORS);
		assertThat(this.cli.out()).containsPattern("validation issues: [1-9]\\d* error");
	}

	@Test
	void onceRunsTheReadyDeliveryAndExitsWithItsCodeThenZeroWhenNothingIsNew() {
		Path inbound = this.work.resolve("inbound");
		ExtractWriter.write(withAnError(inbound.resolve("2025-11-21")), "READY");
		ExtractWriter.smallCouncil(inbound.resolve("2025-11-22"), 3);
		String[] once = { "schedule", "--once", "--strict", "--stable-for", "PT0S", "--inbound", inbound.toString(),
				"--year", "2025", "--la", LA, "--out", out() };

		assertThat(this.cli.execute(once)).isEqualTo(ExitCodes.COMPLETED_WITH_ERRORS);
		assertThat(this.cli.out()).contains("Delivery 2025-11-21:", "COMPLETED").doesNotContain("2025-11-22");

		assertThat(this.cli.execute(once)).isEqualTo(ExitCodes.COMPLETED);
		assertThat(this.cli.out()).contains("Already processed");
	}

	@Test
	void theServiceNeedsACronExpressionAndAMarkerChoice() {
		String inbound = this.work.toString();
		assertThat(this.cli.execute("schedule", "--inbound", inbound, "--year", "2025", "--la", LA))
			.isEqualTo(ExitCodes.USAGE);
		assertThat(this.cli.err()).contains("--cron is required unless --once");
		assertThat(this.cli.execute("schedule", "--once", "--no-marker", "--ready-marker", "DONE", "--inbound", inbound,
				"--year", "2025", "--la", LA))
			.isEqualTo(ExitCodes.USAGE);
		assertThat(this.cli.execute("schedule", "--cron", "every night", "--inbound", inbound, "--year", "2025", "--la",
				LA))
			.isEqualTo(ExitCodes.USAGE);
		assertThat(this.cli.execute("schedule", "--once", "--inbound", this.work.resolve("nowhere").toString(),
				"--year", "2025", "--la", LA))
			.isEqualTo(ExitCodes.BAD_INPUT);
	}

	/**
	 * A small council whose first child's sex code is not a 903 code: an error-severity
	 * issue.
	 */
	private static Path withAnError(Path folder) {
		ExtractWriter.smallCouncil(folder, 3);
		ExtractWriter.write(folder, "header.csv", ExtractWriter.HEADER, "C0001,X,15/06/2012,WBRI,UN1,,",
				"C0002,F,15/06/2012,WBRI,UN1,,", "C0003,M,15/06/2012,WBRI,UN1,,");
		return folder;
	}

	private String out() {
		return this.work.resolve("out").toString();
	}

}
