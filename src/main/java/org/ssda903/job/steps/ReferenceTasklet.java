package org.ssda903.job.steps;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import org.ssda903.reference.ReferenceData;
import org.ssda903.reference.ReferenceKind;
import org.ssda903.run.ReferenceFiles;

/**
 * Fixes the reference data versions the run reads (its restarts and reruns read the
 * same): the files given to this execution, stored when new; for the other kinds what the
 * run recorded before, else the latest stored. Loading the national postcode file commits
 * in batches of its own, so this step runs without a surrounding transaction; a load that
 * did not finish is never used, and the restarted step loads the file again.
 */
@Component
public class ReferenceTasklet implements Tasklet {

	private final RunData run;

	private final ReferenceData referenceData;

	ReferenceTasklet(RunData run, ReferenceData referenceData) {
		this.run = run;
		this.referenceData = referenceData;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ReferenceFiles files = this.run.params().reference();
		Map<ReferenceKind, Path> given = new EnumMap<>(ReferenceKind.class);
		given.put(ReferenceKind.POSTCODES, files.postcodes());
		given.put(ReferenceKind.OFSTED_PROVIDERS, files.providers());
		given.put(ReferenceKind.LA_CODES, files.laCodes());
		this.referenceData.recordForRun(this.run.runId(), given);
		return RepeatStatus.FINISHED;
	}

}
