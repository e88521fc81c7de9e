package org.ssda903.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import org.ssda903.cli.Ssda903Application;
import org.ssda903.common.Checksums;
import org.ssda903.generator.FixtureGenerator;
import org.ssda903.generator.GeneratorOptions;
import org.ssda903.model.CollectionYear;
import org.ssda903.run.JobParams;
import org.ssda903.run.ReferenceFiles;
import org.ssda903.run.RunStep;

/**
 * A run reads the postcode lookup it recorded, through its restart and its reruns,
 * whatever another council's run stores meanwhile; a rerun given a new lookup reads that
 * one from then on.
 */
@SpringBootTest(classes = Ssda903Application.class,
		properties = {
				"spring.datasource.url=jdbc:h2:mem:run-reference;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
				"ssda903.chunk-size=200" })
class H2RunReferenceTests {

	private static final CollectionYear YEAR = new CollectionYear(2025);

	@Autowired
	private NightlyRunner runner;

	@Autowired
	private RerunRunner reruns;

	@Autowired
	private JdbcTemplate jdbc;

	@TempDir
	private Path work;

	@Test
	void aRunKeepsItsLookupThroughItsRestartAndRerunsWhileAnotherCouncilStoresAnother() throws Exception {
		Path lookupA = council("thurrock", "E06000034", 7);
		Path lookupB = council("sandwell", "E08000025", 8);
		JobExecution alone = run("thurrock", "E06000034", lookupA, null);
		Path badLocal = Files.createDirectories(this.work.resolve("local"));
		// a local extract with no header fails the kpi step, after validate has read
		// lookup A
		Files.writeString(badLocal.resolve(ReferenceFiles.VISITS), "");

		JobExecution failed = run("thurrock", "E06000034", lookupA, badLocal);
		JobExecution other = run("sandwell", "E08000025", lookupB, null);
		Files.delete(badLocal.resolve(ReferenceFiles.VISITS));
		JobExecution restarted = this.runner.restart(failed, "test", List.of()).execution();
		JobExecution rerun = this.reruns.rerun(restarted, RunStep.VALIDATE.stepName(), "test", List.of()).execution();

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(List.of(alone.getStatus(), other.getStatus(), restarted.getStatus(), rerun.getStatus()))
			.containsOnly(BatchStatus.COMPLETED);
		long runId = restarted.getJobInstance().getInstanceId();
		assertThat(postcodesOf(runId)).isEqualTo(Checksums.of(lookupA));
		assertThat(locationKpis(rerun)).isEqualTo(locationKpis(alone)).isNotEmpty();
		assertThat(issues(runId)).isEqualTo(issues(alone.getJobInstance().getInstanceId()));

		JobExecution rerunWithB = this.reruns
			.rerun(restarted, RunStep.VALIDATE.stepName(), "test", List.of(),
					new ReferenceFiles(lookupB, null, null, null))
			.execution();
		List<String> withB = locationKpis(rerunWithB);
		JobExecution rerunAgain = this.reruns.rerun(restarted, RunStep.KPI.stepName(), "test", List.of()).execution();

		assertThat(postcodesOf(runId)).isEqualTo(Checksums.of(lookupB));
		assertThat(withB).isNotEqualTo(locationKpis(alone));
		// the same folder, written again by the last rerun: from the lookup the run now
		// records
		assertThat(locationKpis(rerunAgain)).isEqualTo(withB);
	}

	/** Writes a council's extract and its own postcode lookup; gives the lookup. */
	private Path council(String name, String laCode, long seed) {
		Path council = this.work.resolve(name);
		new FixtureGenerator(new GeneratorOptions(150, YEAR, laCode, seed)).writeExtract(council.resolve("2024-25"),
				council.resolve("2023-24"), council.resolve("postcodes.csv"));
		return council.resolve("postcodes.csv");
	}

	private JobExecution run(String name, String laCode, Path postcodes, Path local) throws Exception {
		Path council = this.work.resolve(name);
		JobParams params = JobParams.of(laCode, YEAR, council.resolve("2024-25"), council.resolve("2023-24"),
				new ReferenceFiles(postcodes, null, null, local), this.work.resolve("out"), "test");
		return this.runner.run(params).execution();
	}

	private String postcodesOf(long runId) {
		return this.jdbc.queryForObject("select sha256 from run_reference where run_id = ? and kind = 'postcodes'",
				String.class, runId);
	}

	private int issues(long runId) {
		return this.jdbc.queryForObject("select count(*) from validation_issue where run_id = ?", Integer.class, runId);
	}

	/** The placement location KPIs, the ones a postcode lookup decides. */
	private static List<String> locationKpis(JobExecution execution) throws IOException {
		return Files.readAllLines(NightlyJobTests.outputFolder(execution).resolve("kpi/kpi.csv"))
			.stream()
			.filter((line) -> line.startsWith("LOC-"))
			.toList();
	}

}
