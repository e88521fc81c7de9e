package org.ssda903.job.steps;

import java.util.Optional;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.ssda903.kpi.local.LocalExtractLoader;
import org.ssda903.kpi.local.LocalExtracts;
import org.ssda903.model.ChildSource;
import org.ssda903.returns.PreviousReturn;
import org.ssda903.run.JobParams;
import org.ssda903.run.ReferenceFiles;
import org.ssda903.run.RunContext;
import org.ssda903.store.StagingRepository;

/**
 * What one job execution works on: its parameters, its run, the run's staged extract and
 * last year's return, each read from the store a slice at a time by the step that needs
 * it. Last year's folder, when one is given, is staged once per execution; a job-scoped
 * bean is forgotten when the execution ends, so a restart stages it afresh.
 */
@Component
@JobScope
public class RunData {

	private final JobParams params;

	private final long runId;

	private final StagingRepository staging;

	private final PreviousReturn previousReturn;

	private ChildSource staged;

	private Optional<PreviousReturn.Source> previous;

	RunData(@Value("#{jobExecution}") JobExecution execution, StagingRepository staging,
			PreviousReturn previousReturn) {
		this.params = JobParams.from(execution);
		this.runId = RunContext.runId(execution);
		this.staging = staging;
		this.previousReturn = previousReturn;
	}

	public JobParams params() {
		return this.params;
	}

	/**
	 * The run whose rows this execution reads and replaces (for a rerun, the original
	 * run).
	 */
	public long runId() {
		return this.runId;
	}

	/**
	 * The run's staged children, read from the store a slice at a time; one source per
	 * execution, so that the steps share its list of ids, which nothing changes after
	 * ingest.
	 */
	public synchronized ChildSource staged() {
		if (this.staged == null) {
			this.staged = this.staging.source(StagingRepository.STAGING, this.runId);
		}
		return this.staged;
	}

	/**
	 * The local extracts given to the run (health assessments, visits, ...); a file not
	 * given leaves its KPIs out.
	 */
	public LocalExtracts localExtracts() {
		ReferenceFiles files = this.params.reference();
		return LocalExtractLoader.load(files.localExtract(ReferenceFiles.HEALTH_ASSESSMENTS),
				files.localExtract(ReferenceFiles.VISITS), files.localExtract(ReferenceFiles.FOSTER_HOUSEHOLDS),
				files.localExtract(ReferenceFiles.AFTERCARE));
	}

	/**
	 * Last year's return: the --previous folder, else the stored one; empty when there is
	 * neither.
	 */
	public synchronized Optional<PreviousReturn.Source> previousYear() {
		if (this.previous == null) {
			this.previous = this.previousReturn.find(this.runId, this.params.laCode(), this.params.year(),
					this.params.previousDir());
		}
		return this.previous;
	}

}
