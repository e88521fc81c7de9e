package org.ssda903.job.steps;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import org.ssda903.kpi.KpiBenchmarks;
import org.ssda903.kpi.KpiCsvWriter;
import org.ssda903.kpi.KpiPack;
import org.ssda903.kpi.KpiRepository;
import org.ssda903.kpi.report.CommitteeReport;
import org.ssda903.publish.OutputFolder;
import org.ssda903.publish.RunPublisher;
import org.ssda903.reference.ReferenceSnapshot;
import org.ssda903.returns.ReturnRepository;
import org.ssda903.returns.ReturnVersion;
import org.ssda903.run.JobParams;
import org.ssda903.run.RunContext;

/** Writes the run's folder: the return, findings, rejects, KPI files and the manifest of their checksums. */
@Component
public class PublishTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(PublishTasklet.class);

	private final RunData run;

	private final ReturnRepository returns;

	private final RunPublisher publisher;

	private final KpiRepository kpis;

	private final KpiBenchmarks benchmarks;

	private final ReferenceSnapshot reference;

	PublishTasklet(RunData run, ReturnRepository returns, RunPublisher publisher, KpiRepository kpis,
			KpiBenchmarks benchmarks, ReferenceSnapshot reference) {
		this.run = run;
		this.returns = returns;
		this.publisher = publisher;
		this.kpis = kpis;
		this.benchmarks = benchmarks;
		this.reference = reference;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobParams params = this.run.params();
		long runId = this.run.runId();
		ReturnVersion version = this.returns.forRun(runId)
			.orElseThrow(() -> new IllegalStateException("run " + runId + " has no stored return"));
		Path folder = JobParams.runFolder(params.outDir(), params.laCode(), params.year(), runId);
		KpiPack pack = KpiPack.fromStored(params.laCode(), params.year().end(),
				this.kpis.periodsOfRun(runId, KpiPack.trendDays(params.year().end())),
				this.reference.postcodes(runId).isPresent(), this.benchmarks);
		RunPublisher.ExtraOutput kpiCsv = new RunPublisher.ExtraOutput("kpi/kpi.csv", (out) -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			new KpiCsvWriter().write(pack.rows(), writer);
		});
		RunPublisher.ExtraOutput report = new RunPublisher.ExtraOutput("kpi/committee-report.html",
				(out) -> out.write(CommitteeReport.render(pack).getBytes(StandardCharsets.UTF_8)));
		this.publisher.publish(runId, version, new OutputFolder(folder), List.of(kpiCsv, report));
		RunContext.putOutputFolder(chunkContext.getStepContext().getStepExecution().getJobExecution(), folder);
		log.info("run {}: outputs written to {}", runId, folder);
		return RepeatStatus.FINISHED;
	}

}
