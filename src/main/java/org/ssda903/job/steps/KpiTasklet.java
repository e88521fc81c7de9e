package org.ssda903.job.steps;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import org.ssda903.kpi.CareHistory;
import org.ssda903.kpi.KpiBenchmarks;
import org.ssda903.kpi.KpiPack;
import org.ssda903.kpi.KpiPeriod;
import org.ssda903.kpi.KpiRepository;
import org.ssda903.kpi.local.LocalExtractLoader;
import org.ssda903.kpi.local.LocalExtracts;
import org.ssda903.reference.ReferenceSnapshot;
import org.ssda903.returns.PreviousReturn;
import org.ssda903.run.JobParams;
import org.ssda903.run.ReferenceFiles;

/**
 * The committee KPI pack for the year end: the whole catalogue for the 12 months to 31 March and the four quarters
 * before it (for the trend), from this run's extract and last year's return, stored with the run.
 */
@Component
public class KpiTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(KpiTasklet.class);

	private final RunData run;

	private final ReferenceSnapshot reference;

	private final KpiRepository kpis;

	KpiTasklet(RunData run, ReferenceSnapshot reference, KpiRepository kpis) {
		this.run = run;
		this.reference = reference;
		this.kpis = kpis;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobParams params = this.run.params();
		long runId = this.run.runId();
		CareHistory history = CareHistory.of(params.year(), this.run.children());
		Optional<PreviousReturn.Source> previous = this.run.previousYear();
		if (previous.isPresent()) {
			history = history.with(params.year().previous(), previous.get().children());
		}
		ReferenceFiles files = params.reference();
		LocalExtracts local = LocalExtractLoader.load(files.localExtract(ReferenceFiles.HEALTH_ASSESSMENTS),
				files.localExtract(ReferenceFiles.VISITS), files.localExtract(ReferenceFiles.FOSTER_HOUSEHOLDS),
				files.localExtract(ReferenceFiles.AFTERCARE));
		KpiPack pack = KpiPack.build(history, params.laCode(), params.year().end(),
				this.reference.postcodes(runId).orElse(null), local, KpiBenchmarks.none());
		pack.periods().forEach((day, rows) -> this.kpis.replace(runId, KpiPeriod.asAt(day), rows));
		log.info("run {}: {} KPI rows for {} and {} earlier quarter(s) (last year's return: {})", runId,
				pack.rows().size(), params.year(), pack.periods().size() - 1,
				previous.map(PreviousReturn.Source::description).orElse("none"));
		return RepeatStatus.FINISHED;
	}

}
