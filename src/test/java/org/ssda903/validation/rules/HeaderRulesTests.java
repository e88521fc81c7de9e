package org.ssda903.validation.rules;

import static org.ssda903.validation.rules.RuleCase.fails;
import static org.ssda903.validation.rules.RuleCase.passes;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.ssda903.model.Table;

class HeaderRulesTests {

	private static final RuleTable RULES = new RuleTable(Table.HEADER, HeaderRules.rules());

	static List<RuleCase> cases() {
		return List.of(fails("101", 2024, "SEX=M"), fails("101", 2024, "SEX="), passes("101", 2024, "SEX=1"),
				passes("101", 2024, "SEX=2"), fails("101", 2025, "SEX=1"), passes("101", 2025, "SEX=U"),
				passes("101", 2025, "SEX=F"), fails("102", 2025, "DOB="), fails("102", 2025, "DOB=31/02/2010"),
				passes("102", 2025, "DOB=28/02/2010"), fails("103", 2025, "ETHNIC=XXXX"), fails("103", 2025, "ETHNIC="),
				passes("103", 2025, "ETHNIC=WBRI"), fails("168", 2025, "UPN=I123456789012"),
				fails("168", 2025, "UPN=A12345"), fails("168", 2025, "UPN=UN6"),
				passes("168", 2025, "UPN=A123456789012"), passes("168", 2025, "UPN=A12345678901B"),
				passes("168", 2025, "UPN=UN3"), passes("168", 2025, "UPN="), fails("171", 2025, "MC_DOB=2020-01-01"),
				passes("171", 2025, "MC_DOB=01/01/2020"), passes("171", 2025, "MC_DOB="),
				fails("174", 2024, "SEX=1", "MC_DOB=01/01/2020"), passes("174", 2024, "SEX=2", "MC_DOB=01/01/2020"),
				passes("174", 2025, "SEX=1", "MC_DOB=01/01/2020"), fails("174", 2025, "SEX=M", "MC_DOB=01/01/2020"),
				passes("174", 2025, "SEX=M", "MC_DOB="), fails("209", 2023, "UPN=UN1", "DOB=31/08/2017"),
				passes("209", 2023, "UPN=UN1", "DOB=01/09/2017"), passes("209", 2023, "UPN=UN2", "DOB=31/08/2017"),
				fails("209", 2024, "UPN=UN1", "DOB=01/09/2017"), fails("232", 2025, "SEX=U"),
				passes("232", 2025, "SEX=M"), passes("232", 2024, "SEX=U"), fails("301", 2025, "DOB=01/04/2025"),
				passes("301", 2025, "DOB=31/03/2025"), passes("301", 2026, "DOB=01/04/2025"),
				fails("351", 2025, "DOB=31/03/1999"), passes("351", 2025, "DOB=01/04/1999"),
				fails("611", 2025, "MOTHER=1", "MC_DOB="), passes("611", 2025, "MOTHER=1", "MC_DOB=01/01/2020"),
				passes("611", 2025, "MOTHER=0", "MC_DOB="),
				fails("612", 2024, "MOTHER=0", "SEX=2", "MC_DOB=01/01/2020"),
				fails("612", 2024, "MOTHER=", "SEX=2", "MC_DOB=01/01/2020"),
				passes("612", 2024, "MOTHER=1", "SEX=2", "MC_DOB=01/01/2020"),
				fails("612", 2025, "MOTHER=0", "SEX=F", "MC_DOB=01/01/2020"),
				passes("612", 2025, "MOTHER=0", "SEX=2", "MC_DOB=01/01/2020"),
				fails("620", 2025, "MOTHER=1", "DOB=02/04/2013"), passes("620", 2025, "MOTHER=1", "DOB=01/04/2013"),
				passes("620", 2025, "MOTHER=0", "DOB=02/04/2013"),
				fails("621", 2025, "DOB=01/01/2005", "MC_DOB=01/01/2005"),
				passes("621", 2025, "DOB=01/01/2005", "MC_DOB=02/01/2005"),
				passes("621", 2025, "DOB=01/01/2005", "MC_DOB=xx"));
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
