package org.ssda903.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import org.ssda903.audit.RunInputRepository;
import org.ssda903.extract.BadExtractException;
import org.ssda903.extract.Checksums;
import org.ssda903.extract.ExtractFile;
import org.ssda903.extract.ExtractFileReader;
import org.ssda903.extract.ExtractFolder;
import org.ssda903.extract.ExtractRecord;
import org.ssda903.extract.LoadOutcome;
import org.ssda903.extract.LoadWriter;
import org.ssda903.extract.RecordClassifier;
import org.ssda903.extract.RejectCount;
import org.ssda903.extract.RejectRepository;
import org.ssda903.extract.StagingRepository;
import org.ssda903.kpi.CareHistory;
import org.ssda903.kpi.ChildPopulation;
import org.ssda903.kpi.KpiBenchmarks;
import org.ssda903.kpi.KpiCsvWriter;
import org.ssda903.kpi.KpiPack;
import org.ssda903.kpi.KpiPeriod;
import org.ssda903.kpi.KpiRepository;
import org.ssda903.kpi.KpiResult;
import org.ssda903.kpi.local.LocalExtractLoader;
import org.ssda903.kpi.local.LocalExtracts;
import org.ssda903.kpi.report.CommitteeReport;
import org.ssda903.kpi.report.ReportContext;
import org.ssda903.model.ChildRecords;
import org.ssda903.model.Table;
import org.ssda903.publish.OutputFolder;
import org.ssda903.publish.RunPublisher;
import org.ssda903.reference.PostcodeLookup;
import org.ssda903.reference.LaCodes;
import org.ssda903.reference.OfstedProviders;
import org.ssda903.reference.ReferenceData;
import org.ssda903.reference.ReferenceKind;
import org.ssda903.reference.ReferenceLoad;
import org.ssda903.reference.ReferenceSnapshot;
import org.ssda903.returns.PreviousReturn;
import org.ssda903.returns.ReturnBuilder;
import org.ssda903.returns.ReturnRepository;
import org.ssda903.returns.ReturnVersion;
import org.ssda903.validation.ValidationContext;
import org.ssda903.validation.Severity;
import org.ssda903.validation.ValidationRepository;
import org.ssda903.validation.ValidationService;

/**
 * The nightly job: discover the extract's files, ingest each file (one partition per 903 table, so a failed file
 * restarts alone from its last committed chunk), validate, build and store the return, and publish the run folder.
 * The steps after ingest replace what an earlier attempt of the same run wrote, so a restart never duplicates.
 */
@Configuration(proxyBeanMethods = false)
public class NightlyJobConfiguration {

	public static final String JOB_NAME = "nightly903";

	static final String INGEST_WORKER = "ingest-file";

	/** The job context key of the run's output folder, for the summary. */
	public static final String OUTPUT_FOLDER = "output.folder";

	private static final Logger log = LoggerFactory.getLogger(NightlyJobConfiguration.class);

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/** Targets and comparators, editable CSV files in jobs/ (the paths are settings). */
	@Bean
	KpiBenchmarks kpiBenchmarks(@Value("${ssda903.kpi.targets:jobs/kpi-targets.csv}") Path targets,
			@Value("${ssda903.kpi.comparators:jobs/kpi-comparators.csv}") Path comparators) {
		if (!Files.isRegularFile(targets) || !Files.isRegularFile(comparators)) {
			log.warn("KPI targets or comparators not found ({}, {}): the committee report shows none", targets,
					comparators);
			return KpiBenchmarks.none();
		}
		return KpiBenchmarks.load(targets, comparators);
	}

	@Bean
	Job nightly903(JobRepository jobRepository, Step discover, Step reference, Step ingest, Step validate,
			Step buildReturn, Step kpi, Step publish, RunData runData) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(runData)
			.start(discover)
			.next(reference)
			.next(ingest)
			.next(validate)
			.next(buildReturn)
			.next(kpi)
			.next(publish)
			.build();
	}

	@Bean
	Step discover(JobRepository jobRepository, PlatformTransactionManager tx, RunInputRepository inputs) {
		Tasklet tasklet = (contribution, chunkContext) -> {
			StepExecution step = chunkContext.getStepContext().getStepExecution();
			JobParams params = JobParams.from(step.getJobExecution());
			String actual = Checksums.ofExtract(params.extractDir());
			if (!actual.equals(params.extractSha256())) {
				throw new BadExtractException("the extract in " + params.extractDir()
						+ " has changed since this run started; run the job on it again to start a new run");
			}
			Map<Table, ExtractFile> files = ExtractFolder.scan(params.extractDir());
			inputs.replace(RunContext.runId(step), List.copyOf(files.values()));
			files.forEach((table, file) -> RunContext.putFile(step.getJobExecution(), table, file.path()));
			log.info("run {}: extract has {} file(s): {}", RunContext.runId(step), files.size(),
					files.values().stream().map(ExtractFile::fileName).toList());
			return RepeatStatus.FINISHED;
		};
		return new StepBuilder("discover", jobRepository).tasklet(tasklet, tx).build();
	}

	/**
	 * Stores the reference files given to the run, when they are new. Loading the national postcode file commits in
	 * batches of its own, so this step runs without a surrounding transaction; a load that did not finish is never
	 * used, and the restarted step loads the file again.
	 */
	@Bean
	Step reference(JobRepository jobRepository, ReferenceData referenceData) {
		Tasklet tasklet = (contribution, chunkContext) -> {
			StepExecution step = chunkContext.getStepContext().getStepExecution();
			ReferenceFiles files = JobParams.from(step.getJobExecution()).reference();
			if (files.postcodes() != null) {
				referenceData.postcodes(files.postcodes());
			}
			if (files.providers() != null) {
				referenceData.providers(files.providers());
			}
			if (files.laCodes() != null) {
				referenceData.laCodes(files.laCodes());
			}
			for (ReferenceKind kind : ReferenceKind.values()) {
				log.info("run {}: {}", RunContext.runId(step), referenceData.currentLoad(kind)
					.map(ReferenceLoad::toString)
					.orElse(kind.stored() + ": none stored"));
			}
			return RepeatStatus.FINISHED;
		};
		return new StepBuilder("reference", jobRepository).tasklet(tasklet, new ResourcelessTransactionManager())
			.build();
	}

	@Bean
	Step ingest(JobRepository jobRepository, Step ingestFile) {
		return new StepBuilder("ingest", jobRepository).partitioner(INGEST_WORKER, tablePartitioner())
			.step(ingestFile)
			.gridSize(Table.values().length)
			.build();
	}

	/** One partition per 903 table, named by the table, whether or not the extract has that file. */
	static Partitioner tablePartitioner() {
		return (gridSize) -> {
			SortedMap<String, ExecutionContext> partitions = new TreeMap<>();
			for (Table table : Table.values()) {
				ExecutionContext context = new ExecutionContext();
				context.putString("table", table.name());
				partitions.put(table.baseName(), context);
			}
			return partitions;
		};
	}

	@Bean
	Step ingestFile(JobRepository jobRepository, PlatformTransactionManager tx, ExtractFileReader ingestReader,
			RecordClassifier ingestClassifier, LoadWriter ingestWriter, StepExecutionListener ingestCounts,
			@Value("${ssda903.chunk-size:1000}") int chunkSize) {
		return new StepBuilder(INGEST_WORKER, jobRepository).<ExtractRecord, LoadOutcome>chunk(chunkSize)
			.transactionManager(tx)
			.reader(ingestReader)
			.processor(ingestClassifier)
			.writer(ingestWriter)
			.listener(ingestCounts)
			.build();
	}

	@Bean
	@StepScope
	ExtractFileReader ingestReader(@Value("#{stepExecution}") StepExecution step) {
		Table table = tableOf(step);
		return new ExtractFileReader(RunContext.file(step.getJobExecution(), table), "reader");
	}

	@Bean
	@StepScope
	RecordClassifier ingestClassifier(@Value("#{stepExecution}") StepExecution step) {
		return new RecordClassifier(tableOf(step));
	}

	@Bean
	@StepScope
	LoadWriter ingestWriter(@Value("#{stepExecution}") StepExecution step, StagingRepository staging,
			RejectRepository rejects) {
		return new LoadWriter(staging, rejects, tableOf(step), RunContext.runId(step));
	}

	/** Records each file's row accounting from what is committed, so that it also holds after a restart. */
	@Bean
	StepExecutionListener ingestCounts(StagingRepository staging, RejectRepository rejects,
			RunInputRepository inputs) {
		return new StepExecutionListener() {
			@Override
			public ExitStatus afterStep(StepExecution step) {
				Table table = tableOf(step);
				if (RunContext.file(step.getJobExecution(), table) == null) {
					return null;
				}
				long runId = RunContext.runId(step);
				int loaded = staging.count(StagingRepository.STAGING, runId, table);
				int rejected = rejects.count(runId, table);
				inputs.recordCounts(runId, table.baseName(), loaded + rejected, loaded, rejected);
				log.info("run {}: {} read {}, loaded {}, rejected {}", runId, table.fileName(), loaded + rejected,
						loaded, rejected);
				return null;
			}
		};
	}

	@Bean
	Step validate(JobRepository jobRepository, PlatformTransactionManager tx, RunData runData,
			ReferenceSnapshot reference, ValidationService validation) {
		Tasklet tasklet = (contribution, chunkContext) -> {
			StepExecution step = chunkContext.getStepContext().getStepExecution();
			JobParams params = JobParams.from(step.getJobExecution());
			long runId = RunContext.runId(step);
			SortedMap<String, ChildRecords> children = runData.children(step);
			ValidationContext context = ValidationContext.of(params.year(), params.laCode());
			Optional<PreviousReturn.Source> previous = runData.previousYear(step);
			if (previous.isPresent()) {
				context = context.withPreviousYear(previous.get().children());
			}
			Optional<PostcodeLookup> postcodes = reference.postcodes();
			if (postcodes.isPresent()) {
				context = context.withPostcodes(postcodes.get());
			}
			Optional<OfstedProviders> providers = reference.providers();
			if (providers.isPresent()) {
				context = context.withProviders(providers.get());
			}
			Optional<LaCodes> laCodes = reference.laCodes();
			if (laCodes.isPresent()) {
				context = context.withLaCodes(laCodes.get());
			}
			var result = validation.validateAndStore(runId, context, children.values(),
					RunContext.suppliedTables(step.getJobExecution()));
			log.info("run {}: validated {} children: {} issue(s)", runId, children.size(), result.issues().size());
			return RepeatStatus.FINISHED;
		};
		return new StepBuilder("validate", jobRepository).tasklet(tasklet, tx).build();
	}

	@Bean
	Step buildReturn(JobRepository jobRepository, PlatformTransactionManager tx, RunData runData,
			ReturnBuilder builder) {
		Tasklet tasklet = (contribution, chunkContext) -> {
			StepExecution step = chunkContext.getStepContext().getStepExecution();
			JobParams params = JobParams.from(step.getJobExecution());
			long runId = RunContext.runId(step);
			SortedMap<String, ChildRecords> children = runData.children(step);
			ReturnVersion version = builder.build(runId, params.laCode(), params.year(), children.values());
			log.info("run {}: stored return {} {} version {}", runId, params.laCode(), params.year(),
					version.version());
			return RepeatStatus.FINISHED;
		};
		return new StepBuilder("build-return", jobRepository).tasklet(tasklet, tx).build();
	}

	/**
	 * The committee KPI pack for the year end: the whole catalogue for the 12 months to 31 March and the four
	 * quarters before it (for the trend), from this run's extract and last year's return, stored with the run.
	 */
	@Bean
	Step kpi(JobRepository jobRepository, PlatformTransactionManager tx, RunData runData,
			ReferenceSnapshot reference, KpiRepository kpis,
			@Value("${ssda903.kpi.population:}") String population) {
		Tasklet tasklet = (contribution, chunkContext) -> {
			StepExecution step = chunkContext.getStepContext().getStepExecution();
			JobParams params = JobParams.from(step.getJobExecution());
			long runId = RunContext.runId(step);
			CareHistory history = CareHistory.of(params.year(), runData.children(step));
			Optional<PreviousReturn.Source> previous = runData.previousYear(step);
			if (previous.isPresent()) {
				history = history.with(params.year().previous(), previous.get().children());
			}
			ReferenceFiles files = params.reference();
			LocalExtracts local = LocalExtractLoader.load(files.localExtract(ReferenceFiles.HEALTH_ASSESSMENTS),
					files.localExtract(ReferenceFiles.VISITS), files.localExtract(ReferenceFiles.FOSTER_HOUSEHOLDS),
					files.localExtract(ReferenceFiles.AFTERCARE));
			// ONS mid-year estimates for CLA-02, a setting like the targets: without it the report says so
			ChildPopulation children = population.isBlank() ? ChildPopulation.none()
					: ChildPopulation.load(Path.of(population), params.laCode());
			KpiPack pack = KpiPack.build(history, params.laCode(), params.year().end(),
					reference.postcodes().orElse(null), local, children, KpiBenchmarks.none());
			pack.periods().forEach((day, rows) -> kpis.replace(runId, KpiPeriod.asAt(day), rows));
			log.info("run {}: {} KPI rows for {} and {} earlier quarter(s) (last year's return: {})", runId,
					pack.rows().size(), params.year(), pack.periods().size() - 1,
					previous.map(PreviousReturn.Source::description).orElse("none"));
			return RepeatStatus.FINISHED;
		};
		return new StepBuilder("kpi", jobRepository).tasklet(tasklet, tx).build();
	}

	@Bean
	Step publish(JobRepository jobRepository, PlatformTransactionManager tx, ReturnRepository returns,
			RunPublisher publisher, KpiRepository kpis, KpiBenchmarks benchmarks, ReferenceSnapshot reference,
			RejectRepository rejects, ValidationRepository validation) {
		Tasklet tasklet = (contribution, chunkContext) -> {
			StepExecution step = chunkContext.getStepContext().getStepExecution();
			JobParams params = JobParams.from(step.getJobExecution());
			long runId = RunContext.runId(step);
			ReturnVersion version = returns.forRun(runId)
				.orElseThrow(() -> new IllegalStateException("run " + runId + " has no stored return"));
			Path folder = JobParams.runFolder(params.outDir(), params.laCode(), params.year(), runId);
			KpiPack pack = KpiPack.fromStored(params.laCode(), params.year().end(),
					kpis.periodsOfRun(runId, KpiPack.trendDays(params.year().end())), reference.postcodes().isPresent(),
					benchmarks);
			RunPublisher.ExtraOutput kpiCsv = new RunPublisher.ExtraOutput("kpi/kpi.csv", (out) -> {
				Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				new KpiCsvWriter().write(pack.rows(), writer);
			});
			String council = reference.laCodes()
				.flatMap((codes) -> codes.find(params.laCode()))
				.map(LaCodes.LaCode::name)
				.orElse(params.laCode());
			// the extract's checksum, not the run id: a restarted run must write the same bytes as an uninterrupted one
			ReportContext context = new ReportContext(council, params.year().end(),
					"the nightly run of the extract with SHA-256 " + params.extractSha256().substring(0, 16)
							+ "... (the run folder's name gives the run's number)",
					new ReportContext.DataQuality(
							(int) rejects.countsByFileAndReason(runId).stream().mapToLong(RejectCount::rows).sum(),
							validation.countIssues(runId, Severity.ERROR)));
			String html = CommitteeReport.renderHtml(pack, context);
			RunPublisher.ExtraOutput report = new RunPublisher.ExtraOutput("kpi/committee-report.html",
					(out) -> out.write(html.getBytes(StandardCharsets.UTF_8)));
			RunPublisher.ExtraOutput pdf = new RunPublisher.ExtraOutput("kpi/committee-report.pdf",
					(out) -> out.write(CommitteeReport.renderPdf(pack, context)));
			publisher.publish(runId, version, new OutputFolder(folder), List.of(kpiCsv, report, pdf));
			step.getJobExecution().getExecutionContext().putString(OUTPUT_FOLDER, folder.toString());
			log.info("run {}: outputs written to {}", runId, folder);
			return RepeatStatus.FINISHED;
		};
		return new StepBuilder("publish", jobRepository).tasklet(tasklet, tx).build();
	}

	static Table tableOf(StepExecution step) {
		return Table.valueOf(step.getExecutionContext().getString("table"));
	}

	public static Path outputFolder(JobExecution execution) {
		String folder = execution.getExecutionContext().getString(OUTPUT_FOLDER, "");
		return folder.isEmpty() ? null : Path.of(folder);
	}

}
