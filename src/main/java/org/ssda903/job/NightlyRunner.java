package org.ssda903.job;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

import org.ssda903.run.CommandLineMask;
import org.ssda903.run.RunEvent;
import org.ssda903.run.RunEventRepository;
import org.ssda903.run.RunLock;
import org.ssda903.run.JobParams;
import org.ssda903.run.RunJobs;

/**
 * Starts, resumes or restarts the nightly job under the council's run lock, for the command line and the scheduler
 * alike. Holding the lock proves no live process runs the job for that council and year, so an execution still
 * recorded as running is then known to be stale (its process was killed) and is recovered before it restarts.
 */
@Service
public class NightlyRunner {

	private static final Logger log = LoggerFactory.getLogger(NightlyRunner.class);

	private final JobRepository repository;

	private final JobOperator operator;

	private final Job job;

	private final RunLock lock;

	private final RunEventRepository events;

	public NightlyRunner(JobRepository repository, JobOperator operator, Job nightly903, RunLock lock,
			RunEventRepository events) {
		this.repository = repository;
		this.operator = operator;
		this.job = nightly903;
		this.lock = lock;
		this.events = events;
	}

	/** Runs the job on an extract: a new run, the resumption of its failed run, or nothing when it completed. */
	public Outcome run(JobParams params) throws Exception {
		return run(params, List.of());
	}

	/**
	 * As {@link #run(JobParams)}, recording the command line that asked for it (masked) with the run's events and,
	 * for a new run, as its non-identifying {@value JobParams#COMMAND_LINE} parameter.
	 */
	public Outcome run(JobParams params, List<String> commandLine) throws Exception {
		String masked = CommandLineMask.mask(commandLine);
		Optional<RunLock.Lease> lease = this.lock.acquire(params.laCode(), params.year().endYear(),
				params.requestedBy());
		if (lease.isEmpty()) {
			return Outcome.busy(this.lock.holder(params.laCode(), params.year().endYear()).orElse("another process"));
		}
		try (RunLock.Lease held = lease.get()) {
			forgetEmptyInstance(params);
			JobExecution last = this.repository.getLastJobExecution(RunJobs.NIGHTLY,
					params.toJobParameters());
			if (last == null) {
				JobParameters parameters = new JobParametersBuilder(params.toJobParameters())
					.addString(JobParams.COMMAND_LINE, masked, false)
					.toJobParameters();
				JobExecution started = this.operator.start(this.job, parameters);
				record(started, RunEvent.Kind.START, params.requestedBy(), masked);
				return Outcome.ran(started, null);
			}
			if (last.getStatus() == BatchStatus.COMPLETED) {
				return Outcome.alreadyDone(last);
			}
			return resume(last, params.requestedBy(), masked);
		}
	}

	/** Restarts an execution that failed, stopped or whose process died. */
	public Outcome restart(JobExecution execution) throws Exception {
		return restart(execution, JobParams.from(execution).requestedBy(), List.of());
	}

	/** As {@link #restart(JobExecution)}, recording who asked for it and their command line (masked). */
	public Outcome restart(JobExecution execution, String who, List<String> commandLine) throws Exception {
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			return Outcome.alreadyDone(execution);
		}
		JobParams params = JobParams.from(execution);
		Optional<RunLock.Lease> lease = this.lock.acquire(params.laCode(), params.year().endYear(),
				params.requestedBy());
		if (lease.isEmpty()) {
			return Outcome.busy(this.lock.holder(params.laCode(), params.year().endYear()).orElse("another process"));
		}
		try (RunLock.Lease held = lease.get()) {
			return resume(execution, who, CommandLineMask.mask(commandLine));
		}
	}

	/**
	 * A process killed in the instant between creating the run and its first execution leaves a run with no
	 * execution, which Spring Batch can neither restart nor start again; with the lock held it is safe to remove.
	 */
	private void forgetEmptyInstance(JobParams params) {
		JobInstance instance = this.repository.getJobInstance(RunJobs.NIGHTLY,
				params.toJobParameters());
		if (instance != null && this.repository.getJobExecutions(instance).isEmpty()) {
			log.info("run {} was created by a process that died before it started; starting it afresh",
					instance.getInstanceId());
			this.repository.deleteJobInstance(instance);
		}
	}

	private Outcome resume(JobExecution last, String who, String maskedCommandLine) throws Exception {
		String note;
		JobExecution failed = last;
		if (last.isRunning()) {
			log.info("execution {} is recorded as running but no process holds the run lock: recovering it",
					last.getId());
			failed = this.operator.recover(last);
			record(failed, RunEvent.Kind.RECOVER, who, maskedCommandLine);
			note = "Execution " + last.getId() + " was left running by a process that died; recovered it and"
					+ " resumed run " + last.getJobInstance().getInstanceId() + " from its last committed chunk.";
		}
		else {
			note = "Resuming run " + last.getJobInstance().getInstanceId() + " from its failed step (execution "
					+ last.getId() + " " + last.getStatus() + ").";
		}
		JobExecution restarted = this.operator.restart(failed);
		record(restarted, RunEvent.Kind.RESTART, who, maskedCommandLine);
		return Outcome.ran(restarted, note);
	}

	/**
	 * Records a start or restart. When the database failed the execution it usually fails this too: that failure is
	 * then kept with the execution, so the operator is told which execution to restart rather than a second error.
	 */
	private void record(JobExecution execution, RunEvent.Kind kind, String who, String maskedCommandLine) {
		try {
			this.events.record(execution.getJobInstance().getInstanceId(), execution.getId(), kind, who,
					maskedCommandLine);
		}
		catch (DataAccessException ex) {
			if (execution.getStatus() == BatchStatus.COMPLETED || execution.getAllFailureExceptions().isEmpty()) {
				throw ex;
			}
			execution.addFailureException(ex);
		}
	}

	/**
	 * What a launch came to.
	 *
	 * @param execution the execution that ran, or the completed one when there was nothing to do; null when busy
	 * @param note a line for the operator, or null
	 */
	public record Outcome(Kind kind, JobExecution execution, String note) {

		static Outcome ran(JobExecution execution, String note) {
			return new Outcome(Kind.RAN, execution, note);
		}

		static Outcome alreadyDone(JobExecution execution) {
			return new Outcome(Kind.ALREADY_COMPLETED, execution,
					"Already processed: run " + execution.getJobInstance().getInstanceId() + " (execution "
							+ execution.getId() + ") completed on " + execution.getEndTime()
							+ " for this extract. Nothing to do.");
		}

		public static Outcome busy(String holder) {
			return new Outcome(Kind.LOCKED, null, "A run for this council and year is in progress (" + holder
					+ "). Nothing was started.");
		}

	}

	/** Ran (completed or failed: see the execution), nothing to do, or another process holds the lock. */
	public enum Kind {

		RAN, ALREADY_COMPLETED, LOCKED

	}

}
