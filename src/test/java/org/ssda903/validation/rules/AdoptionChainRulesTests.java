package org.ssda903.validation.rules;

import static org.ssda903.validation.rules.ChildCase.at;
import static org.ssda903.validation.rules.ChildCase.child;
import static org.ssda903.validation.rules.ChildCase.row;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.ssda903.model.Row;
import org.ssda903.model.Table;

class AdoptionChainRulesTests {

	private static final ChildRuleTable RULES = new ChildRuleTable(AdoptionChainRules.rules());

	private static Row decision(long line, String... assignments) {
		return row(Table.PLACED_FOR_ADOPTION, line, assignments);
	}

	private static String p(long line) {
		return at(Table.PLACED_FOR_ADOPTION, line);
	}

	static List<ChildCase> cases() {
		return List.of(
				child("579", 2025, decision(3, "DATE_PLACED=01/06/2024"), decision(2, "DATE_PLACED=01/01/2024"))
					.flags(p(3)),
				child("579", 2025, decision(2, "DATE_PLACED=01/01/2024", "DATE_PLACED_CEASED=01/07/2024"),
						decision(3, "DATE_PLACED=01/06/2024"))
					.flags(p(3)),
				child("579", 2025, decision(2, "DATE_PLACED=01/01/2024", "DATE_PLACED_CEASED=01/05/2024"),
						decision(3, "DATE_PLACED=01/06/2024"))
					.passes(),
				child("583", 2025, decision(3, "DATE_PLACED=01/06/2024"), decision(2, "DATE_PLACED=01/01/2024"))
					.flags(p(2)),
				child("583", 2025, decision(2, "DATE_PLACED=01/01/2024")).passes());
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
