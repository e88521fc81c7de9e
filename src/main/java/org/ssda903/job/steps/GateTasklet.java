package org.ssda903.job.steps;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import org.ssda903.common.BadExtractException;
import org.ssda903.extract.PlausibilityGate;
import org.ssda903.run.RunInput;
import org.ssda903.run.RunInputRepository;
import org.ssda903.store.RejectRepository;
import org.ssda903.store.StagingRepository;

/**
 * Stops the run as bad input, before anything is validated or stored, when what was
 * loaded does not look like the year's extract: a file whose rows were rejected for one
 * reason in bulk (a format problem, not a few bad rows), or an extract whose dates do not
 * fit the collection year. A return built from it would be partial, and would become next
 * year's "last year".
 */
@Component
public class GateTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(GateTasklet.class);

	private final RunData run;

	private final RunInputRepository inputs;

	private final RejectRepository rejects;

	private final StagingRepository staging;

	GateTasklet(RunData run, RunInputRepository inputs, RejectRepository rejects, StagingRepository staging) {
		this.run = run;
		this.staging = staging;
		this.inputs = inputs;
		this.rejects = rejects;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long runId = this.run.runId();
		Map<String, Long> rowsRead = new LinkedHashMap<>();
		for (RunInput input : this.inputs.forRun(runId)) {
			rowsRead.put(input.fileName(), (input.rowsRead() != null) ? input.rowsRead().longValue() : 0L);
		}
		Optional<String> stop = new PlausibilityGate(this.run.params().maxRejectShare())
			.checkRejects(rowsRead, this.rejects.countsByFileAndReason(runId))
			.or(() -> PlausibilityGate.checkYear(this.run.params().year(),
					(table, rows) -> this.staging.rowsInLineOrder(StagingRepository.STAGING, runId, table)
						.forEachRemaining(rows)));
		if (stop.isPresent()) {
			throw new BadExtractException(stop.get());
		}
		log.info("run {}: the extract is plausible for {} (rejects within {}% per file and reason)", runId,
				this.run.params().year(), Math.round(this.run.params().maxRejectShare() * 100));
		return RepeatStatus.FINISHED;
	}

}
