package org.ssda903.job;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Service;

import org.ssda903.run.CommandLineMask;
import org.ssda903.run.JobParams;
import org.ssda903.run.RunEvent;
import org.ssda903.run.RunEventRepository;
import org.ssda903.run.RunJobs;
import org.ssda903.run.RunLock;
import org.ssda903.run.RunStarts;

/**
 * Starts, resumes or restarts the nightly job under the council's run lock, for the
 * command line and the scheduler alike. Holding the lock proves no live process runs the
 * job for that council and year, so an execution still recorded as running is then known
 * to be stale (its process was killed) and is recovered before it restarts.
 */
@Service
public class NightlyRunner {

	private static final Logger log = LoggerFactory.getLogger(NightlyRunner.class);

	private final JobRepository repository;

	private final JobOperator operator;

	private final Job job;

	private final RunLock lock;

	private final RunEventRepository events;

	private final RunStarts starts;

	public NightlyRunner(JobRepository repository, JobOperator operator, Job nightly903, RunLock lock,
			RunEventRepository events, RunStarts starts) {
		this.repository = repository;
		this.operator = operator;
		this.job = nightly903;
		this.lock = lock;
		this.events = events;
		this.starts = starts;
	}

	/**
	 * Runs the job on an extract: a new run, the resumption of its failed run, or nothing
	 * when it completed.
	 */
	public Outcome run(JobParams params) throws Exception {
		return run(params, List.of());
	}

	/**
	 * As {@link #run(JobParams)}, recording the command line that asked for it (masked)
	 * with the run's events and, for a new run, as its non-identifying
	 * {@value JobParams#COMMAND_LINE} parameter.
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
			JobExecution last = this.repository.getLastJobExecution(RunJobs.NIGHTLY, params.toJobParameters());
			if (last == null) {
				JobParameters parameters = new JobParametersBuilder(params.toJobParameters())
					.addString(JobParams.COMMAND_LINE, masked, false)
					.toJobParameters();
				try (RunStarts.Launch launch = this.starts.announce(RunEvent.Kind.START, params.requestedBy(), masked,
						held)) {
					return Outcome.ran(this.operator.start(this.job, parameters), null);
				}
			}
			if (last.getStatus() == BatchStatus.COMPLETED) {
				return Outcome.alreadyDone(last);
			}
			// the same content is the same run, wherever it is now: it resumes with the
			// folders given this time
			JobParameters given = new JobParametersBuilder(params.toJobParameters())
				.addString(JobParams.COMMAND_LINE, masked, false)
				.toJobParameters();
			return resume(last, params.requestedBy(), masked, held, given);
		}
	}

	/**
	 * Restarts an execution that failed, stopped or whose process died, recording who
	 * asked for it and their command line (masked).
	 */
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
			return resume(execution, who, CommandLineMask.mask(commandLine), held, null);
		}
	}

	/**
	 * A process killed in the instant between creating the run and its first execution
	 * leaves a run with no execution, which Spring Batch can neither restart nor start
	 * again; with the lock held it is safe to remove.
	 */
	private void forgetEmptyInstance(JobParams params) {
		JobInstance instance = this.repository.getJobInstance(RunJobs.NIGHTLY, params.toJobParameters());
		if (instance != null && this.repository.getJobExecutions(instance).isEmpty()) {
			log.info("run {} was created by a process that died before it started; starting it afresh",
					instance.getInstanceId());
			this.repository.deleteJobInstance(instance);
		}
	}

	/**
	 * Resumes the run of a failed or dead execution from its last committed chunk: with
	 * the parameters given now (their non-identifying part, such as the extract's folder,
	 * may differ), or as the execution was started when none are given.
	 */
	private Outcome resume(JobExecution last, String who, String maskedCommandLine, RunLock.Lease lease,
			JobParameters given) throws Exception {
		String note;
		JobExecution failed = last;
		if (last.isRunning()) {
			log.info("execution {} is recorded as running but no process holds the run lock: recovering it",
					last.getId());
			failed = endAtLastHeartbeat(this.operator.recover(last));
			this.events.record(failed.getJobInstance().getInstanceId(), failed.getId(), RunEvent.Kind.RECOVER, who,
					maskedCommandLine);
			note = "Execution " + last.getId() + " was left running by a process that died; recovered it and"
					+ " resumed run " + last.getJobInstance().getInstanceId() + " from its last committed chunk.";
		}
		else {
			note = "Resuming run " + last.getJobInstance().getInstanceId() + " from its failed step (execution "
					+ last.getId() + " " + last.getStatus() + ").";
		}
		try (RunStarts.Launch launch = this.starts.announce(RunEvent.Kind.RESTART, who, maskedCommandLine, lease)) {
			// starting an instance whose last execution failed restarts it, under the
			// parameters given
			JobExecution resumed = (given != null) ? this.operator.start(this.job, given)
					: this.operator.restart(failed);
			return Outcome.ran(resumed, note);
		}
	}

	/**
	 * Recovery would date the end of a killed execution to now, hours after its process
	 * died; its last heartbeat is when it was last known alive, so its duration is what
	 * it really ran.
	 */
	private JobExecution endAtLastHeartbeat(JobExecution recovered) {
		Optional<Instant> beat = this.lock.lastHeartbeat(recovered.getId());
		if (beat.isPresent()) {
			LocalDateTime end = LocalDateTime.ofInstant(beat.get(), ZoneId.systemDefault());
			recovered.setEndTime(end);
			this.repository.update(recovered);
			for (StepExecution step : recovered.getStepExecutions()) {
				if (step.getEndTime() == null || step.getEndTime().isAfter(end)) {
					// a step begun after the last beat ended no earlier than it began
					LocalDateTime started = step.getStartTime();
					step.setEndTime(started != null && started.isAfter(end) ? started : end);
					this.repository.update(step);
				}
			}
		}
		return recovered;
	}

	/**
	 * What a launch came to.
	 *
	 * @param execution the execution that ran, or the completed one when there was
	 * nothing to do; null when busy
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
			return new Outcome(Kind.LOCKED, null,
					"A run for this council and year is in progress (" + holder + "). Nothing was started.");
		}

	}

	/**
	 * Ran (completed or failed: see the execution), nothing to do, or another process
	 * holds the lock.
	 */
	public enum Kind {

		RAN, ALREADY_COMPLETED, LOCKED

	}

}
