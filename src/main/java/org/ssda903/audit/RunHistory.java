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

import org.ssda903.job.JobParams;
import org.ssda903.job.NightlyJobConfiguration;
import org.ssda903.publish.ManifestEntry;
import org.ssda903.publish.RunOutputRepository;

/**
 * The job history an auditor reads: every execution of the nightly job, what it ran on and what it produced. Reads
 * Spring Batch's own records through its repository, joined with the product's input and output checksums.
 */
@Service
public class RunHistory {

	private final JobRepository jobRepository;

	private final RunInputRepository inputs;

	private final RunOutputRepository outputs;

	public RunHistory(JobRepository jobRepository, RunInputRepository inputs, RunOutputRepository outputs) {
		this.jobRepository = jobRepository;
		this.inputs = inputs;
		this.outputs = outputs;
	}

	/** Executions, newest first. */
	public List<ExecutionSummary> executions(int limit) {
		List<ExecutionSummary> summaries = new ArrayList<>();
		for (JobInstance instance : this.jobRepository.getJobInstances(NightlyJobConfiguration.JOB_NAME, 0, limit)) {
			for (JobExecution execution : this.jobRepository.getJobExecutions(instance)) {
				summaries.add(summarise(execution));
			}
		}
		summaries.sort(Comparator.comparingLong(ExecutionSummary::executionId).reversed());
		return summaries.size() > limit ? summaries.subList(0, limit) : summaries;
	}

	public Optional<ExecutionDetail> execution(long executionId) {
		JobExecution execution = findExecution(executionId);
		if (execution == null) {
			return Optional.empty();
		}
		List<StepExecution> steps = new ArrayList<>(execution.getStepExecutions());
		steps.sort(Comparator.comparing(StepExecution::getStartTime, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(StepExecution::getStepName));
		long runId = execution.getJobInstance().getInstanceId();
		return Optional.of(new ExecutionDetail(summarise(execution), steps, this.inputs.forRun(runId),
				this.outputs.forRun(runId), execution.getExitStatus().getExitDescription()));
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
		long runId = execution.getJobInstance().getInstanceId();
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

	/** What {@code history ID} shows. */
	public record ExecutionDetail(ExecutionSummary summary, List<StepExecution> steps, List<RunInput> inputs,
			List<ManifestEntry> outputs, String exitMessage) {
	}

}
