package org.ssda903.validation.rules;

import static org.ssda903.validation.rules.RuleCase.fails;
import static org.ssda903.validation.rules.RuleCase.passes;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.ssda903.model.Table;

class Ad1RulesTests {

	private static final RuleTable RULES = new RuleTable(Table.AD1, Ad1Rules.rules());

	static List<RuleCase> cases() {
		return List.of(fails("112", 2025, "DATE_INT=2024-01-01"), passes("112", 2025, "DATE_INT=01/01/2024"),
				fails("113", 2025, "DATE_MATCH=00/01/2024"), passes("113", 2025, "DATE_MATCH=01/01/2024"),
				fails("114", 2025, "FOSTER_CARE=2"), passes("114", 2025, "FOSTER_CARE=1"),
				fails("151", 2025, "DATE_INT=01/01/2024"),
				passes("151", 2025, "DATE_INT=01/01/2024", "DATE_MATCH=01/02/2024", "FOSTER_CARE=0", "NB_ADOPTR=1",
						"SEX_ADOPTR=F1", "LS_ADOPTR=L0"),
				passes("151", 2025), fails("175", 2025, "NB_ADOPTR=3"), passes("175", 2025, "NB_ADOPTR=2"),
				fails("176", 2025, "SEX_ADOPTR=XX"), passes("176", 2025, "SEX_ADOPTR=MF"),
				fails("177", 2025, "LS_ADOPTR=L5"), passes("177", 2025, "LS_ADOPTR=L11"),
				fails("333", 2025, "DATE_MATCH=01/02/2024"),
				fails("333", 2025, "DATE_INT=02/02/2024", "DATE_MATCH=01/02/2024"),
				passes("333", 2025, "DATE_INT=01/02/2024", "DATE_MATCH=01/02/2024"),
				fails("511", 2025, "NB_ADOPTR=2", "SEX_ADOPTR=F1"), passes("511", 2025, "NB_ADOPTR=2", "SEX_ADOPTR=MF"),
				passes("511", 2025, "NB_ADOPTR=1", "SEX_ADOPTR=M1"),
				// a blank gender code is not one of those the legal status allows
				fails("514", 2025, "LS_ADOPTR=L0"), fails("514", 2025, "LS_ADOPTR=L0", "SEX_ADOPTR=MF"),
				passes("514", 2025, "LS_ADOPTR=L0", "SEX_ADOPTR=F1"), fails("517", 2025, "LS_ADOPTR=L3"),
				fails("517", 2025, "LS_ADOPTR=L3", "SEX_ADOPTR=MM"),
				passes("517", 2025, "LS_ADOPTR=L3", "SEX_ADOPTR=MF"), fails("518", 2025, "LS_ADOPTR=L4"),
				fails("518", 2025, "LS_ADOPTR=L4", "SEX_ADOPTR=MF"),
				passes("518", 2025, "LS_ADOPTR=L4", "SEX_ADOPTR=FF"), fails("519", 2025, "LS_ADOPTR=L2"),
				fails("519", 2025, "LS_ADOPTR=L2", "SEX_ADOPTR=M1"),
				passes("519", 2025, "LS_ADOPTR=L2", "SEX_ADOPTR=MF"), fails("520", 2025, "LS_ADOPTR=L11"),
				fails("520", 2025, "LS_ADOPTR=L11", "SEX_ADOPTR=FF"),
				passes("520", 2025, "LS_ADOPTR=L11", "SEX_ADOPTR=MF"), fails("524", 2025, "LS_ADOPTR=L12"),
				fails("524", 2025, "LS_ADOPTR=L12", "SEX_ADOPTR=MF"),
				passes("524", 2025, "LS_ADOPTR=L12", "SEX_ADOPTR=MM"));
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
