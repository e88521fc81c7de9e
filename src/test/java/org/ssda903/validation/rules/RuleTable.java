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
import org.ssda903.validation.Years;

/** Runs the rules of one file against {@link RuleCase}s, and checks that the cases cover every rule. */
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

	/**
	 * Every declaration has a failing and a passing case inside its years, and every declaration limited in years
	 * has a case in a year just outside its range, so a wrong year bound shows.
	 */
	void assertCovers(List<RuleCase> cases) {
		List<String> gaps = new ArrayList<>();
		for (Rule rule : this.rules) {
			String code = rule.info().code();
			Years years = rule.info().years();
			if (cases.stream().noneMatch((c) -> c.code().equals(code) && c.fires() && inside(years, c.year()))) {
				gaps.add(code + " " + years + " has no failing case");
			}
			if (cases.stream().noneMatch((c) -> c.code().equals(code) && !c.fires() && inside(years, c.year()))) {
				gaps.add(code + " " + years + " has no passing case");
			}
			boolean limited = years.from() > CollectionYear.FIRST_SUPPORTED
					|| years.to() < CollectionYear.LAST_SUPPORTED;
			if (limited && cases.stream()
				.noneMatch((c) -> c.code().equals(code) && (c.year() == years.from() - 1 || c.year() == years.to() + 1))) {
				gaps.add(code + " " + years + " has no case in the year next to its range");
			}
		}
		Set<String> codes = this.rules.stream().map((r) -> r.info().code()).collect(Collectors.toSet());
		cases.stream()
			.filter((c) -> !codes.contains(c.code()))
			.forEach((c) -> gaps.add("case for unknown rule " + c.code()));
		assertThat(gaps).isEmpty();
	}

	private Row row(RuleCase ruleCase) {
		String[] values = new String[this.table.columns().size()];
		Arrays.fill(values, "");
		values[0] = CHILD;
		ruleCase.values().forEach((column, value) -> values[this.table.indexOf(column)] = value);
		return new Row(this.table, 2, values);
	}

	private static boolean inside(Years years, int year) {
		return year >= years.from() && year <= years.to();
	}

}
