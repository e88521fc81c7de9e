package org.ssda903.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import org.ssda903.cli.Ssda903Application;
import org.ssda903.job.NightlyRunner;
import org.ssda903.support.AuditorExtracts;
import org.ssda903.support.ExtractWriter;
import org.ssda903.support.Runs;

/**
 * Retention removes an old completed run's personal data (staged rows, the raw text of
 * its rejects, a superseded return) and keeps what an auditor and next year's run need:
 * counts, reasons, and the newest return.
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
