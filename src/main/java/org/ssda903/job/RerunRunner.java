package org.ssda903.job;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Service;

import org.ssda903.model.Table;
import org.ssda903.run.CommandLineMask;
import org.ssda903.run.JobParams;
import org.ssda903.run.ReferenceFiles;
import org.ssda903.run.RunContext;
import org.ssda903.run.RunEvent;
import org.ssda903.run.RunEventRepository;
import org.ssda903.run.RunInput;
import org.ssda903.run.RunInputRepository;
import org.ssda903.run.RunJobs;
import org.ssda903.run.RunLock;
import org.ssda903.run.RunStarts;
import org.ssda903.run.RunStep;
import org.ssda903.store.StagingRepository;

/**
 * Reruns a finished run from a later step, under the council's run lock, on the run's
 * staged data: after a rule or reference data was corrected, without loading the extract
 * again.
 */
@Service
public class RerunRunner {

	private static final Set<String> REFERENCE_FILES = Set.of(JobParams.POSTCODES_FILE, JobParams.PROVIDERS_FILE,
			JobParams.LA_CODES_FILE);

	private final JobRepository repository;

	private final JobOperator operator;

	private final Job job;

	private final RunLock lock;

	private final RunEventRepository events;

	private final RunInputRepository inputs;

	private final StagingRepository staging;

	private final RunStarts starts;

	public RerunRunner(JobRepository repository, JobOperator operator, Job nightly903Rerun, RunLock lock,
			RunEventRepository events, RunInputRepository inputs, StagingRepository staging, RunStarts starts) {
		this.repository = repository;
		this.operator = operator;
		this.job = nightly903Rerun;
		this.lock = lock;
		this.events = events;
		this.inputs = inputs;
		this.staging = staging;
		this.starts = starts;
	}

	/**
	 * Reruns the execution's run from the step.
	 * @throws IllegalArgumentException when the rerun is not safe, with the reason for
	 * the operator
	 */
	public NightlyRunner.Outcome rerun(JobExecution execution, String fromStep, String who, List<String> commandLine)
			throws Exception {
		return rerun(execution, fromStep, who, commandLine, ReferenceFiles.none());
	}

	/**
	 * As {@link #rerun(JobExecution, String, String, List)}, with new reference files
	 * (each may be null): the run then reads those instead of the versions it recorded.
	 */
	public NightlyRunner.Outcome rerun(JobExecution execution, String fromStep, String who, List<String> commandLine,
			ReferenceFiles newReference) throws Exception {
		RunStep start = RunStep.byName(fromStep)
			.filter(RunStep.rerunStarts()::contains)
			.orElseThrow(() -> new IllegalArgumentException("a rerun starts from one of "
					+ RunStep.rerunStarts().stream().map(RunStep::stepName).toList() + ", not " + fromStep));
		JobInstance run = execution.getJobInstance();
		if (!RunJobs.NIGHTLY.equals(run.getJobName())) {
			throw new IllegalArgumentException("execution " + execution.getId() + " is not a nightly run");
		}
		JobExecution last = this.repository.getLastJobExecution(run);
		if (last.getStatus() != BatchStatus.COMPLETED && last.getStatus() != BatchStatus.FAILED) {
			throw new IllegalArgumentException("run " + run.getInstanceId() + " is " + last.getStatus()
					+ "; only a completed or failed run can be rerun");
		}
		requireEarlierSteps(run, start);
		requireStagedRows(run.getInstanceId());
		JobParams params = JobParams.from(last);
		Optional<RunLock.Lease> lease = this.lock.acquire(params.laCode(), params.year().endYear(), who);
		if (lease.isEmpty()) {
			return NightlyRunner.Outcome
				.busy(this.lock.holder(params.laCode(), params.year().endYear()).orElse("another process"));
		}
		try (RunLock.Lease held = lease.get()) {
			String masked = CommandLineMask.mask(commandLine);
			long number = this.events.forRun(run.getInstanceId())
				.stream()
				.filter((e) -> e.kind() == RunEvent.Kind.RERUN)
				.count() + 1;
			JobParametersBuilder builder = new JobParametersBuilder();
			// the original run's parameters, for the steps to read, but not its identity:
			// a rerun is its own instance
			// but not its reference files: the run reads the versions it recorded, which
			// those files may no longer be
			for (JobParameter<?> parameter : last.getJobParameters()) {
				if (!REFERENCE_FILES.contains(parameter.name())) {
					addNonIdentifying(builder, parameter);
				}
			}
			addFile(builder, JobParams.POSTCODES_FILE, newReference.postcodes());
			addFile(builder, JobParams.PROVIDERS_FILE, newReference.providers());
			addFile(builder, JobParams.LA_CODES_FILE, newReference.laCodes());
			builder.addString(JobParams.COMMAND_LINE, masked, false)
				.addLong(RunContext.RUN_ID, run.getInstanceId())
				.addString(RunJobs.RERUN_FROM_STEP, fromStep)
				.addLong(RunJobs.RERUN_NUMBER, number);
			JobExecution rerun;
			try (RunStarts.Launch launch = this.starts.announce(RunEvent.Kind.RERUN, who, masked, held)) {
				rerun = this.operator.start(this.job, builder.toJobParameters());
			}
			return new NightlyRunner.Outcome(NightlyRunner.Kind.RAN, rerun, "Rerun " + number + " of run "
					+ run.getInstanceId() + " from step " + fromStep + " (execution " + rerun.getId() + ").");
		}
	}

	private static void addFile(JobParametersBuilder builder, String name, Path file) {
		builder.addString(name, file == null ? "" : file.toString(), false);
	}

	private static <T> void addNonIdentifying(JobParametersBuilder builder, JobParameter<T> parameter) {
		builder.addJobParameter(parameter.name(), parameter.value(), parameter.type(), false);
	}

	/**
	 * The steps before the start must have completed in some execution of the run, or
	 * their output is missing.
	 */
	private void requireEarlierSteps(JobInstance run, RunStep start) {
		Set<String> completed = new HashSet<>();
		for (JobExecution execution : this.repository.getJobExecutions(run)) {
			for (StepExecution step : execution.getStepExecutions()) {
				if (step.getStatus() == BatchStatus.COMPLETED) {
					completed.add(step.getStepName());
				}
			}
		}
		for (RunStep earlier : start.earlier()) {
			String step = earlier.stepName();
			if (!completed.contains(step)) {
				throw new IllegalArgumentException(
						"run " + run.getInstanceId() + " never completed its " + step + " step: restart it instead");
			}
		}
	}

	/**
	 * A purged run has no staged rows left: a rerun would build an empty return over its
	 * real one.
	 */
	private void requireStagedRows(long runId) {
		for (RunInput input : this.inputs.forRun(runId)) {
			Table table = Table.byBaseName(input.table()).orElseThrow();
			int loaded = input.rowsLoaded() == null ? 0 : input.rowsLoaded();
			if (this.staging.count(StagingRepository.STAGING, runId, table) != loaded) {
				throw new IllegalArgumentException("run " + runId + " no longer has its staged rows (purged?):"
						+ " run its extract again instead");
			}
		}
	}

}
