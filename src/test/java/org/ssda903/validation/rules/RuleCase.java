package org.ssda903.validation.rules;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a rule table test: in this collection year, a row with these values makes
 * the rule fire, or not.
 *
 * @param code the rule code under test
 * @param year the collection year, by its ending year
 * @param fires whether the rule must report the row
 * @param values column values written as {@code COLUMN=value}; columns not given are
 * blank
 */
record RuleCase(String code, int year, boolean fires, Map<String, String> values) implements RuleCoverage.Case {

	static RuleCase fails(String code, int year, String... assignments) {
		return new RuleCase(code, year, true, parse(assignments));
	}

	static RuleCase passes(String code, int year, String... assignments) {
		return new RuleCase(code, year, false, parse(assignments));
	}

	private static Map<String, String> parse(String... assignments) {
		Map<String, String> values = new LinkedHashMap<>();
		Arrays.stream(assignments).forEach((assignment) -> {
			int equals = assignment.indexOf('=');
			if (equals < 0) {
				throw new IllegalArgumentException("write COLUMN=value, not " + assignment);
			}
			values.put(assignment.substring(0, equals), assignment.substring(equals + 1));
		});
		return Map.copyOf(values);
	}

	@Override
	public String toString() {
		return this.code + (this.fires ? " fires" : " stays quiet") + " in " + this.year + " on " + this.values;
	}

}
