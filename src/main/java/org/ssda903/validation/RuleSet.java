package org.ssda903.validation;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.CollectionYear;

/**
 * The rules in force for one collection year, in code order.
 */
public record RuleSet(CollectionYear year, List<Rule> rules) {

	public RuleSet {
		rules = rules.stream()
			.filter((rule) -> rule.info().years().includes(year))
			.sorted(Comparator.comparing((Rule rule) -> rule.info().code(), RuleSet::compareCodes))
			.toList();
	}

	public void check(ChildRecords child, ValidationContext context, Consumer<ValidationIssue> issues) {
		for (Rule rule : this.rules) {
			if (rule.canJudge(child, context)) {
				rule.check(child, context, issues);
			}
		}
	}

	/**
	 * Numeric codes in numeric order (101 before 1004), then the named ones (INT01,
	 * SW01...).
	 */
	static int compareCodes(String a, String b) {
		int na = leadingNumber(a);
		int nb = leadingNumber(b);
		if (na != nb) {
			return Integer.compare(na, nb);
		}
		return a.compareTo(b);
	}

	private static int leadingNumber(String code) {
		int i = 0;
		while (i < code.length() && Character.isDigit(code.charAt(i))) {
			i++;
		}
		return i == 0 ? Integer.MAX_VALUE : Integer.parseInt(code.substring(0, i));
	}

}
