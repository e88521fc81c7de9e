package org.ssda903.job.steps;

import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import org.ssda903.kpi.KpiBenchmarks;
import org.ssda903.kpi.KpiOutputs;
import org.ssda903.kpi.KpiPack;
import org.ssda903.kpi.report.ReportContext;
import org.ssda903.publish.OutputFolder;
import org.ssda903.publish.RunPublisher;
import org.ssda903.reference.LaCodeLoader;
import org.ssda903.reference.LaCodes;
import org.ssda903.reference.ReferenceSnapshot;
import org.ssda903.returns.ReturnRepository;
import org.ssda903.returns.ReturnVersion;
import org.ssda903.run.JobParams;
import org.ssda903.run.RunContext;
import org.ssda903.store.RejectCount;
import org.ssda903.store.RejectRepository;
import org.ssda903.validation.Severity;
import org.ssda903.validation.ValidationRepository;

/**
 * Writes the run's folder: the return, findings, rejects, KPI files and the manifest of
 * their checksums. A rerun writes a folder of its own beside the run's, which stays as
 * the run published it.
 */
@Component
public class PublishTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(PublishTasklet.class);

	private final RunData run;

	private final ReturnRepository returns;

	private final RunPublisher publisher;

	private final RunKpiPack pack;

	private final KpiBenchmarks benchmarks;

	private final ReferenceSnapshot reference;

	private final RejectRepository rejects;

	private final ValidationRepository validation;

	PublishTasklet(RunData run, ReturnRepository returns, RunPublisher publisher, RunKpiPack pack,
			KpiBenchmarks benchmarks, ReferenceSnapshot reference, RejectRepository rejects,
			ValidationRepository validation) {
		this.run = run;
		this.returns = returns;
		this.publisher = publisher;
		this.pack = pack;
		this.benchmarks = benchmarks;
		this.reference = reference;
		this.rejects = rejects;
		this.validation = validation;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobParams params = this.run.params();
		long runId = this.run.runId();
		JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
		long rerunNumber = RunContext.rerunNumber(job);
		ReturnVersion version = this.returns.forRun(runId)
			.orElseThrow(() -> new IllegalStateException("run " + runId + " has no stored return"));
		Path folder = JobParams.runFolder(params.outDir(), params.laCode(), params.year(), runId, rerunNumber);
		// the kpi step's pack rather than the stored rows: the drill-down of children
		// behind each row is not stored
		KpiPack pack = this.pack.pack().withBenchmarks(this.benchmarks);
		List<RunPublisher.ExtraOutput> kpiFiles = KpiOutputs.of(pack, reportContext(params, runId))
			.entrySet()
			.stream()
			.map((file) -> new RunPublisher.ExtraOutput("kpi/" + file.getKey(), file.getValue()::writeTo))
			.toList();
		this.publisher.publish(runId, rerunNumber, version, new OutputFolder(folder), kpiFiles);
		RunContext.putOutputFolder(job, folder);
		log.info("run {}: outputs written to {}", runId, folder);
		return RepeatStatus.FINISHED;
	}

	/**
	 * What the report's first page says of the run. It names the extract by its checksum,
	 * not the run by its id: a restarted run must write the same bytes as an
	 * uninterrupted one.
	 */
	private ReportContext reportContext(JobParams params, long runId) {
		String council = this.reference.laCodes(runId)
			.orElseGet(LaCodeLoader::shipped)
			.find(params.laCode())
			.map(LaCodes.LaCode::name)
			.orElse(params.laCode());
		long rejected = this.rejects.countsByFileAndReason(runId).stream().mapToLong(RejectCount::rows).sum();
		return new ReportContext(council, params.year().end(),
				"the nightly run of the extract with SHA-256 " + params.extractSha256().substring(0, 16)
						+ "... (the run folder's name gives the run's number)",
				new ReportContext.DataQuality((int) rejected, this.validation.countIssues(runId, Severity.ERROR)));
	}

}
