package org.ssda903.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.Row;
import org.ssda903.model.Table;

/**
 * A rule that reads several rows of a child, from one file or several: episode chains,
 * ages against the header, cohorts. The body flags each failing row, of any table; the
 * issue is reported on that row's file and line.
 *
 * @param info code, severity, message, tables, fields and years
 * @param body flags the failing rows of one child
 * @param judgeable whether this run's data can tell if the child breaks the rule (see
 * {@link Rule#canJudge})
 */
public record ChildRule(RuleInfo info, Body body,
		BiPredicate<ChildRecords, ValidationContext> judgeable) implements Rule {

	/** A rule that can judge every child. */
	public ChildRule(RuleInfo info, Body body) {
		this(info, body, (child, context) -> true);
	}

	/** The check itself: it calls {@code flag} with each row that breaks the rule. */
	@FunctionalInterface
	public interface Body {

		void check(ChildRecords child, ValidationContext context, Consumer<Row> flag);

	}

	/**
	 * Declares a rule over a child's rows; {@code tables} are the files it cannot run
	 * without.
	 */
	public static ChildRule of(String code, Severity severity, List<Table> tables, List<String> fields, Years years,
			String message, Body body) {
		return new ChildRule(new RuleInfo(code, severity, message, tables, fields, years), body);
	}

	/**
	 * This rule, needing also data beyond the extract (last year's return, reference
	 * data).
	 */
	public ChildRule needing(Needs... needs) {
		return new ChildRule(this.info.needing(needs), this.body, this.judgeable);
	}

	/**
	 * This rule, checking only the children for which the run's data can tell; the
	 * validator counts the others.
	 */
	public ChildRule judgingOnly(BiPredicate<ChildRecords, ValidationContext> judgeable) {
		return new ChildRule(this.info, this.body, judgeable);
	}

	@Override
	public boolean canJudge(ChildRecords child, ValidationContext context) {
		return this.judgeable.test(child, context);
	}

	@Override
	public void check(ChildRecords child, ValidationContext context, Consumer<ValidationIssue> issues) {
		// a row reached by two paths of a rule (e.g. two overlapping chains) is still one
		// failure
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
