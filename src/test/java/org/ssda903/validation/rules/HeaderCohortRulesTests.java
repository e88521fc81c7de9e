package org.ssda903.validation.rules;

import static org.ssda903.validation.rules.ChildCase.at;
import static org.ssda903.validation.rules.ChildCase.child;
import static org.ssda903.validation.rules.ChildCase.row;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.ssda903.model.Table;

/**
 * One child alone: only its own repeated UPN shows; ValidatorTests covers UPNs shared
 * between children.
 */
class HeaderCohortRulesTests {

	private static final ChildRuleTable RULES = new ChildRuleTable(HeaderCohortRules.rules());

	static List<ChildCase> cases() {
		return List.of(
				child("444", 2026, row(Table.HEADER, 2, "UPN=A123456789012"), row(Table.HEADER, 3, "UPN=A123456789012"))
					.flags(at(Table.HEADER, 2), at(Table.HEADER, 3)),
				child("444", 2026, row(Table.HEADER, 2, "UPN=UN2"), row(Table.HEADER, 3, "UPN=UN2")).passes(),
				child("444", 2026, row(Table.HEADER, 2), row(Table.HEADER, 3)).passes(),
				child("444", 2026, row(Table.HEADER, 2, "UPN=A123456789012")).passes(),
				child("444", 2025, row(Table.HEADER, 2, "UPN=A123456789012"), row(Table.HEADER, 3, "UPN=A123456789012"))
					.passes());
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
