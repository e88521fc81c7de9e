package org.ssda903.job.steps;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import org.ssda903.kpi.KpiPack;
import org.ssda903.kpi.RunKpis;
import org.ssda903.returns.PreviousReturn;
import org.ssda903.run.JobParams;

/**
 * The committee KPI pack for the year end: the whole catalogue for the 12 months to 31
 * March and the four quarters before it (for the trend), from this run's extract and the
 * stored returns of earlier years, stored with the run. A --previous folder is stored
 * first as last year's return when the database holds none.
 */
@Component
public class KpiTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(KpiTasklet.class);

	private final RunData run;

	private final PreviousReturn previousReturn;

	private final RunKpis runKpis;

	private final RunKpiPack pack;

	KpiTasklet(RunData run, PreviousReturn previousReturn, RunKpis runKpis, RunKpiPack pack) {
		this.run = run;
		this.previousReturn = previousReturn;
		this.runKpis = runKpis;
		this.pack = pack;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobParams params = this.run.params();
		long runId = this.run.runId();
		this.run.previousYear()
			.flatMap((source) -> this.previousReturn.keepGiven(runId, params.laCode(), params.year(),
					params.previousDir(), source))
			.ifPresent((kept) -> log.info("run {}: stored the given {} as {} {} version {}", runId,
					params.previousDir(), kept.laCode(), params.year().previous(), kept.version()));
		KpiPack pack = this.pack.pack();
		this.runKpis.store(runId, pack);
		log.info("run {}: {} KPI rows for {} and {} earlier quarter(s)", runId, pack.rows().size(), params.year(),
				pack.periods().size() - 1);
		return RepeatStatus.FINISHED;
	}

}
