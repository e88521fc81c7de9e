package org.ssda903.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.ssda903.audit.RunHistory.ExecutionDetail;
import org.ssda903.kpi.KpiPeriod;
import org.ssda903.kpi.KpiResult;
import org.ssda903.run.JobParams;
import org.ssda903.store.RejectCount;
import org.ssda903.validation.RuleRun;

/**
 * Everything the page of one execution shows. Rejected rows are only counted: their text
 * is personal data.
 *
 * @param rules every rule of the run's year with its outcome
 * @param ruleMessages what each rule checks, by rule code
 * @param kpis the KPI rows of the collection year's period, empty until the run has
 * computed them
 */
record RunReport(ExecutionDetail detail, JobParams params, LocalDateTime ended, List<RejectCount> rejects, int errors,
		int queries, List<RuleRun> rules, Map<String, String> ruleMessages, KpiPeriod kpiPeriod, List<KpiResult> kpis) {
}
