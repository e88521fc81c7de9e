package org.ssda903.validation;

import java.util.function.Consumer;

import org.ssda903.model.ChildRecords;

/**
 * A validation rule: it looks at one child's rows across all files and reports each failing row.
 */
public interface Rule {

	RuleInfo info();

	void check(ChildRecords child, ValidationContext context, Consumer<ValidationIssue> issues);

}
