package org.ssda903.job.steps;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import org.ssda903.reference.ReferenceData;
import org.ssda903.reference.ReferenceKind;
import org.ssda903.reference.ReferenceLoad;
import org.ssda903.run.ReferenceFiles;

/**
 * Stores the reference files given to the run, when they are new. Loading the national postcode file commits in
 * batches of its own, so this step runs without a surrounding transaction; a load that did not finish is never used,
 * and the restarted step loads the file again.
 */
@Component
public class ReferenceTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ReferenceTasklet.class);

	private final RunData run;

	private final ReferenceData referenceData;

	ReferenceTasklet(RunData run, ReferenceData referenceData) {
		this.run = run;
		this.referenceData = referenceData;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ReferenceFiles files = this.run.params().reference();
		if (files.postcodes() != null) {
			this.referenceData.postcodes(files.postcodes());
		}
		if (files.providers() != null) {
			this.referenceData.providers(files.providers());
		}
		if (files.laCodes() != null) {
			this.referenceData.laCodes(files.laCodes());
		}
		for (ReferenceKind kind : ReferenceKind.values()) {
			log.info("run {}: {}", this.run.runId(), this.referenceData.currentLoad(kind)
				.map(ReferenceLoad::toString)
				.orElse(kind.stored() + ": none stored"));
		}
		return RepeatStatus.FINISHED;
	}

}
