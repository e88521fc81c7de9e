package org.ssda903.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Service;

import org.ssda903.audit.RunHistory;
import org.ssda903.audit.RunHistory.ExecutionDetail;
import org.ssda903.kpi.KpiPeriod;
import org.ssda903.kpi.KpiRepository;
import org.ssda903.model.CollectionYear;
import org.ssda903.run.JobParams;
import org.ssda903.store.RejectRepository;
import org.ssda903.validation.Rule;
import org.ssda903.validation.RuleCatalogue;
import org.ssda903.validation.RuleSet;
import org.ssda903.validation.Severity;
import org.ssda903.validation.ValidationRepository;

/**
 * Gathers what the auditor page shows of one execution from the run history and the run's
 * stored results.
 */
@Service
class AuditReports {

	private final RunHistory history;

	private final RejectRepository rejects;

	private final ValidationRepository validation;

	private final KpiRepository kpis;

	AuditReports(RunHistory history, RejectRepository rejects, ValidationRepository validation, KpiRepository kpis) {
		this.history = history;
		this.rejects = rejects;
		this.validation = validation;
		this.kpis = kpis;
	}

	/**
	 * What each rule of the year checks: a code may say something else in another year.
	 */
	private static Map<String, String> ruleMessages(CollectionYear year) {
		Map<String, String> messages = new HashMap<>();
		for (Rule rule : new RuleSet(year, RuleCatalogue.all()).rules()) {
			messages.put(rule.info().code(), rule.info().message());
		}
		return messages;
	}

	Optional<RunReport> report(long executionId) {
		JobExecution execution = this.history.findExecution(executionId);
		Optional<ExecutionDetail> detail = this.history.execution(executionId);
		if (execution == null || detail.isEmpty()) {
			return Optional.empty();
		}
		long runId = detail.get().summary().runId();
		JobParams params = JobParams.from(execution);
		// the nightly job stores the KPIs of its own collection year, the period shown
		// with them
		KpiPeriod period = KpiPeriod.forCollectionYear(params.year());
		return Optional.of(new RunReport(detail.get(), params, execution.getEndTime(),
				this.rejects.countsByFileAndReason(runId), this.validation.countIssues(runId, Severity.ERROR),
				this.validation.countIssues(runId, Severity.QUERY), this.validation.ruleRuns(runId),
				ruleMessages(params.year()), period, this.kpis.forRun(runId, period)));
	}

}
