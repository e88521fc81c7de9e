package org.ssda903.job;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import org.ssda903.extract.StagingRepository;
import org.ssda903.model.ChildRecords;
import org.ssda903.returns.PreviousReturn;

/**
 * A run's staged extract and last year's return, read once per job execution: validate, build-return and kpi all
 * read them, and reading them again is the same database and file work each time. Nothing changes them after
 * ingest, and they are forgotten when the execution ends, so a restart reads them afresh.
 */
@Component
class RunData implements JobExecutionListener {

	private final StagingRepository staging;

	private final PreviousReturn previousReturn;

	private final Map<Long, SortedMap<String, ChildRecords>> children = new HashMap<>();

	private final Map<Long, Optional<PreviousReturn.Source>> previous = new HashMap<>();

	RunData(StagingRepository staging, PreviousReturn previousReturn) {
		this.staging = staging;
		this.previousReturn = previousReturn;
	}

	/** The run's staged rows by child. */
	synchronized SortedMap<String, ChildRecords> children(StepExecution step) {
		return this.children.computeIfAbsent(step.getJobExecutionId(),
				(execution) -> this.staging.children(StagingRepository.STAGING, RunContext.runId(step)));
	}

	/** Last year's return: the --previous folder, else the stored one; empty when there is neither. */
	synchronized Optional<PreviousReturn.Source> previousYear(StepExecution step) {
		return this.previous.computeIfAbsent(step.getJobExecutionId(), (execution) -> {
			JobParams params = JobParams.from(step.getJobExecution());
			return this.previousReturn.find(params.laCode(), params.year(), params.previousDir());
		});
	}

	@Override
	public synchronized void afterJob(JobExecution execution) {
		this.children.remove(execution.getId());
		this.previous.remove(execution.getId());
	}

}
