package org.ssda903.validation;

import java.util.List;

import org.ssda903.model.Row;
import org.ssda903.model.Table;

/**
 * One rule failure on one row: a line of {@code validation/issues.csv}.
 */
public record ValidationIssue(String ruleCode, Severity severity, Table table, long line, String childId,
		List<String> fields, String message) {

	public static ValidationIssue of(RuleInfo rule, Row row) {
		return new ValidationIssue(rule.code(), rule.severity(), row.table(), row.line(), row.child(), rule.fields(),
				rule.message());
	}

	/** The fields as written in outputs: names joined with a space. */
	public String fieldList() {
		return String.join(" ", this.fields);
	}

}
