package org.ssda903.job.steps;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import org.ssda903.common.Progress;
import org.ssda903.returns.ReturnBuilder;
import org.ssda903.returns.ReturnVersion;
import org.ssda903.run.JobParams;

/**
 * Chooses the year's return from the staged children and stores it as the council's
 * newest return version.
 */
@Component
public class BuildReturnTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(BuildReturnTasklet.class);

	private final RunData run;

	private final ReturnBuilder builder;

	BuildReturnTasklet(RunData run, ReturnBuilder builder) {
		this.run = run;
		this.builder = builder;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobParams params = this.run.params();
		ReturnVersion version = this.builder.build(this.run.runId(), params.laCode(), params.year(), Progress
			.every(log::info, "run " + this.run.runId() + ": copying the run's rows into the return", "rows"));
		log.info("run {}: stored return {} {} version {}", this.run.runId(), params.laCode(), params.year(),
				version.version());
		return RepeatStatus.FINISHED;
	}

}
