package org.ssda903.validation.rules;

import static org.ssda903.validation.rules.RuleCase.fails;
import static org.ssda903.validation.rules.RuleCase.passes;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.ssda903.model.Table;

class SwEpisodeRulesTests {

	private static final RuleTable RULES = new RuleTable(Table.SW_EPISODES, SwEpisodeRules.rules());

	static List<RuleCase> cases() {
		return List.of(fails("SW01aSTG1", 2025, "SW_DECOM="), fails("SW01aSTG1", 2025, "SW_DECOM=31/03/2023"),
				passes("SW01aSTG1", 2025, "SW_DECOM=01/04/2023"),
				passes("SW01aSTG1", 2025, "SW_DECOM=31/03/2023", "SW_ID=SW1"), passes("SW01aSTG1", 2024, "SW_DECOM="),
				fails("SW01bSTG1", 2025, "SW_DECOM=01/04/2023", "SW_ID=SW1"), fails("SW01bSTG1", 2025, "SW_DECOM="),
				passes("SW01bSTG1", 2025, "SW_DECOM=31/03/2023", "SW_ID=SW1"),
				passes("SW01bSTG1", 2025, "SW_DECOM=01/04/2023", "SW_ID=SW1", "SW_REASON=MANAGE"),
				passes("SW01bSTG1", 2024, "SW_DECOM="), fails("SW02STG1", 2024, "SW_ID=AB1"),
				passes("SW02STG1", 2024, "SW_ID=SW1"), passes("SW02STG1", 2024, "SW_ID=XX1"),
				passes("SW02STG1", 2023, "SW_ID=AB1"),
				fails("SW03STG1", 2024, "SW_DECOM=01/06/2023", "SW_REASON=MANAGE"),
				passes("SW03STG1", 2024, "SW_ID=SW1", "SW_DECOM=01/06/2023", "SW_REASON=MANAGE"),
				passes("SW03STG1", 2025, "SW_DECOM=01/06/2023", "SW_REASON=MANAGE"),
				fails("SW04STG1", 2024, "SW_DECOM=2023-06-01"), passes("SW04STG1", 2024, "SW_DECOM=01/06/2023"),
				passes("SW04STG1", 2023, "SW_DECOM=2023-06-01"), fails("SW05STG1", 2024, "SW_DEC=2023-06-01"),
				passes("SW05STG1", 2024, "SW_DEC=01/06/2023"), passes("SW05STG1", 2023, "SW_DEC=2023-06-01"),
				fails("SW06STG2", 2025, "SW_DECOM=01/04/2025"), passes("SW06STG2", 2025, "SW_DECOM=31/03/2025"),
				passes("SW06STG2", 2023, "SW_DECOM=01/04/2025"), fails("SW07STG2", 2024, "SW_DEC=31/03/2023"),
				fails("SW07STG2", 2024, "SW_DEC=01/04/2024"), passes("SW07STG2", 2024, "SW_DEC=01/04/2023"),
				fails("SW07STG2", 2025, "SW_DEC=31/03/2023"), passes("SW07STG2", 2025, "SW_DEC=01/04/2023"),
				fails("SW07STG2", 2025, "SW_DEC=01/04/2025"), passes("SW07STG2", 2023, "SW_DEC=01/04/2025"),
				fails("SW09STG2", 2025, "SW_DECOM=01/06/2024", "SW_DEC=01/06/2024"),
				passes("SW09STG2", 2025, "SW_DECOM=01/06/2024", "SW_DEC=02/06/2024"),
				passes("SW09STG2", 2023, "SW_DECOM=01/06/2024", "SW_DEC=01/06/2024"),
				fails("SW13STG1", 2024, "SW_REASON="), fails("SW13STG1", 2024, "SW_REASON=FOO"),
				passes("SW13STG1", 2024, "SW_REASON=MANAGE"), passes("SW13STG1", 2023, "SW_REASON="),
				passes("SW13STG1", 2025, "SW_DECOM=31/03/2023"), fails("SW13STG1", 2025, "SW_DECOM=01/04/2023"),
				fails("SW13STG1", 2025, "SW_REASON=FOO"), passes("SW13STG1", 2025, "SW_REASON=CHCHAN"));
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
