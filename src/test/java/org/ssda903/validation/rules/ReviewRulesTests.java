package org.ssda903.validation.rules;

import static org.ssda903.validation.rules.RuleCase.fails;
import static org.ssda903.validation.rules.RuleCase.passes;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.ssda903.model.Table;

class ReviewRulesTests {

	private static final RuleTable RULES = new RuleTable(Table.REVIEWS, ReviewRules.rules());

	static List<RuleCase> cases() {
		return List.of(fails("166", 2025, "REVIEW="), fails("166", 2025, "REVIEW=1/6/2024"),
				passes("166", 2025, "REVIEW=01/06/2024"), fails("167", 2025, "REVIEW=01/06/2024", "REVIEW_CODE=PN8"),
				fails("167", 2025, "REVIEW=01/06/2024", "REVIEW_CODE="),
				fails("167", 2025, "REVIEW=", "REVIEW_CODE=PN1"),
				passes("167", 2025, "REVIEW=01/06/2024", "REVIEW_CODE=PN1"),
				passes("167", 2025, "REVIEW=", "REVIEW_CODE="),
				fails("440", 2025, "REVIEW_CODE=PN0", "DOB=01/01/2020", "REVIEW=02/01/2024"),
				passes("440", 2025, "REVIEW_CODE=PN0", "DOB=01/01/2020", "REVIEW=01/01/2024"),
				fails("441", 2025, "REVIEW_CODE=PN1", "DOB=01/01/2020", "REVIEW=31/12/2023"),
				passes("441", 2025, "REVIEW_CODE=PN1", "DOB=01/01/2020", "REVIEW=01/01/2024"),
				passes("441", 2025, "REVIEW_CODE=PN0", "DOB=01/01/2020", "REVIEW=31/12/2023"));
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
