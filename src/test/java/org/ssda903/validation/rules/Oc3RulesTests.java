package org.ssda903.validation.rules;

import static org.ssda903.validation.rules.RuleCase.fails;
import static org.ssda903.validation.rules.RuleCase.passes;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.ssda903.model.Table;

class Oc3RulesTests {

	private static final RuleTable RULES = new RuleTable(Table.OC3, Oc3Rules.rules());

	static List<RuleCase> cases() {
		return List.of(fails("131", 2025, "IN_TOUCH="), fails("131", 2025, "IN_TOUCH=MAYBE"),
				passes("131", 2025, "IN_TOUCH=YES"), fails("132", 2025, "ACTIV=F3"), passes("132", 2025, "ACTIV=F1"),
				fails("133", 2025, "ACCOM=S1"), passes("133", 2025, "ACCOM=S2"), fails("153", 2025, "IN_TOUCH=YES"),
				passes("153", 2025, "IN_TOUCH=YES", "ACTIV=F1", "ACCOM=U1"), passes("153", 2025),
				fails("344", 2025, "IN_TOUCH=DIED", "ACTIV=F1", "ACCOM=0"),
				passes("344", 2025, "IN_TOUCH=DIED", "ACTIV=0", "ACCOM=0"),
				fails("345", 2025, "IN_TOUCH=YES", "ACTIV=0", "ACCOM=U1"),
				passes("345", 2025, "IN_TOUCH=YES", "ACTIV=F1", "ACCOM=U1"),
				fails("347", 2024, "ACCOM=T1", "DOB=02/04/2005"), passes("347", 2024, "ACCOM=T1", "DOB=01/04/2005"),
				passes("347", 2023, "ACCOM=T1", "DOB=02/04/2005"), passes("347", 2024, "ACCOM=U1", "DOB=02/04/2005"),
				fails("391", 2025, "DOB=01/04/2008", "IN_TOUCH=YES"),
				passes("391", 2025, "DOB=31/03/2008", "IN_TOUCH=YES"),
				fails("3001", 2025, "ACCOM=Z1", "DOB=01/04/2007"), fails("3001", 2025, "ACCOM=Z2", "DOB=31/03/2008"),
				passes("3001", 2025, "ACCOM=Z1", "DOB=31/03/2007"), passes("3001", 2025, "ACCOM=U1", "DOB=01/04/2007"));
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
