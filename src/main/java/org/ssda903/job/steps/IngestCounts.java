package org.ssda903.job.steps;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

import org.ssda903.extract.LoadOutcome;
import org.ssda903.model.Table;
import org.ssda903.run.RunContext;
import org.ssda903.run.RunInputRepository;
import org.ssda903.store.RejectRepository;
import org.ssda903.store.StagingRepository;

/**
 * Records each file's row accounting (read = loaded + rejected) when its ingest partition
 * ends, counted from what is committed rather than from the step's counters, so that it
 * also holds after a restart. Each step execution also counts the rows its chunks
 * rejected, so that an execution killed before it ended is recorded with what it
 * committed.
 */
@Component
public class IngestCounts implements StepExecutionListener, ItemWriteListener<LoadOutcome> {

	private static final Logger log = LoggerFactory.getLogger(IngestCounts.class);

	private final StagingRepository staging;

	private final RejectRepository rejects;

	private final RunInputRepository inputs;

	IngestCounts(StagingRepository staging, RejectRepository rejects, RunInputRepository inputs) {
		this.staging = staging;
		this.rejects = rejects;
		this.inputs = inputs;
	}

	@Override
	public void beforeStep(StepExecution step) {
		RunContext.resetRejected(step);
	}

	@Override
	public void afterWrite(Chunk<? extends LoadOutcome> items) {
		long rejected = items.getItems().stream().filter(LoadOutcome.Rejected.class::isInstance).count();
		RunContext.addRejected(StepSynchronizationManager.getContext().getStepExecution(), rejected);
	}

	@Override
	public ExitStatus afterStep(StepExecution step) {
		Table table = IngestPartitions.tableOf(step);
		if (RunContext.file(step.getJobExecution(), table) == null) {
			return null;
		}
		long runId = RunContext.runId(step);
		int loaded = this.staging.count(StagingRepository.STAGING, runId, table);
		int rejected = this.rejects.count(runId, table);
		this.inputs.recordCounts(runId, table.baseName(), loaded + rejected, loaded, rejected);
		log.info("run {}: {} read {}, loaded {}, rejected {}", runId, table.fileName(), loaded + rejected, loaded,
				rejected);
		return null;
	}

}
