package org.ssda903.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.ssda903.model.Table;
import org.ssda903.run.RunJobs;

/**
 * Retention: removes the personal data a finished run keeps in the database once it is
 * old — its staged rows, the text of its rejected rows, and the rows of its return when a
 * newer version of that council's year exists — and keeps everything an auditor needs:
 * the run's history, input and output checksums, reject reasons and issues. The newest
 * return version of a council and year is never touched, since next year's run reads it.
 */
@Service
public class RunPurge {

	private final JobRepository jobRepository;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	public RunPurge(JobRepository jobRepository, JdbcTemplate jdbc, PlatformTransactionManager tx, Clock clock) {
		this.jobRepository = jobRepository;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(tx);
		this.clock = clock;
	}

	/**
	 * Purges (or with {@code dryRun} only counts) the runs whose last execution ended
	 * more than the given time ago. Only completed or abandoned runs qualify: a failed
	 * run may still be restarted, which needs its staged rows.
	 */
	public Result purge(Duration olderThan, boolean dryRun) {
		// Spring Batch records times in the local time zone
		LocalDateTime cutoff = LocalDateTime.ofInstant(this.clock.instant().minus(olderThan), ZoneId.systemDefault());
		List<RunPurged> purged = new ArrayList<>();
		int keptRestartable = 0;
		int page = 500;
		for (int start = 0;; start += page) {
			List<JobInstance> instances = this.jobRepository.getJobInstances(RunJobs.NIGHTLY, start, page);
			for (JobInstance instance : instances) {
				JobExecution last = this.jobRepository.getLastJobExecution(instance);
				if (last == null || last.isRunning() || last.getEndTime() == null
						|| !last.getEndTime().isBefore(cutoff)) {
					continue;
				}
				if (last.getStatus() != BatchStatus.COMPLETED && last.getStatus() != BatchStatus.ABANDONED) {
					keptRestartable++;
					continue;
				}
				RunPurged run = dryRun ? count(instance.getInstanceId())
						: this.transaction.execute((status) -> remove(instance.getInstanceId()));
				if (run.total() > 0) {
					purged.add(run);
				}
			}
			if (instances.size() < page) {
				break;
			}
		}
		return new Result(purged, keptRestartable, dryRun);
	}

	private RunPurged count(long runId) {
		long staged = 0;
		boolean givenStaged = !givenKept(runId);
		for (Table table : Table.values()) {
			staged += this.jdbc.queryForObject(
					"select count(*) from " + table.sqlName("stg_") + " where run_id in (?, ?)", Long.class, runId,
					-runId);
			if (givenStaged) {
				staged += this.jdbc.queryForObject(
						"select count(*) from " + table.sqlName("ret_") + " where return_id = ?", Long.class, -runId);
			}
		}
		long rejectTexts = this.jdbc.queryForObject(
				"select count(*) from rejected_record where run_id = ? and raw_text is not null", Long.class, runId);
		long returnRows = 0;
		for (long returnId : supersededReturns(runId)) {
			for (Table table : Table.values()) {
				returnRows += this.jdbc.queryForObject(
						"select count(*) from " + table.sqlName("ret_") + " where return_id = ?", Long.class, returnId);
			}
		}
		return new RunPurged(runId, staged, rejectTexts, returnRows);
	}

	private RunPurged remove(long runId) {
		long staged = 0;
		boolean givenStaged = !givenKept(runId);
		for (Table table : Table.values()) {
			// the run's own rows (and, from earlier versions, the folder given to it)
			staged += this.jdbc.update("delete from " + table.sqlName("stg_") + " where run_id in (?, ?)", runId,
					-runId);
			if (givenStaged) {
				staged += this.jdbc.update("delete from " + table.sqlName("ret_") + " where return_id = ?", -runId);
			}
		}
		long rejectTexts = this.jdbc
			.update("update rejected_record set raw_text = null where run_id = ? and raw_text is not null", runId);
		long returnRows = 0;
		for (long returnId : supersededReturns(runId)) {
			for (Table table : Table.values()) {
				returnRows += this.jdbc.update("delete from " + table.sqlName("ret_") + " where return_id = ?",
						returnId);
			}
		}
		return new RunPurged(runId, staged, rejectTexts, returnRows);
	}

	/**
	 * Whether the last year's folder given to the run, staged in the return tables under
	 * the run's id negated (StagingRepository.givenPreviousKey), became the council's
	 * return of its year, which retention keeps; otherwise its rows are the run's staged
	 * data.
	 */
	private boolean givenKept(long runId) {
		Integer versions = this.jdbc.queryForObject("select count(*) from return_version where return_id = ?",
				Integer.class, -runId);
		return versions != null && versions > 0;
	}

	/**
	 * The run's return version when a newer version of the same council and year exists.
	 */
	private List<Long> supersededReturns(long runId) {
		return this.jdbc.queryForList("select r.return_id from return_version r where r.run_id = ? and exists"
				+ " (select 1 from return_version n where n.la_code = r.la_code"
				+ " and n.collection_year = r.collection_year and n.version > r.version)", Long.class, runId);
	}

	/** What was removed from one run (or would be, in a dry run). */
	public record RunPurged(long runId, long stagedRows, long rejectTexts, long returnRows) {

		long total() {
			return this.stagedRows + this.rejectTexts + this.returnRows;
		}

	}

	/**
	 * @param keptRestartable old runs left alone because they failed and may be restarted
	 */
	public record Result(List<RunPurged> runs, int keptRestartable, boolean dryRun) {
	}

}
