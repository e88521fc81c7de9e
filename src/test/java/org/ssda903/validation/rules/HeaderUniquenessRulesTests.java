package org.ssda903.validation.rules;

import static org.ssda903.validation.rules.ChildCase.at;
import static org.ssda903.validation.rules.ChildCase.child;
import static org.ssda903.validation.rules.ChildCase.row;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.ssda903.model.Table;

class HeaderUniquenessRulesTests {

	private static final ChildRuleTable RULES = new ChildRuleTable(HeaderUniquenessRules.rules());

	private static final List<Table> BY_CODE = List.of(Table.AD1, Table.HEADER, Table.OC2, Table.OC3,
			Table.PREVIOUS_PERMANENCE, Table.UASC);

	static List<ChildCase> cases() {
		List<ChildCase> cases = new ArrayList<>();
		for (int i = 0; i < BY_CODE.size(); i++) {
			String code = "INT3" + (i + 1);
			Table table = BY_CODE.get(i);
			cases.add(child(code, 2025, row(table, 3), row(table, 7)).flags(at(table, 3), at(table, 7)));
			cases.add(child(code, 2025, row(table, 3)).passes());
		}
		return cases;
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
