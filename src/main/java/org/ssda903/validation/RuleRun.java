package org.ssda903.validation;

/**
 * How one rule fared in a run: a line of {@code validation/summary.csv}.
 *
 * @param status {@code run} (followed by {@code ; not checkable for N children} when the
 * run's data could not tell for some children), {@code skipped: } and the reason, or
 * {@code error: } and what failed
 */
public record RuleRun(String ruleCode, Severity severity, int failingRows, int failingChildren, String status) {
}
