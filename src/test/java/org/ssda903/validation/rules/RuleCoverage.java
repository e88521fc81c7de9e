package org.ssda903.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ssda903.model.CollectionYear;
import org.ssda903.validation.Rule;
import org.ssda903.validation.Years;

/**
 * What a table of cases must cover for each rule it tests, shared by the row-rule and
 * child-rule tables.
 */
final class RuleCoverage {

	/**
	 * A case as the coverage check sees it: the rule, the year, and whether the rule is
	 * expected to fire.
	 */
	interface Case {

		String code();

		int year();

		boolean fires();

	}

	private RuleCoverage() {
	}

	/**
	 * Every declaration has a failing and a passing case inside its years, and every
	 * declaration limited in years has a case in a year just outside its range, so a
	 * wrong year bound shows; a case must name a known rule.
	 */
	static List<String> gaps(List<Rule> rules, List<? extends Case> cases) {
		List<String> gaps = new ArrayList<>();
		for (Rule rule : rules) {
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
				.noneMatch(
						(c) -> c.code().equals(code) && (c.year() == years.from() - 1 || c.year() == years.to() + 1))) {
				gaps.add(code + " " + years + " has no case in the year next to its range");
			}
		}
		Set<String> codes = rules.stream().map((r) -> r.info().code()).collect(Collectors.toSet());
		cases.stream()
			.filter((c) -> !codes.contains(c.code()))
			.forEach((c) -> gaps.add("case for unknown rule " + c.code()));
		return gaps;
	}

	private static boolean inside(Years years, int year) {
		return year >= years.from() && year <= years.to();
	}

}
