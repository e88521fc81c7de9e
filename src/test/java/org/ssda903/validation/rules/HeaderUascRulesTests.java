package org.ssda903.validation.rules;

import static org.ssda903.validation.rules.ChildCase.at;
import static org.ssda903.validation.rules.ChildCase.child;
import static org.ssda903.validation.rules.ChildCase.header;
import static org.ssda903.validation.rules.ChildCase.row;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.ssda903.model.Table;

class HeaderUascRulesTests {

	private static final ChildRuleTable RULES = new ChildRuleTable(HeaderUascRules.rules());

	static List<ChildCase> cases() {
		return List.of(child("231", 2025, header("DOB=01/04/2014"), row(Table.UASC, 3)).flags(at(Table.HEADER, 2)),
				child("231", 2025, header("DOB=31/03/2014"), row(Table.UASC, 3)).passes(),
				child("231", 2025, header("DOB=01/04/2014")).passes(),
				child("231", 2024, header("DOB=01/04/2013"), row(Table.UASC, 3)).passes());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void ruleFlagsExactlyTheRowsThatBreakIt(ChildCase childCase) {
		RULES.assertCase(childCase);
	}

	@Test
	void everyRuleHasFailingPassingAndYearBoundaryCases() {
		RULES.assertCovers(cases());
	}

}
