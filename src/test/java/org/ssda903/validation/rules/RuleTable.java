package org.ssda903.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.CollectionYear;
import org.ssda903.model.Row;
import org.ssda903.model.Table;
import org.ssda903.validation.Rule;
import org.ssda903.validation.RuleSet;
import org.ssda903.validation.ValidationContext;
import org.ssda903.validation.ValidationIssue;

/**
 * Runs the rules of one file against {@link RuleCase}s, and checks that the cases cover
 * every rule.
 */
record RuleTable(Table table, List<Rule> rules) {

	private static final String CHILD = "C1";

	void assertCase(RuleCase ruleCase) {
		CollectionYear year = new CollectionYear(ruleCase.year());
		ChildRecords child = new ChildRecords(CHILD);
		child.add(row(ruleCase));
		List<ValidationIssue> issues = new ArrayList<>();
		new RuleSet(year, this.rules).check(child, ValidationContext.of(year, "E06000034"), issues::add);
		Set<String> fired = issues.stream().map(ValidationIssue::ruleCode).collect(Collectors.toSet());
		if (ruleCase.fires()) {
			assertThat(fired).contains(ruleCase.code());
		}
		else {
			assertThat(fired).doesNotContain(ruleCase.code());
		}
	}

	/** The cases cover every rule of the table: see {@link RuleCoverage#gaps}. */
	void assertCovers(List<RuleCase> cases) {
		assertThat(RuleCoverage.gaps(this.rules, cases)).isEmpty();
	}

	private Row row(RuleCase ruleCase) {
		String[] values = new String[this.table.columns().size()];
		Arrays.fill(values, "");
		values[0] = CHILD;
		ruleCase.values().forEach((column, value) -> values[this.table.indexOf(column)] = value);
		return new Row(this.table, 2, values);
	}

}
