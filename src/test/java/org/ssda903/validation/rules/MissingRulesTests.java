package org.ssda903.validation.rules;

import static org.ssda903.validation.rules.RuleCase.fails;
import static org.ssda903.validation.rules.RuleCase.passes;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.ssda903.model.Table;

class MissingRulesTests {

	private static final RuleTable RULES = new RuleTable(Table.MISSING, MissingRules.rules());

	static List<RuleCase> cases() {
		return List.of(fails("564", 2025, "MISSING=M", "MIS_START="),
				passes("564", 2025, "MISSING=M", "MIS_START=01/06/2024"), passes("564", 2025, "MISSING=", "MIS_START="),
				fails("565", 2025, "MIS_START=01/06/2024"), passes("565", 2025, "MIS_START=01/06/2024", "MISSING=A"),
				fails("566", 2025, "MIS_END=01/06/2024"), passes("566", 2025, "MIS_END=01/06/2024", "MISSING=M"),
				fails("567", 2025, "MIS_START=10/01/2025", "MIS_END=09/01/2025"),
				passes("567", 2025, "MIS_START=10/01/2025", "MIS_END=10/01/2025"),
				fails("570", 2025, "MIS_START=01/04/2025"), passes("570", 2025, "MIS_START=31/03/2025"),
				fails("571", 2025, "MIS_END=31/03/2024"), fails("571", 2025, "MIS_END=01/04/2025"),
				passes("571", 2025, "MIS_END=01/04/2024"), passes("571", 2026, "MIS_END=01/04/2025"),
				fails("586", 2025, "DOB=01/01/2010", "MIS_START=01/01/2010"),
				passes("586", 2025, "DOB=01/01/2010", "MIS_START=02/01/2010"), fails("1004", 2025, "MIS_START="),
				fails("1004", 2025, "MIS_START=2024-06-01"), passes("1004", 2025, "MIS_START=01/06/2024"),
				fails("1005", 2025, "MIS_END=2024-06-01"), passes("1005", 2025, "MIS_END="),
				fails("1006", 2025, "MISSING=X"), passes("1006", 2025, "MISSING=A"));
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
