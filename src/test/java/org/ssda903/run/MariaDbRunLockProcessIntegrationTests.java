package org.ssda903.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ssda903.generator.FixtureGenerator;
import org.ssda903.generator.GeneratorOptions;
import org.ssda903.model.CollectionYear;
import org.ssda903.support.BackgroundCli;
import org.ssda903.support.MariaDb;

/**
 * The run lock between real processes on one database: a live holder turns a second run
 * away with exit 6, saying who holds the lock, since when and until when; once the holder
 * is killed, the next run on the same host takes the lock over at once rather than after
 * its ten-minute lease, and completes the run.
 */
class MariaDbRunLockProcessIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofMinutes(3);

	@TempDir
	Path work;

	@Test
	void aLiveHolderTurnsARunAwayAndADeadOneOnThisHostIsTakenOverAtOnce() throws Exception {
		Path council = this.work.resolve("council");
		new FixtureGenerator(new GeneratorOptions(1000, new CollectionYear(2025), "E06000034", 7))
			.writeExtract(council.resolve("2024-25"), council.resolve("2023-24"), council.resolve("postcodes.csv"));
		MariaDb.Database database = MariaDb.create("run_lock");
		Map<String, String> environment = new HashMap<>(
				Map.of("SPRING_DATASOURCE_URL", database.url(), "SPRING_DATASOURCE_USERNAME", database.user(),
						"SPRING_DATASOURCE_PASSWORD", database.password(), "SSDA903_LOCK_LEASE", "PT10M"));
		// small chunks keep the holder in its ingest step while the second process starts
		environment.put("SSDA903_CHUNK_SIZE", "5");
		BackgroundCli holder = run(environment, "holder.log");
		holder.awaitOutput("extract has", TIMEOUT);

		BackgroundCli turnedAway = run(environment, "turned-away.log");

		assertThat(turnedAway.exitCode(TIMEOUT)).as(turnedAway.output()).isEqualTo(6);
		assertThat(turnedAway.output()).containsPattern("held by \\S+, process " + holder.process().pid()
				+ " on \\S+ since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC; its lease expires at"
				+ " \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC");
		assertThat(holder.process().isAlive()).as("the holder still ran when the second process was turned away")
			.isTrue();

		holder.process().destroyForcibly().waitFor();
		environment.remove("SSDA903_CHUNK_SIZE");
		long started = System.nanoTime();
		BackgroundCli next = run(environment, "next.log");

		assertThat(next.exitCode(TIMEOUT)).as(next.output()).isZero();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMinutes(10));
		assertThat(next.output()).contains(
				"its holder (process " + holder.process().pid() + " on this host) is no longer running",
				"was left running by a process that died; recovered it", "COMPLETED");
	}

	private BackgroundCli run(Map<String, String> environment, String log) throws Exception {
		Path council = this.work.resolve("council");
		return BackgroundCli.start(environment, this.work.resolve(log), "run", "--extract",
				council.resolve("2024-25").toString(), "--previous", council.resolve("2023-24").toString(),
				"--postcodes", council.resolve("postcodes.csv").toString(), "--year", "2025", "--la", "E06000034",
				"--out", this.work.resolve("out").toString());
	}

}
