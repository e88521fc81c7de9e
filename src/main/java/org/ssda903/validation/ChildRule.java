package org.ssda903.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.Row;
import org.ssda903.model.Table;

/**
 * A rule that reads several rows of a child, from one file or several: episode chains, ages against the header,
 * cohorts. The body flags each failing row, of any table; the issue is reported on that row's file and line.
 *
 * @param info code, severity, message, tables, fields and years
 * @param body flags the failing rows of one child
 */
public record ChildRule(RuleInfo info, Body body) implements Rule {

	/** The check itself: it calls {@code flag} with each row that breaks the rule. */
	@FunctionalInterface
	public interface Body {

		void check(ChildRecords child, ValidationContext context, Consumer<Row> flag);

	}

	/** Declares a rule over a child's rows; {@code tables} are the files it cannot run without. */
	public static ChildRule of(String code, Severity severity, List<Table> tables, List<String> fields, Years years,
			String message, Body body) {
		return new ChildRule(new RuleInfo(code, severity, message, tables, fields, years), body);
	}

	/** This rule, needing also data beyond the extract (last year's return, reference data). */
	public ChildRule needing(Needs... needs) {
		return new ChildRule(this.info.needing(needs), this.body);
	}

	@Override
	public void check(ChildRecords child, ValidationContext context, Consumer<ValidationIssue> issues) {
		// a row reached by two paths of a rule (e.g. two overlapping chains) is still one failure
		List<Row> flagged = new ArrayList<>(2);
		this.body.check(child, context, (row) -> {
			for (Row seen : flagged) {
				if (seen == row) {
					return;
				}
			}
			flagged.add(row);
			issues.accept(ValidationIssue.of(this.info, row));
		});
	}

}
