package org.ssda903.job;

import java.nio.file.Path;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import org.ssda903.extract.ExtractFileReader;
import org.ssda903.extract.ExtractRecord;
import org.ssda903.extract.LoadOutcome;
import org.ssda903.extract.LoadWriter;
import org.ssda903.extract.RecordClassifier;
import org.ssda903.job.steps.BuildReturnTasklet;
import org.ssda903.job.steps.DiscoverTasklet;
import org.ssda903.job.steps.GateTasklet;
import org.ssda903.job.steps.IngestCounts;
import org.ssda903.job.steps.IngestGate;
import org.ssda903.job.steps.IngestPartitions;
import org.ssda903.job.steps.IngestProgress;
import org.ssda903.job.steps.KpiTasklet;
import org.ssda903.job.steps.PublishTasklet;
import org.ssda903.job.steps.ReferenceTasklet;
import org.ssda903.job.steps.ValidateTasklet;
import org.ssda903.model.Table;
import org.ssda903.run.RunContext;
import org.ssda903.run.RunJobs;
import org.ssda903.run.RunStarts;
import org.ssda903.run.RunStep;
import org.ssda903.store.RejectRepository;
import org.ssda903.store.StagingRepository;

/**
 * The nightly job: discover the extract's files, ingest each file (one partition per 903
 * table, so a failed file restarts alone from its last committed chunk), stop a partial
 * or wrong-year extract at the gate, validate, build and store the return, compute the
 * KPIs and publish the run folder. Each step's work is a class of {@code job.steps}; this
 * class only wires them. The steps after ingest replace what an earlier attempt of the
 * same run wrote, so a restart never duplicates.
 */
@Configuration(proxyBeanMethods = false)
public class NightlyJobConfiguration {

	@Bean
	Job nightly903(JobRepository jobRepository, Step discover, Step reference, Step ingest, Step gate, Step validate,
			Step buildReturn, Step kpi, Step publish, RunStarts runStarts) {
		return new JobBuilder(RunJobs.NIGHTLY, jobRepository).listener(runStarts)
			.start(discover)
			.next(reference)
			.next(ingest)
			.next(gate)
			.next(validate)
			.next(buildReturn)
			.next(kpi)
			.next(publish)
			.build();
	}

	@Bean
	Step discover(JobRepository jobRepository, PlatformTransactionManager tx, DiscoverTasklet tasklet) {
		return new StepBuilder(RunStep.DISCOVER.stepName(), jobRepository).tasklet(tasklet, tx)
			.allowStartIfComplete(true)
			.build();
	}

	/**
	 * No surrounding transaction: the postcode load commits in batches of its own (see
	 * the tasklet).
	 */
	@Bean
	Step reference(JobRepository jobRepository, ReferenceTasklet tasklet) {
		return new StepBuilder(RunStep.REFERENCE.stepName(), jobRepository)
			.tasklet(tasklet, new ResourcelessTransactionManager())
			.build();
	}

	/**
	 * The files are independent, so their partitions load side by side, as many at a time
	 * as there are cores.
	 */
	@Bean
	Step ingest(JobRepository jobRepository, Step ingestFile, TaskExecutor ingestExecutor) {
		return new StepBuilder(RunStep.INGEST.stepName(), jobRepository)
			.partitioner(RunStep.INGEST_FILE, new IngestPartitions())
			.step(ingestFile)
			.gridSize(Table.values().length)
			.taskExecutor(ingestExecutor)
			.build();
	}

	@Bean
	TaskExecutor ingestExecutor(@Value("${ssda903.ingest.threads:0}") int threads) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		int size = (threads > 0) ? threads : Runtime.getRuntime().availableProcessors();
		executor.setCorePoolSize(size);
		executor.setMaxPoolSize(size);
		executor.setThreadNamePrefix("ingest-");
		executor.initialize();
		return executor;
	}

	@Bean
	Step ingestFile(JobRepository jobRepository, PlatformTransactionManager tx, ExtractFileReader ingestReader,
			RecordClassifier ingestClassifier, LoadWriter ingestWriter, IngestCounts ingestCounts,
			IngestProgress ingestProgress, IngestGate ingestGate, @Value("${ssda903.chunk-size:5000}") int chunkSize) {
		return new StepBuilder(RunStep.INGEST_FILE, jobRepository).<ExtractRecord, LoadOutcome>chunk(chunkSize)
			.transactionManager(tx)
			.reader(ingestReader)
			.processor(ingestClassifier)
			.writer(ingestWriter)
			.listener(ingestCounts)
			.listener(ingestProgress)
			.listener(ingestGate)
			.build();
	}

	@Bean
	@StepScope
	ExtractFileReader ingestReader(@Value("#{stepExecution}") StepExecution step,
			@Value("${ssda903.max-record-bytes:65536}") int maxRecordBytes) {
		Table table = IngestPartitions.tableOf(step);
		return new ExtractFileReader(RunContext.file(step.getJobExecution(), table), "reader", maxRecordBytes);
	}

	/**
	 * The gate applied while each file is read: a file of garbage stops the run in its
	 * first chunks.
	 */
	@Bean
	@StepScope
	IngestGate ingestGate(@Value("#{stepExecution}") StepExecution step) {
		Path file = RunContext.file(step.getJobExecution(), IngestPartitions.tableOf(step));
		return new IngestGate((file != null) ? file.getFileName().toString() : "");
	}

	@Bean
	@StepScope
	IngestProgress ingestProgress(@Value("#{stepExecution}") StepExecution step) {
		return new IngestProgress(RunContext.runId(step),
				RunContext.file(step.getJobExecution(), IngestPartitions.tableOf(step)));
	}

	@Bean
	@StepScope
	RecordClassifier ingestClassifier(@Value("#{stepExecution}") StepExecution step,
			@Value("${ssda903.max-record-bytes:65536}") int maxRecordBytes) {
		return new RecordClassifier(IngestPartitions.tableOf(step), maxRecordBytes);
	}

	@Bean
	@StepScope
	LoadWriter ingestWriter(@Value("#{stepExecution}") StepExecution step, StagingRepository staging,
			RejectRepository rejects) {
		return new LoadWriter(staging, rejects, IngestPartitions.tableOf(step), RunContext.runId(step));
	}

	/**
	 * After ingest and before anything is validated or stored: a partial extract stops
	 * here as bad input.
	 */
	@Bean
	Step gate(JobRepository jobRepository, PlatformTransactionManager tx, GateTasklet tasklet) {
		return new StepBuilder(RunStep.GATE.stepName(), jobRepository).tasklet(tasklet, tx).build();
	}

	@Bean
	Step validate(JobRepository jobRepository, PlatformTransactionManager tx, ValidateTasklet tasklet) {
		return new StepBuilder(RunStep.VALIDATE.stepName(), jobRepository).tasklet(tasklet, tx).build();
	}

	@Bean
	Step buildReturn(JobRepository jobRepository, PlatformTransactionManager tx, BuildReturnTasklet tasklet) {
		return new StepBuilder(RunStep.BUILD_RETURN.stepName(), jobRepository).tasklet(tasklet, tx).build();
	}

	@Bean
	Step kpi(JobRepository jobRepository, PlatformTransactionManager tx, KpiTasklet tasklet) {
		return new StepBuilder(RunStep.KPI.stepName(), jobRepository).tasklet(tasklet, tx).build();
	}

	@Bean
	Step publish(JobRepository jobRepository, PlatformTransactionManager tx, PublishTasklet tasklet) {
		return new StepBuilder(RunStep.PUBLISH.stepName(), jobRepository).tasklet(tasklet, tx).build();
	}

}
