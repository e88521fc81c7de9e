package org.ssda903.validation.rules;

import static org.ssda903.validation.rules.RuleCase.fails;
import static org.ssda903.validation.rules.RuleCase.passes;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.ssda903.model.Table;

class UascRulesTests {

	private static final RuleTable RULES = new RuleTable(Table.UASC, UascRules.rules());

	static List<RuleCase> cases() {
		return List.of(fails("104", 2025, "DUC=31/13/2020"), passes("104", 2025, "DUC=01/01/2020"),
				passes("104", 2025, "DUC="), fails("304", 2025, "DOB=01/01/2007", "DUC=02/01/2025"),
				passes("304", 2025, "DOB=01/01/2007", "DUC=01/01/2025"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void ruleFiresOnlyOnRowsThatBreakIt(RuleCase ruleCase) {
		RULES.assertCase(ruleCase);
	}

	@Test
	void everyRuleHasFailingPassingAndYearBoundaryCases() {
		RULES.assertCovers(cases());
	}

}
