package org.ssda903.validation.rules;

import static org.ssda903.validation.rules.ChildCase.at;
import static org.ssda903.validation.rules.ChildCase.child;
import static org.ssda903.validation.rules.ChildCase.ep;
import static org.ssda903.validation.rules.ChildCase.row;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.ssda903.model.Row;
import org.ssda903.model.Table;

class PreviousPermanenceCohortRulesTests {

	private static final ChildRuleTable RULES = new ChildRuleTable(PreviousPermanenceCohortRules.rules());

	private static final String P = at(Table.PREVIOUS_PERMANENCE, 6);

	/** Started to be looked after on 1 June 2024, in the year 2024-25. */
	private static final Row STARTED = ep(3, "DECOM=01/06/2024", "RNE=S", "LS=C2");

	private static Row perm(String... assignments) {
		return row(Table.PREVIOUS_PERMANENCE, 6, assignments);
	}

	private static ChildCase.Builder datePerm(String date) {
		return child("632", 2025, STARTED, perm("PREV_PERM=P1", "LA_PERM=999", "DATE_PERM=" + date));
	}

	static List<ChildCase> cases() {
		return List.of(child("630", 2025, STARTED).flags(at(Table.EPISODES, 3)),
				child("630", 2025, STARTED, perm("PREV_PERM=P1")).flags(P),
				child("630", 2025, STARTED, perm("LA_PERM=999")).flags(P),
				child("630", 2025, STARTED, perm("PREV_PERM=Z1")).passes(),
				child("630", 2025, STARTED, perm("PREV_PERM=P4", "LA_PERM=999", "DATE_PERM=ZZ/ZZ/ZZZZ")).passes(),
				child("630", 2025, ep(3, "DECOM=31/03/2024", "RNE=S")).passes(), datePerm("01/06/2024").flags(P),
				datePerm("ZZ/06/2024").flags(P), datePerm("31/02/2020").flags(P), datePerm("1/6/2020").flags(P),
				datePerm("Z5/06/2020").flags(P), datePerm("00/06/2020").flags(P), datePerm("31/05/2024").passes(),
				datePerm("ZZ/ZZ/2024").passes(), datePerm("ZZ/ZZ/ZZZZ").passes(), datePerm("29/02/ZZZZ").passes(),
				datePerm("15/ZZ/2024").passes(),
				child("634", 2025, ep(3, "DECOM=31/03/2016", "RNE=S"), perm("PREV_PERM=P1")).flags(P),
				child("634", 2025, ep(3, "DECOM=01/04/2016", "RNE=S"), perm("PREV_PERM=P1")).passes(),
				child("634", 2025, ep(3, "DECOM=31/03/2016", "RNE=S"), perm()).passes());
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
