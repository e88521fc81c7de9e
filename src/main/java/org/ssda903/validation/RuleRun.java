package org.ssda903.validation;

/**
 * How one rule fared in a run: a line of {@code validation/summary.csv}.
 *
 * @param status {@code run}, or {@code skipped: } and the reason
 */
public record RuleRun(String ruleCode, Severity severity, int failingRows, int failingChildren, String status) {
}
