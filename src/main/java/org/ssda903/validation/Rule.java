package org.ssda903.validation;

import java.util.function.Consumer;

import org.ssda903.model.ChildRecords;

/**
 * A validation rule: it looks at one child's rows across all files and reports each
 * failing row.
 */
public interface Rule {

	RuleInfo info();

	void check(ChildRecords child, ValidationContext context, Consumer<ValidationIssue> issues);

	/**
	 * False when the data this run has cannot tell whether the child breaks the rule: the
	 * validator then does not check the child and reports how many children it could not
	 * check, rather than an error or a pass.
	 */
	default boolean canJudge(ChildRecords child, ValidationContext context) {
		return true;
	}

}
