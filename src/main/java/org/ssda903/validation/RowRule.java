package org.ssda903.validation;

import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.Row;
import org.ssda903.model.Table;

/**
 * A rule that judges each row of one table on its own: the shape of every single-field
 * and cross-field check.
 *
 * @param info code, severity, message, fields and years
 * @param table the file whose rows are checked
 * @param fails true when the row breaks the rule
 */
public record RowRule(RuleInfo info, Table table, BiPredicate<Row, ValidationContext> fails) implements Rule {

	/** Declares a rule that checks one table's rows, row by row. */
	public static RowRule of(String code, Severity severity, Table table, List<String> fields, Years years,
			String message, BiPredicate<Row, ValidationContext> fails) {
		return new RowRule(new RuleInfo(code, severity, message, List.of(table), fields, years), table, fails);
	}

	/** This rule, needing also data beyond the extract (reference data). */
	public RowRule needing(Needs... needs) {
		return new RowRule(this.info.needing(needs), this.table, this.fails);
	}

	@Override
	public void check(ChildRecords child, ValidationContext context, Consumer<ValidationIssue> issues) {
		for (Row row : child.rows(this.table)) {
			check(row, context, issues);
		}
	}

	/** Judges one row; the validator calls this for each row of the rule's table. */
	public void check(Row row, ValidationContext context, Consumer<ValidationIssue> issues) {
		if (this.fails.test(row, context)) {
			issues.accept(ValidationIssue.of(this.info, row));
		}
	}

}
