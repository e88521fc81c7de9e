package org.ssda903.validation.rules;

import static org.ssda903.validation.rules.RuleCase.fails;
import static org.ssda903.validation.rules.RuleCase.passes;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.ssda903.model.Table;

class PlacedForAdoptionRulesTests {

	private static final RuleTable RULES = new RuleTable(Table.PLACED_FOR_ADOPTION, PlacedForAdoptionRules.rules());

	static List<RuleCase> cases() {
		return List.of(fails("115", 2025, "DATE_PLACED=1/1/2024"), passes("115", 2025, "DATE_PLACED=01/01/2024"),
				fails("116", 2025, "DATE_PLACED_CEASED=1/1/2024"), passes("116", 2025, "DATE_PLACED_CEASED=01/01/2024"),
				fails("119", 2025, "DATE_PLACED_CEASED=01/01/2025"), fails("119", 2025, "REASON_PLACED_CEASED=RD1"),
				passes("119", 2025, "DATE_PLACED_CEASED=01/01/2025", "REASON_PLACED_CEASED=RD1"), passes("119", 2025),
				fails("120", 2025, "REASON_PLACED_CEASED=RD5"), passes("120", 2025, "REASON_PLACED_CEASED=RD4"),
				fails("522", 2025, "DATE_PLACED=02/01/2024", "DATE_PLACED_CEASED=01/01/2024"),
				passes("522", 2025, "DATE_PLACED=02/01/2024", "DATE_PLACED_CEASED=02/01/2024"),
				fails("563", 2025, "DATE_PLACED_CEASED=01/01/2025", "REASON_PLACED_CEASED=RD1"), passes("563", 2025,
						"DATE_PLACED=01/01/2024", "DATE_PLACED_CEASED=01/01/2025", "REASON_PLACED_CEASED=RD1"));
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
