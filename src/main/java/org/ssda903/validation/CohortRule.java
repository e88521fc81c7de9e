package org.ssda903.validation;

import java.util.List;
import java.util.function.Consumer;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.ChildSource;

/**
 * A rule that cannot judge a child alone, such as a UPN shared by two children.
 * {@link Validator} calls {@link #prepare} once per run with every child, and runs the
 * rule it returns child by child; the prepared rule holds what this run learnt, so the
 * catalogue's instance stays free of state and can serve concurrent runs. What it learns
 * must be a summary (counts per UPN, say), not the children, so that a national run's
 * memory stays bounded by a slice.
 */
public interface CohortRule extends Rule {

	/**
	 * Reads every child of the run once, a slice at a time and only the tables it needs,
	 * and returns the rule that judges each of them against the others.
	 */
	Rule prepare(ChildSource children, ValidationContext context);

	/**
	 * Judged on its own, a child is the whole cohort: only clashes among its own rows can
	 * show.
	 */
	@Override
	default void check(ChildRecords child, ValidationContext context, Consumer<ValidationIssue> issues) {
		prepare(ChildSource.of(List.of(child)), context).check(child, context, issues);
	}

}
