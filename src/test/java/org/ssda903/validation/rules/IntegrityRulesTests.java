package org.ssda903.validation.rules;

import static org.ssda903.validation.rules.ChildCase.at;
import static org.ssda903.validation.rules.ChildCase.child;
import static org.ssda903.validation.rules.ChildCase.header;
import static org.ssda903.validation.rules.ChildCase.row;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.ssda903.model.Table;

class IntegrityRulesTests {

	private static final ChildRuleTable RULES = new ChildRuleTable(IntegrityRules.rules());

	private static final List<Table> BY_CODE = List.of(Table.AD1, Table.PLACED_FOR_ADOPTION, Table.EPISODES,
			Table.MISSING, Table.OC2, Table.OC3, Table.PREVIOUS_PERMANENCE, Table.REVIEWS, Table.UASC);

	private static final List<Table> WITH_DOB = List.of(Table.AD1, Table.PLACED_FOR_ADOPTION, Table.MISSING, Table.OC2,
			Table.OC3, Table.PREVIOUS_PERMANENCE, Table.REVIEWS, Table.UASC);

	static List<ChildCase> cases() {
		List<ChildCase> cases = new ArrayList<>();
		for (int i = 0; i < BY_CODE.size(); i++) {
			String code = "INT0" + (i + 1);
			Table table = BY_CODE.get(i);
			cases.add(child(code, 2025, row(table, 3)).flags(at(table, 3)));
			cases.add(child(code, 2025, header(), row(table, 3)).passes());
		}
		for (int i = 0; i < WITH_DOB.size(); i++) {
			String code = "INT1" + (i + 1);
			Table table = WITH_DOB.get(i);
			cases.add(child(code, 2025, header("DOB=01/01/2010"), row(table, 3, "DOB=02/01/2010")).flags(at(table, 3)));
			cases.add(child(code, 2025, header("DOB=01/01/2010"), row(table, 3, "DOB=01/01/2010")).passes());
			// a blank on either side is a missing date, not a different one
			cases.add(child(code, 2025, header(), row(table, 3, "DOB=01/01/2010")).passes());
			cases.add(child(code, 2025, header("DOB=01/01/2010"), row(table, 3)).passes());
		}
		cases.add(child("INT21", 2025, header("SEX=F"), row(Table.UASC, 3, "SEX=M")).flags(at(Table.UASC, 3)));
		cases.add(child("INT21", 2025, header("SEX=F"), row(Table.UASC, 3, "SEX=F")).passes());
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
