package org.ssda903.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import org.ssda903.job.steps.RerunContextTasklet;
import org.ssda903.run.RunJobs;
import org.ssda903.run.RunStarts;
import org.ssda903.run.RunStep;

/**
 * Runs the nightly job again from a later step on the staged data of a finished run, with
 * the nightly job's own steps: they read the run named by {@code RunContext.RUN_ID} and
 * replace what they wrote before. Only steps that replace their output may be a start
 * ({@link RunStep#rerunStarts()}): discover and ingest would load the extract again,
 * whose files may have changed, into a run whose checksums say otherwise. The reference
 * step keeps the reference data versions the run recorded, unless the rerun is given new
 * files.
 */
@Configuration(proxyBeanMethods = false)
public class RerunJobConfiguration {

	@Bean
	Job nightly903Rerun(JobRepository jobRepository, Step rerunContext, Step reference, Step validate, Step buildReturn,
			Step kpi, Step publish, RunStarts runStarts) {
		JobExecutionDecider from = (job,
				step) -> new FlowExecutionStatus(job.getJobParameters().getString(RunJobs.RERUN_FROM_STEP));
		// a step met again in a later transition is the same state, so each start joins
		// the one chain
		return new JobBuilder(RunJobs.RERUN, jobRepository).listener(runStarts)
			.start(rerunContext)
			.next(reference)
			.next(from)
			.on(RunStep.VALIDATE.stepName())
			.to(validate)
			.next(buildReturn)
			.next(kpi)
			.next(publish)
			.from(from)
			.on(RunStep.BUILD_RETURN.stepName())
			.to(buildReturn)
			.from(from)
			.on(RunStep.KPI.stepName())
			.to(kpi)
			.from(from)
			.on(RunStep.PUBLISH.stepName())
			.to(publish)
			.end()
			.build();
	}

	@Bean
	Step rerunContext(JobRepository jobRepository, PlatformTransactionManager tx, RerunContextTasklet tasklet) {
		return new StepBuilder(RunStep.RERUN_CONTEXT, jobRepository).tasklet(tasklet, tx).build();
	}

}
