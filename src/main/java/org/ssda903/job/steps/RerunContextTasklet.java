package org.ssda903.job.steps;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import org.ssda903.model.Table;
import org.ssda903.run.RunContext;
import org.ssda903.run.RunInput;
import org.ssda903.run.RunInputRepository;

/**
 * Gives a rerun the job context the original run's discover step made: which files the
 * extract had, which the validate step needs to tell a rule that cannot run from one that
 * passed.
 */
@Component
public class RerunContextTasklet implements Tasklet {

	private final RunData run;

	private final RunInputRepository inputs;

	RerunContextTasklet(RunData run, RunInputRepository inputs) {
		this.run = run;
		this.inputs = inputs;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
		for (RunInput input : this.inputs.forRun(this.run.runId())) {
			Table table = Table.byBaseName(input.table()).orElseThrow();
			RunContext.putFile(job, table, this.run.params().extractDir().resolve(input.fileName()));
		}
		return RepeatStatus.FINISHED;
	}

}
