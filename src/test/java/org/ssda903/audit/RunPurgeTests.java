package org.ssda903.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.PlatformTransactionManager;

import org.ssda903.cli.Ssda903Application;
import org.ssda903.job.NightlyRunner;
import org.ssda903.model.CollectionYear;
import org.ssda903.model.Table;
import org.ssda903.returns.ReturnBuilder;
import org.ssda903.returns.ReturnVersion;
import org.ssda903.run.JobParams;
import org.ssda903.run.ReferenceFiles;
import org.ssda903.store.StagingRepository;
import org.ssda903.support.AuditorExtracts;
import org.ssda903.support.ExtractWriter;
import org.ssda903.support.Runs;

/**
 * Retention removes an old completed run's personal data (staged rows, the raw text of
 * its rejects, a superseded return) and keeps what an auditor and next year's run need:
 * counts, reasons, and the newest return. Last year's folder given to a run is the run's
 * staged data until it is kept as the council's return of its year, and the council's
 * after.
 */
@SpringBootTest(classes = Ssda903Application.class,
		properties = "spring.datasource.url=jdbc:h2:mem:run-purge;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class RunPurgeTests {

	@Autowired
	NightlyRunner runner;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager tx;

	@Autowired
	JobOperator jobOperator;

	@MockitoSpyBean
	ReturnBuilder returnBuilder;

	@TempDir
	Path work;

	@Test
	void anOldRunLosesItsPersonalDataButKeepsItsHistoryAndTheNewestReturnStays() throws Exception {
		long first = Runs.runId(Runs.completed(this.runner, AuditorExtracts.completing(this.work.resolve("a")),
				"E06000030", this.work.resolve("out")));
		long second = Runs.runId(Runs.completed(this.runner, ExtractWriter.smallCouncil(this.work.resolve("b"), 4),
				"E06000030", this.work.resolve("out")));

		RunPurge.Result dryRun = purgeTenDaysFromNow(true);
		assertThat(stagedRows(first)).isPositive();
		RunPurge.Result result = purgeTenDaysFromNow(false);

		assertThat(dryRun.runs()).isEqualTo(result.runs());
		RunPurge.RunPurged firstPurged = result.runs().stream().filter((r) -> r.runId() == first).findFirst().get();
		assertThat(firstPurged.stagedRows()).isEqualTo(5 + 2);
		assertThat(firstPurged.rejectTexts()).isEqualTo(2);
		assertThat(firstPurged.returnRows()).isPositive();
		assertThat(stagedRows(first)).isZero();
		assertThat(stagedRows(second)).isZero();
		// the reasons stay for the history; only the raw text (personal data) goes
		assertThat(this.jdbc.queryForObject(
				"select count(*) from rejected_record where run_id = ? and raw_text is null", Integer.class, first))
			.isEqualTo(2);
		// the newest return of the council's year is what next year's run reads: never
		// purged
		assertThat(returnRows(second)).isEqualTo(4 + 4);
	}

	@Test
	void aFailedRunIsKeptSinceItMayStillBeRestarted() throws Exception {
		JobExecution failed = Runs.run(this.runner, AuditorExtracts.failing(this.work.resolve("c")), "E06000031",
				this.work.resolve("out"));

		RunPurge.Result result = purgeTenDaysFromNow(false);

		assertThat(result.runs()).extracting(RunPurge.RunPurged::runId).doesNotContain(Runs.runId(failed));
		assertThat(result.keptRestartable()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void aRecentRunIsNotPurged() throws Exception {
		long recent = Runs.runId(Runs.completed(this.runner, ExtractWriter.smallCouncil(this.work.resolve("d"), 3),
				"E06000032", this.work.resolve("out")));

		RunPurge.Result result = new RunPurge(this.jobRepository, this.jdbc, this.tx, Clock.systemUTC())
			.purge(Duration.ofDays(1), false);

		assertThat(result.runs()).extracting(RunPurge.RunPurged::runId).doesNotContain(recent);
		assertThat(stagedRows(recent)).isEqualTo(3 + 3);
	}

	@Test
	void aRunAbandonedBeforeKeepingTheFolderItWasGivenLosesThatFolderAndNothingElse() throws Exception {
		JobExecution keeping = runGivenLastYear("E06000033", "e");
		assertThat(keeping.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		long kept = Runs.runId(keeping);
		Map<Table, Integer> keptRows = tableRows(StagingRepository.RETURN, StagingRepository.givenPreviousKey(kept));
		// the run fails between validate, which staged the folder, and kpi, which would
		// have kept it, and the operator abandons it rather than restart it
		doThrow(new IllegalStateException("killed")).when(this.returnBuilder)
			.build(anyLong(), eq("E06000035"), any(), any());
		JobExecution failed = runGivenLastYear("E06000035", "f");
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		this.jobOperator.abandon(failed);
		long abandoned = Runs.runId(failed);
		long given = StagingRepository.givenPreviousKey(abandoned);
		assertThat(this.jdbc.queryForObject("select count(*) from return_version where return_id = ?", Integer.class,
				given))
			.isZero();
		// the whole folder, untrimmed: two children in header and episodes
		assertThat(total(tableRows(StagingRepository.RETURN, given))).isEqualTo(4);
		int ownStaged = total(tableRows(StagingRepository.STAGING, abandoned));

		purgeTenDaysFromNow(true);
		assertThat(total(tableRows(StagingRepository.RETURN, given))).isEqualTo(4);

		assertThat(purgedAsItsDryRunSaid(abandoned)).isEqualTo(new RunPurge.RunPurged(abandoned, ownStaged + 4, 0, 0));
		assertThat(total(tableRows(StagingRepository.RETURN, given))).isZero();
		assertThat(tableRows(StagingRepository.RETURN, StagingRepository.givenPreviousKey(kept))).isEqualTo(keptRows);
	}

	@Test
	void aFolderKeptAsTheCouncilsReturnIsTheCouncilsNowAndNotPurgedWithTheRunItWasGivenTo() throws Exception {
		JobExecution run = runGivenLastYear("E06000036", "g");
		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		long runId = Runs.runId(run);
		long given = StagingRepository.givenPreviousKey(runId);
		List<Map<String, Object>> version = this.jdbc.queryForList(
				"select * from return_version where return_id = ? and source = ?", given, ReturnVersion.GIVEN);
		assertThat(version).hasSize(1);
		Map<Table, Integer> keptRows = tableRows(StagingRepository.RETURN, given);
		// trimmed to the year's scope: the child who left care years before is gone
		assertThat(total(keptRows)).isEqualTo(2);
		int ownStaged = total(tableRows(StagingRepository.STAGING, runId));

		// the run loses its own extract; the kept folder is counted nowhere
		assertThat(purgedAsItsDryRunSaid(runId)).isEqualTo(new RunPurge.RunPurged(runId, ownStaged, 0, 0));
		assertThat(tableRows(StagingRepository.RETURN, given)).isEqualTo(keptRows);
		assertThat(this.jdbc.queryForList("select * from return_version where return_id = ?", given))
			.isEqualTo(version);
	}

	@Test
	void aFolderGivenToARunOfAYearAlreadyHeldStaysStagedUntilThatRunIsPurged() throws Exception {
		JobExecution keeping = runGivenLastYear("E06000037", "h");
		JobExecution later = runGivenLastYear("E06000037", "i", 4);
		assertThat(later.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		long keptKey = StagingRepository.givenPreviousKey(Runs.runId(keeping));
		Map<Table, Integer> keptRows = tableRows(StagingRepository.RETURN, keptKey);
		long laterRun = Runs.runId(later);
		long notKept = StagingRepository.givenPreviousKey(laterRun);
		// the whole folder, as the later run's validation read it
		assertThat(total(tableRows(StagingRepository.RETURN, notKept))).isEqualTo(4);
		int ownStaged = total(tableRows(StagingRepository.STAGING, laterRun));

		assertThat(purgedAsItsDryRunSaid(laterRun)).isEqualTo(new RunPurge.RunPurged(laterRun, ownStaged + 4, 0, 0));
		assertThat(total(tableRows(StagingRepository.RETURN, notKept))).isZero();
		assertThat(tableRows(StagingRepository.RETURN, keptKey)).isEqualTo(keptRows);
	}

	/**
	 * Purges as of ten days from now, after a dry run that must have said the same; what
	 * the purge did to the run.
	 */
	private RunPurge.RunPurged purgedAsItsDryRunSaid(long runId) {
		RunPurge.Result dryRun = purgeTenDaysFromNow(true);
		RunPurge.Result result = purgeTenDaysFromNow(false);
		assertThat(dryRun.runs()).isEqualTo(result.runs());
		return result.runs().stream().filter((r) -> r.runId() == runId).reduce((a, b) -> {
			throw new AssertionError("run " + runId + " purged twice");
		}).orElseThrow(() -> new AssertionError("run " + runId + " not purged"));
	}

	private JobExecution runGivenLastYear(String laCode, String name) throws Exception {
		return runGivenLastYear(laCode, name, 3);
	}

	/**
	 * A run of a small council given last year's folder, whatever its status; the first
	 * for a council keeps the folder as that year's return.
	 */
	private JobExecution runGivenLastYear(String laCode, String name, int children) throws Exception {
		Path previous = this.work.resolve(name + "-previous");
		ExtractWriter.write(previous, "header.csv", ExtractWriter.HEADER, "P1,M,01/02/2010,WBRI,UN1,,",
				"P2,F,01/02/2011,WBRI,UN1,,");
		// P2 left care years before 2023-24, so keeping the folder trims it
		ExtractWriter.write(previous, "episodes.csv", ExtractWriter.EPISODES, "P1,01/05/2023,S,C2,N1,U4,PR1,,,,,,",
				"P2,01/01/2020,S,C2,N1,U4,PR1,01/02/2020,E11,,,,");
		JobParams params = JobParams.of(laCode, new CollectionYear(2025),
				ExtractWriter.smallCouncil(this.work.resolve(name), children), previous, ReferenceFiles.none(),
				this.work.resolve("out"), "test");
		return this.runner.run(params).execution();
	}

	private Map<Table, Integer> tableRows(String prefix, long key) {
		String keyColumn = prefix.equals(StagingRepository.STAGING) ? "run_id" : "return_id";
		Map<Table, Integer> rows = new EnumMap<>(Table.class);
		for (Table table : Table.values()) {
			rows.put(table,
					this.jdbc.queryForObject(
							"select count(*) from " + table.sqlName(prefix) + " where " + keyColumn + " = ?",
							Integer.class, key));
		}
		return rows;
	}

	private static int total(Map<Table, Integer> rows) {
		return rows.values().stream().mapToInt(Integer::intValue).sum();
	}

	private RunPurge.Result purgeTenDaysFromNow(boolean dryRun) {
		Clock later = Clock.offset(Clock.systemUTC(), Duration.ofDays(10));
		return new RunPurge(this.jobRepository, this.jdbc, this.tx, later).purge(Duration.ofDays(1), dryRun);
	}

	private int stagedRows(long runId) {
		return this.jdbc.queryForObject("select count(*) from stg_header where run_id = ?", Integer.class, runId)
				+ this.jdbc.queryForObject("select count(*) from stg_episodes where run_id = ?", Integer.class, runId);
	}

	private int returnRows(long runId) {
		return this.jdbc
			.queryForObject("select count(*) from ret_header h join return_version v"
					+ " on h.return_id = v.return_id where v.run_id = ?", Integer.class, runId)
				+ this.jdbc.queryForObject("select count(*) from ret_episodes e join return_version v"
						+ " on e.return_id = v.return_id where v.run_id = ?", Integer.class, runId);
	}

}
