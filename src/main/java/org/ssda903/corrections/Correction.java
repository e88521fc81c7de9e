package org.ssda903.corrections;

import java.util.Comparator;
import java.util.List;

/**
 * One thing a data officer corrects in the case-management system: a line of the
 * correction list. The current value is personal data: it is written to the list only,
 * never to logs.
 *
 * @param ruleCode the validation rule, or empty for a row the loader rejected
 * @param severity {@code error} or {@code query} for a rule, {@code reject} for a
 * rejected row
 */
public record Correction(String childId, String file, long line, String field, String currentValue, String problem,
		String ruleCode, String severity) {

	public static final List<String> COLUMNS = List.of("child_id", "file", "line", "field", "current_value", "problem",
			"rule_code", "severity");

	/**
	 * The order to work through: child by child, then as the CMS exports them (file,
	 * line), then by rule.
	 */
	static final Comparator<Correction> WORKING_ORDER = Comparator.comparing(Correction::childId)
		.thenComparing(Correction::file)
		.thenComparingLong(Correction::line)
		.thenComparing(Correction::ruleCode);

	String[] toCsvRow() {
		return new String[] { this.childId, this.file, String.valueOf(this.line), this.field, this.currentValue,
				this.problem, this.ruleCode, this.severity };
	}

}
