package org.ssda903.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Service;

import org.ssda903.run.JobParams;
import org.ssda903.run.ManifestEntry;
import org.ssda903.run.RunContext;
import org.ssda903.run.RunEvent;
import org.ssda903.run.RunEventRepository;
import org.ssda903.run.RunInput;
import org.ssda903.run.RunInputRepository;
import org.ssda903.run.RunJobs;
import org.ssda903.run.RunOutputRepository;
import org.ssda903.run.RunStep;

/**
 * The job history an auditor reads: every execution of the nightly job and of its reruns,
 * what it ran on and what it produced. Reads Spring Batch's own records through its
 * repository, joined with the product's input and output checksums.
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

	/**
	 * The product's jobs: a rerun's execution belongs in the history beside the run's
	 * own.
	 */
	private static final List<String> JOBS = List.of(RunJobs.NIGHTLY, RunJobs.RERUN);

	/** Executions, newest first. */
	public List<ExecutionSummary> executions(int limit) {
		List<ExecutionSummary> summaries = new ArrayList<>();
		for (String job : JOBS) {
			for (JobInstance instance : this.jobRepository.getJobInstances(job, 0, limit)) {
				for (JobExecution execution : this.jobRepository.getJobExecutions(instance)) {
					summaries.add(summarise(execution));
				}
			}
		}
		summaries.sort(Comparator.comparingLong(ExecutionSummary::executionId).reversed());
		return summaries.size() > limit ? summaries.subList(0, limit) : summaries;
	}

	/**
	 * The newest executions that pass the filter, newest first. Every run is looked
	 * through, since a restart of an old run may be the newest execution; only the
	 * executions given are summarised.
	 */
	public List<ExecutionSummary> executions(RunFilter filter) {
		List<JobExecution> matching = new ArrayList<>();
		int page = 500;
		for (String job : JOBS) {
			for (int start = 0;; start += page) {
				List<JobInstance> instances = this.jobRepository.getJobInstances(job, start, page);
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
		long runId = RunContext.runId(execution);
		return Optional.of(new ExecutionDetail(summarise(execution), steps, this.inputs.forRun(runId),
				this.outputs.forRun(runId, RunContext.rerunNumber(execution)), RunContext.outputFolder(execution),
				execution.getExitStatus().getExitDescription(),
				execution.getJobParameters().getString(JobParams.COMMAND_LINE), this.events.forRun(runId)));
	}

	/**
	 * The execution, or null when there is none: the JDBC repository of Batch 6 throws
	 * where the interface promises null.
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
		long runId = RunContext.runId(execution);
		JobParams params = JobParams.from(execution);
		List<StepExecution> ingested = execution.getStepExecutions()
			.stream()
			.filter((step) -> step.getStepName().startsWith(RunStep.INGEST_FILE + ":"))
			.toList();
		long read = 0;
		long loaded = 0;
		long rejected = 0;
		if (execution.getStatus() != BatchStatus.COMPLETED && !ingested.isEmpty()) {
			// what its committed chunks hold: the run's file counts are written when a
			// file is done
			for (StepExecution step : ingested) {
				long stepRejected = RunContext.rejected(step);
				read += step.getReadCount();
				loaded += step.getWriteCount() - stepRejected;
				rejected += stepRejected;
			}
		}
		else {
			for (RunInput input : this.inputs.forRun(runId)) {
				read += input.rowsRead() == null ? 0 : input.rowsRead();
				loaded += input.rowsLoaded() == null ? 0 : input.rowsLoaded();
				rejected += input.rowsRejected() == null ? 0 : input.rowsRejected();
			}
		}
		return new ExecutionSummary(execution.getId(), runId, RunContext.rerunNumber(execution),
				execution.getStatus().name(), params.laCode(), params.year().endYear(), execution.getStartTime(),
				duration(execution), read, loaded, rejected, params.requestedBy());
	}

	private static Duration duration(JobExecution execution) {
		LocalDateTime start = execution.getStartTime();
		LocalDateTime end = execution.getEndTime();
		return start == null || end == null ? null : Duration.between(start, end);
	}

	/**
	 * One line of {@code history}. The rows are the run's accounting of its files once
	 * the execution completed, or worked on rows an earlier execution loaded; an
	 * execution that ended before completing (failed, or killed and recovered) counts
	 * what its own committed chunks read, loaded and rejected.
	 *
	 * @param rerunNumber 0 for the run's own executions, else which rerun of the run this
	 * is
	 */
	public record ExecutionSummary(long executionId, long runId, long rerunNumber, String status, String laCode,
			int year, LocalDateTime started, Duration duration, long rowsRead, long rowsLoaded, long rowsRejected,
			String requestedBy) {
	}

	/**
	 * What {@code history ID} shows.
	 *
	 * @param outputs what this execution published: a rerun has its own folder and
	 * manifest
	 * @param outputFolder the folder it published, or null when it did not publish
	 * @param commandLine the masked command line that started the run, or null when it
	 * was not recorded
	 * @param events every start, restart and recovery of the execution's run
	 */
	public record ExecutionDetail(ExecutionSummary summary, List<StepExecution> steps, List<RunInput> inputs,
			List<ManifestEntry> outputs, Path outputFolder, String exitMessage, String commandLine,
			List<RunEvent> events) {
	}

}
