package org.ssda903.job;

import java.util.List;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import org.ssda903.audit.RunInput;
import org.ssda903.audit.RunInputRepository;
import org.ssda903.model.Table;

/**
 * Runs the nightly job again from a later step on the staged data of a finished run, with the nightly job's own
 * step beans: they read the run named by {@link RunContext#RUN_ID} and replace what they wrote before. Only steps
 * that replace their output may be a start: discover and ingest would load the extract again, whose files may have
 * changed, into a run whose checksums say otherwise.
 */
@Configuration(proxyBeanMethods = false)
public class RerunJobConfiguration {

	public static final String JOB_NAME = "nightly903-rerun";

	/** The identifying parameters of a rerun besides {@link RunContext#RUN_ID}. */
	public static final String FROM_STEP = "rerun.from";

	public static final String NUMBER = "rerun.number";

	/** The steps a rerun may start from, in job order. */
	public static final List<String> START_STEPS = List.of("validate", "build-return", "kpi", "publish");

	@Bean
	Job nightly903Rerun(JobRepository jobRepository, Step rerunContext, Step validate, Step buildReturn, Step kpi,
			Step publish, RunData runData) {
		JobExecutionDecider from = (job, step) -> new FlowExecutionStatus(job.getJobParameters().getString(FROM_STEP));
		// a step met again in a later transition is the same state, so each start joins the one chain
		return new JobBuilder(JOB_NAME, jobRepository).listener(runData)
			.start(rerunContext)
			.next(from)
			.on("validate").to(validate).next(buildReturn).next(kpi).next(publish)
			.from(from).on("build-return").to(buildReturn)
			.from(from).on("kpi").to(kpi)
			.from(from).on("publish").to(publish)
			.end()
			.build();
	}

	/**
	 * Gives the rerun the job context the original run's discover step made: which files the extract had, which
	 * the validate step needs to tell a rule that cannot run from one that passed.
	 */
	@Bean
	Step rerunContext(JobRepository jobRepository, PlatformTransactionManager tx, RunInputRepository inputs) {
		Tasklet tasklet = (contribution, chunkContext) -> {
			StepExecution step = chunkContext.getStepContext().getStepExecution();
			JobParams params = JobParams.from(step.getJobExecution());
			for (RunInput input : inputs.forRun(RunContext.runId(step))) {
				Table table = Table.byBaseName(input.table()).orElseThrow();
				RunContext.putFile(step.getJobExecution(), table, params.extractDir().resolve(input.fileName()));
			}
			return RepeatStatus.FINISHED;
		};
		return new StepBuilder("rerun-context", jobRepository).tasklet(tasklet, tx).build();
	}

}
