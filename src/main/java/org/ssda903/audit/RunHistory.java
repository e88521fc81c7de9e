package org.ssda903.audit;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Service;

import org.ssda903.run.JobParams;
import org.ssda903.run.RunContext;
import org.ssda903.run.ManifestEntry;
import org.ssda903.run.RunOutputRepository;
import org.ssda903.run.RunEvent;
import org.ssda903.run.RunEventRepository;
import org.ssda903.run.RunInput;
import org.ssda903.run.RunInputRepository;
import org.ssda903.run.RunJobs;

/**
 * The job history an auditor reads: every execution of the nightly job, what it ran on and what it produced. Reads
 * Spring Batch's own records through its repository, joined with the product's input and output checksums.
 */
@Service
public class RunHistory {

	private final JobRepository jobRepository;

	private final RunInputRepository inputs;

	private final RunOutputRepository outputs;

	private final RunEventRepository events;

	public RunHistory(JobRepository jobRepository, RunInputRepository inputs, RunOutputRepository outputs,
			RunEventRepository events) {
		this.jobRepository = jobRepository;
		this.inputs = inputs;
		this.outputs = outputs;
		this.events = events;
	}

	/** Executions, newest first. */
	public List<ExecutionSummary> executions(int limit) {
		List<ExecutionSummary> summaries = new ArrayList<>();
		for (JobInstance instance : this.jobRepository.getJobInstances(RunJobs.NIGHTLY, 0, limit)) {
			for (JobExecution execution : this.jobRepository.getJobExecutions(instance)) {
				summaries.add(summarise(execution));
			}
		}
		summaries.sort(Comparator.comparingLong(ExecutionSummary::executionId).reversed());
		return summaries.size() > limit ? summaries.subList(0, limit) : summaries;
	}

	/**
	 * The newest executions that pass the filter, newest first. Every run is looked through, since a restart of an
	 * old run may be the newest execution; only the executions given are summarised.
	 */
	public List<ExecutionSummary> executions(RunFilter filter) {
		List<JobExecution> matching = new ArrayList<>();
		int page = 500;
		for (int start = 0;; start += page) {
			List<JobInstance> instances = this.jobRepository.getJobInstances(RunJobs.NIGHTLY, start,
					page);
			for (JobInstance instance : instances) {
				for (JobExecution execution : this.jobRepository.getJobExecutions(instance)) {
					if (filter.matches(execution.getStatus().name(), JobParams.from(execution).laCode(),
							execution.getStartTime())) {
						matching.add(execution);
					}
				}
			}
			if (instances.size() < page) {
				break;
			}
		}
		return matching.stream()
			.sorted(Comparator.comparingLong(JobExecution::getId).reversed())
			.limit(filter.limit())
			.map(this::summarise)
			.toList();
	}

	public Optional<ExecutionDetail> execution(long executionId) {
		JobExecution execution = findExecution(executionId);
		if (execution == null) {
			return Optional.empty();
		}
		List<StepExecution> steps = new ArrayList<>(execution.getStepExecutions());
		steps.sort(Comparator.comparing(StepExecution::getStartTime, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(StepExecution::getStepName));
		long runId = runId(execution);
		return Optional.of(new ExecutionDetail(summarise(execution), steps, this.inputs.forRun(runId),
				this.outputs.forRun(runId), execution.getExitStatus().getExitDescription(),
				execution.getJobParameters().getString(JobParams.COMMAND_LINE), this.events.forRun(runId)));
	}

	/**
	 * The execution, or null when there is none: the JDBC repository of Batch 6 throws where the interface promises
	 * null.
	 */
	public JobExecution findExecution(long executionId) {
		try {
			return this.jobRepository.getJobExecution(executionId);
		}
		catch (EmptyResultDataAccessException ex) {
			return null;
		}
	}

	private ExecutionSummary summarise(JobExecution execution) {
		long runId = runId(execution);
		JobParams params = JobParams.from(execution);
		long read = 0;
		long loaded = 0;
		long rejected = 0;
		for (RunInput input : this.inputs.forRun(runId)) {
			read += input.rowsRead() == null ? 0 : input.rowsRead();
			loaded += input.rowsLoaded() == null ? 0 : input.rowsLoaded();
			rejected += input.rowsRejected() == null ? 0 : input.rowsRejected();
		}
		return new ExecutionSummary(execution.getId(), runId, execution.getStatus().name(), params.laCode(),
				params.year().endYear(), execution.getStartTime(), duration(execution), read, loaded, rejected,
				params.requestedBy());
	}

	/** The run whose rows the execution worked on: its own instance, or the original run for a rerun. */
	private static long runId(JobExecution execution) {
		Long original = execution.getJobParameters().getLong(RunContext.RUN_ID);
		return original != null ? original : execution.getJobInstance().getInstanceId();
	}

	private static Duration duration(JobExecution execution) {
		LocalDateTime start = execution.getStartTime();
		LocalDateTime end = execution.getEndTime();
		return start == null || end == null ? null : Duration.between(start, end);
	}

	/** One line of {@code history}. */
	public record ExecutionSummary(long executionId, long runId, String status, String laCode, int year,
			LocalDateTime started, Duration duration, long rowsRead, long rowsLoaded, long rowsRejected,
			String requestedBy) {
	}

	/**
	 * What {@code history ID} shows.
	 *
	 * @param commandLine the masked command line that started the run, or null when it was not recorded
	 * @param events every start, restart and recovery of the execution's run
	 */
	public record ExecutionDetail(ExecutionSummary summary, List<StepExecution> steps, List<RunInput> inputs,
			List<ManifestEntry> outputs, String exitMessage, String commandLine, List<RunEvent> events) {
	}

}
