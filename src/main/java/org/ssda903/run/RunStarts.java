package org.ssda903.run;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Records the start, restart or rerun of every execution as it begins, before its first
 * step: an execution whose process is killed still has its start in the audit trail. A
 * launch is synchronous, so the runner announces on its own thread who asked and how, and
 * the lease it holds, which then beats for the new execution.
 */
@Component
public class RunStarts implements JobExecutionListener {

	private final ThreadLocal<Launch> pending = new ThreadLocal<>();

	private final RunEventRepository events;

	private final JobRepository jobs;

	public RunStarts(RunEventRepository events, JobRepository jobs) {
		this.events = events;
		this.jobs = jobs;
	}

	/**
	 * Announces the launch the calling thread is about to make; close the launch once the
	 * job has returned.
	 * @param maskedCommandLine as {@link CommandLineMask} gives it
	 */
	public Launch announce(RunEvent.Kind kind, String who, String maskedCommandLine, RunLock.Lease lease) {
		Launch launch = new Launch(kind, who, maskedCommandLine, lease);
		this.pending.set(launch);
		return launch;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		Launch launch = this.pending.get();
		JobParams params = JobParams.from(execution);
		RunEvent.Kind kind = (launch != null) ? launch.kind : unannounced(execution);
		String who = (launch != null) ? launch.who : params.requestedBy();
		String commandLine = (launch != null) ? launch.commandLine
				: execution.getJobParameters().getString(JobParams.COMMAND_LINE);
		this.events.record(RunContext.runId(execution), execution.getId(), kind, who, commandLine);
		if (launch != null && launch.lease != null) {
			launch.lease.attach(execution.getId());
		}
	}

	/**
	 * A launch no runner announced, such as a test's: its kind is told from the job and
	 * the run's executions.
	 */
	private RunEvent.Kind unannounced(JobExecution execution) {
		if (RunJobs.RERUN.equals(execution.getJobInstance().getJobName())) {
			return RunEvent.Kind.RERUN;
		}
		return this.jobs.getJobExecutions(execution.getJobInstance()).size() > 1 ? RunEvent.Kind.RESTART
				: RunEvent.Kind.START;
	}

	/** A launch announced on this thread, forgotten when closed. */
	public final class Launch implements AutoCloseable {

		private final RunEvent.Kind kind;

		private final String who;

		private final String commandLine;

		private final RunLock.Lease lease;

		private Launch(RunEvent.Kind kind, String who, String commandLine, RunLock.Lease lease) {
			this.kind = kind;
			this.who = who;
			this.commandLine = commandLine;
			this.lease = lease;
		}

		@Override
		public void close() {
			RunStarts.this.pending.remove();
		}

	}

}
