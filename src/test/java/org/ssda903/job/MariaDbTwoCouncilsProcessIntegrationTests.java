package org.ssda903.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ssda903.generator.FixtureGenerator;
import org.ssda903.generator.GeneratorOptions;
import org.ssda903.model.CollectionYear;
import org.ssda903.support.BackgroundCli;
import org.ssda903.support.MariaDb;

/**
 * Two councils started at the same instant on one empty database, each with its own
 * postcode lookup, as two schedulers would: each gets the outputs it gets alone, byte for
 * byte. Before reference data was kept per run, the first was validated with the second's
 * lookup, or failed with "No value present" when both stored theirs at once.
 */
class MariaDbTwoCouncilsProcessIntegrationTests {

	private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);

	@TempDir
	Path work;

	@Test
	void twoCouncilsAtOnceOnOneDatabaseGiveTheOutputsEachGivesAlone() throws Exception {
		council("thurrock", "E06000034", 7);
		council("sandwell", "E08000025", 8);

		Map<String, String> shared = database("shared");
		// each alone on a database of its own, at the same time as the pair, to keep the
		// test short
		BackgroundCli thurrockAlone = run(database("alone_t"), "thurrock", "E06000034", "out-alone");
		BackgroundCli sandwellAlone = run(database("alone_s"), "sandwell", "E08000025", "out-alone");
		BackgroundCli thurrock = run(shared, "thurrock", "E06000034", "out-shared");
		BackgroundCli sandwell = run(shared, "sandwell", "E08000025", "out-shared");
		for (BackgroundCli run : List.of(thurrockAlone, sandwellAlone, thurrock, sandwell)) {
			assertCompleted(run);
		}

		for (String la : List.of("E06000034", "E08000025")) {
			Path alone = runFolder(this.work.resolve("out-alone"), la);
			Path together = runFolder(this.work.resolve("out-shared"), la);
			assertThat(lines(together, "validation/issues.csv")).hasSameSizeAs(lines(alone, "validation/issues.csv"));
			assertThat(lines(together, "kpi/kpi.csv")).filteredOn((line) -> line.startsWith("LOC-"))
				.isNotEmpty()
				.containsExactlyElementsOf(
						lines(alone, "kpi/kpi.csv").stream().filter((line) -> line.startsWith("LOC-")).toList());
			NightlyJobTests.assertSameFiles(alone, together);
		}
	}

	private void council(String name, String laCode, long seed) {
		Path council = this.work.resolve(name);
		new FixtureGenerator(new GeneratorOptions(250, new CollectionYear(2025), laCode, seed))
			.writeExtract(council.resolve("2024-25"), council.resolve("2023-24"), council.resolve("postcodes.csv"));
	}

	private static Map<String, String> database(String name) {
		MariaDb.Database database = MariaDb.create("councils_" + name);
		return Map.of("SPRING_DATASOURCE_URL", database.url(), "SPRING_DATASOURCE_USERNAME", database.user(),
				"SPRING_DATASOURCE_PASSWORD", database.password());
	}

	private BackgroundCli run(Map<String, String> database, String name, String laCode, String out) throws IOException {
		Path council = this.work.resolve(name);
		return BackgroundCli.start(database, this.work.resolve(name + "-" + out + ".log"), "run", "--extract",
				council.resolve("2024-25").toString(), "--previous", council.resolve("2023-24").toString(),
				"--postcodes", council.resolve("postcodes.csv").toString(), "--year", "2025", "--la", laCode, "--out",
				this.work.resolve(out).toString());
	}

	private static void assertCompleted(BackgroundCli run) throws Exception {
		int exit = run.exitCode(RUN_TIMEOUT);
		assertThat(exit).as(run.output()).isZero();
	}

	private static Path runFolder(Path out, String laCode) throws IOException {
		try (Stream<Path> folders = Files.list(out)) {
			return folders.filter((folder) -> folder.getFileName().toString().startsWith(laCode + "_"))
				.findFirst()
				.orElseThrow();
		}
	}

	private static List<String> lines(Path folder, String file) throws IOException {
		return Files.readAllLines(folder.resolve(file));
	}

}
