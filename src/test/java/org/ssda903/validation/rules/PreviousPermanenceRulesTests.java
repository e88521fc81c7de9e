package org.ssda903.validation.rules;

import static org.ssda903.validation.rules.RuleCase.fails;
import static org.ssda903.validation.rules.RuleCase.passes;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.ssda903.model.Table;

class PreviousPermanenceRulesTests {

	private static final RuleTable RULES = new RuleTable(Table.PREVIOUS_PERMANENCE, PreviousPermanenceRules.rules());

	static List<RuleCase> cases() {
		return List.of(fails("631", 2025, "PREV_PERM=P5"), passes("631", 2025, "PREV_PERM=Z1"),
				fails("633", 2025, "LA_PERM=ABC"), fails("633", 2025, "LA_PERM=12"), passes("633", 2025, "LA_PERM=WAL"),
				passes("633", 2025, "LA_PERM=999"), passes("633", 2025, "LA_PERM="), fails("635", 2025, "LA_PERM=316"),
				fails("635", 2025, "PREV_PERM=Z1", "DATE_PERM=ZZ/ZZ/2010"),
				passes("635", 2025, "PREV_PERM=P1", "LA_PERM=316"), passes("635", 2025, "PREV_PERM=Z1"));
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
