package org.ssda903.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.ChildSource;
import org.ssda903.model.CollectionYear;
import org.ssda903.validation.Needs;
import org.ssda903.validation.Rule;
import org.ssda903.validation.RuleSet;
import org.ssda903.validation.ValidationContext;
import org.ssda903.validation.ValidationIssue;

/**
 * Runs cross-row rules against {@link ChildCase}s, and checks that the cases cover every
 * rule.
 */
record ChildRuleTable(List<Rule> rules) {

	/** The council of every case: PL_LOCATION is IN for placements in this authority. */
	static final String LA_CODE = "E06000034";

	void assertCase(ChildCase childCase) {
		CollectionYear year = new CollectionYear(childCase.year());
		ChildRecords child = new ChildRecords(ChildCase.CHILD);
		childCase.rows().forEach(child::add);
		ValidationContext context = contextOf(childCase, year);
		// as the validator does, a rule needing data this run lacks is skipped
		Set<Needs> available = context.available();
		List<Rule> runnable = this.rules.stream().filter((r) -> available.containsAll(r.info().needs())).toList();
		List<ValidationIssue> issues = new ArrayList<>();
		new RuleSet(year, runnable).check(child, context, issues::add);
		List<String> flagged = issues.stream()
			.filter((issue) -> issue.ruleCode().equals(childCase.code()))
			.map((issue) -> ChildCase.at(issue.table(), issue.line()))
			.toList();
		assertThat(flagged).doesNotHaveDuplicates();
		assertThat(Set.copyOf(flagged)).isEqualTo(childCase.flagged());
	}

	/**
	 * The extract only, plus last year's return, the postcode lookup and stored years
	 * when the case gives them.
	 */
	private static ValidationContext contextOf(ChildCase childCase, CollectionYear year) {
		ValidationContext context = ValidationContext.of(year, LA_CODE);
		if (childCase.lastYear() != null) {
			ChildRecords lastYear = new ChildRecords(ChildCase.CHILD);
			childCase.lastYear().forEach(lastYear::add);
			context = context
				.withPreviousYear(ChildSource.of(childCase.lastYear().isEmpty() ? List.of() : List.of(lastYear)));
		}
		if (childCase.postcodes() != null) {
			context = context.withPostcodes(childCase.postcodes());
		}
		if (childCase.storedYears() != null) {
			context = context.withStoredYears(childCase.storedYears());
		}
		return context;
	}

	/**
	 * The cases cover every rule of the table (see {@link RuleCoverage#gaps}), and every
	 * rule that needs last year's return has a case showing it stays quiet without one.
	 */
	void assertCovers(List<ChildCase> cases) {
		List<String> gaps = new ArrayList<>(RuleCoverage.gaps(this.rules, cases));
		for (Rule rule : this.rules) {
			String code = rule.info().code();
			if (rule.info().needs().contains(Needs.PREVIOUS_RETURN)
					&& cases.stream().noneMatch((c) -> c.code().equals(code) && c.lastYear() == null && !c.fires())) {
				gaps.add(code + " needs last year's return but has no case showing it is skipped without it");
			}
		}
		assertThat(gaps).isEmpty();
	}

}
