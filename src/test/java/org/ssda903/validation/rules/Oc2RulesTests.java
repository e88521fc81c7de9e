package org.ssda903.validation.rules;

import static org.ssda903.validation.rules.RuleCase.fails;
import static org.ssda903.validation.rules.RuleCase.passes;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.ssda903.model.Table;

class Oc2RulesTests {

	private static final RuleTable RULES = new RuleTable(Table.OC2, Oc2Rules.rules());

	static List<RuleCase> cases() {
		return List.of(fails("158", 2025, "INTERVENTION_RECEIVED=1", "INTERVENTION_OFFERED=0"),
				passes("158", 2025, "INTERVENTION_RECEIVED=1"),
				fails("159", 2025, "SUBSTANCE_MISUSE=1", "INTERVENTION_RECEIVED=0"),
				passes("159", 2025, "SUBSTANCE_MISUSE=1", "INTERVENTION_RECEIVED=0", "INTERVENTION_OFFERED=1"),
				fails("180", 2025, "SDQ_SCORE=41"), fails("180", 2025, "SDQ_SCORE=ABC"),
				passes("180", 2025, "SDQ_SCORE=40"), passes("180", 2025, "SDQ_SCORE=0"),
				fails("181", 2025, "IMMUNISATIONS=2"), fails("181", 2025, "INTERVENTION_OFFERED=Y"),
				passes("181", 2025, "CONVICTED=0", "HEALTH_CHECK=1", "INTERVENTION_OFFERED="),
				fails("182", 2025, "CONVICTED=0", "TEETH_CHECK=1", "HEALTH_ASSESSMENT=1", "SUBSTANCE_MISUSE=0"),
				passes("182", 2025, "CONVICTED=0", "IMMUNISATIONS=1", "TEETH_CHECK=1", "HEALTH_ASSESSMENT=1",
						"SUBSTANCE_MISUSE=0"),
				passes("182", 2025), fails("188", 2025, "DOB=01/04/2021", "SDQ_SCORE=10"),
				passes("188", 2025, "DOB=31/03/2021", "SDQ_SCORE=10"), passes("188", 2025, "DOB=01/04/2021"),
				fails("189", 2025, "DOB=31/03/2007", "SDQ_REASON=SDQ1"),
				passes("189", 2025, "DOB=01/04/2007", "SDQ_REASON=SDQ1"), fails("192", 2025, "SUBSTANCE_MISUSE=1"),
				passes("192", 2025, "SUBSTANCE_MISUSE=1", "INTERVENTION_RECEIVED=1"),
				fails("193", 2025, "SUBSTANCE_MISUSE=0", "INTERVENTION_RECEIVED=1"),
				fails("193", 2025, "INTERVENTION_OFFERED=0"),
				passes("193", 2025, "SUBSTANCE_MISUSE=1", "INTERVENTION_RECEIVED=1"),
				fails("196", 2025, "SDQ_REASON=SDQ6"), passes("196", 2025, "SDQ_REASON=SDQ2"),
				fails("197a", 2025, "SDQ_SCORE=12", "SDQ_REASON=SDQ4"), passes("197a", 2025, "SDQ_SCORE=12"),
				fails("542", 2025, "DOB=01/04/2015", "CONVICTED=0"),
				passes("542", 2025, "DOB=31/03/2015", "CONVICTED=0"),
				fails("544", 2025, "CONVICTED=1", "IMMUNISATIONS=1", "HEALTH_ASSESSMENT=1", "SUBSTANCE_MISUSE=0"),
				passes("544", 2025, "CONVICTED=1", "IMMUNISATIONS=1", "TEETH_CHECK=0", "HEALTH_ASSESSMENT=1",
						"SUBSTANCE_MISUSE=0"),
				fails("547", 2025, "HEALTH_CHECK=1", "IMMUNISATIONS=1", "TEETH_CHECK=1", "SUBSTANCE_MISUSE=0"),
				passes("547", 2025, "HEALTH_CHECK=1", "IMMUNISATIONS=1", "TEETH_CHECK=1", "HEALTH_ASSESSMENT=0",
						"SUBSTANCE_MISUSE=0"));
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
