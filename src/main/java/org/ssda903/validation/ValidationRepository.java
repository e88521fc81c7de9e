package org.ssda903.validation;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import org.ssda903.model.Table;

/** Validation issues and per-rule results of each run. */
@Repository
public class ValidationRepository {

	private final JdbcTemplate jdbc;

	public ValidationRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void deleteRun(long runId) {
		this.jdbc.update("delete from validation_issue where run_id = ?", runId);
		this.jdbc.update("delete from validation_rule_run where run_id = ?", runId);
	}

	public void insertIssues(long runId, List<ValidationIssue> issues) {
		if (issues.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate("insert into validation_issue (run_id, rule_code, severity, table_name, line, child_id,"
				+ " fields, message) values (?, ?, ?, ?, ?, ?, ?, ?)", issues, 1000, (ps, issue) -> {
					ps.setLong(1, runId);
					ps.setString(2, issue.ruleCode());
					ps.setString(3, issue.severity().label());
					ps.setString(4, issue.table().baseName());
					ps.setLong(5, issue.line());
					ps.setString(6, issue.childId());
					ps.setString(7, issue.fieldList());
					ps.setString(8, issue.message());
				});
	}

	public void insertRuleRuns(long runId, List<RuleRun> runs) {
		this.jdbc.batchUpdate("insert into validation_rule_run (run_id, rule_code, severity, failing_rows,"
				+ " failing_children, status) values (?, ?, ?, ?, ?, ?)", runs, 1000, (ps, run) -> {
					ps.setLong(1, runId);
					ps.setString(2, run.ruleCode());
					ps.setString(3, run.severity().label());
					ps.setInt(4, run.failingRows());
					ps.setInt(5, run.failingChildren());
					ps.setString(6, run.status());
				});
	}

	/**
	 * Issues of a run in the order a data officer works through them: file, line, rule.
	 */
	public List<ValidationIssue> issues(long runId) {
		return this.jdbc.query(
				"select rule_code, severity, table_name, line, child_id, fields, message"
						+ " from validation_issue where run_id = ? order by table_name, line, rule_code, id",
				(rs, n) -> new ValidationIssue(rs.getString(1), severity(rs.getString(2)),
						Table.byBaseName(rs.getString(3)).orElseThrow(), rs.getLong(4), rs.getString(5),
						List.of(rs.getString(6).split(" ")), rs.getString(7)),
				runId);
	}

	/** Per-rule results in rule-code order. */
	public List<RuleRun> ruleRuns(long runId) {
		List<RuleRun> runs = this.jdbc.query(
				"select rule_code, severity, failing_rows, failing_children, status"
						+ " from validation_rule_run where run_id = ?",
				(rs, n) -> new RuleRun(rs.getString(1), severity(rs.getString(2)), rs.getInt(3), rs.getInt(4),
						rs.getString(5)),
				runId);
		return runs.stream().sorted((a, b) -> RuleSet.compareCodes(a.ruleCode(), b.ruleCode())).toList();
	}

	public int countIssues(long runId, Severity severity) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from validation_issue where run_id = ? and severity = ?", Integer.class, runId,
				severity.label());
		return count == null ? 0 : count;
	}

	private static Severity severity(String label) {
		return Severity.valueOf(label.toUpperCase(Locale.ROOT));
	}

}
