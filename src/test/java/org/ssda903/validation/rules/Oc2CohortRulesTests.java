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

class Oc2CohortRulesTests {

	private static final ChildRuleTable RULES = new ChildRuleTable(Oc2CohortRules.rules());

	private static final String O = at(Table.OC2, 5);

	/** Looked after all year: in the OC2 cohort of 2024-25. */
	private static final Row ALL_YEAR = ep(3, "DECOM=01/01/2023", "RNE=S", "LS=C2");

	/** Started a period in the year: not in the cohort. */
	private static final Row NEW_IN_YEAR = ep(3, "DECOM=01/06/2024", "RNE=S", "LS=C2");

	private static final String[] COMPLETE = { "IMMUNISATIONS=1", "TEETH_CHECK=1", "HEALTH_ASSESSMENT=1",
			"SUBSTANCE_MISUSE=0" };

	private static Row oc2(String... assignments) {
		String[] all = new String[COMPLETE.length + assignments.length];
		System.arraycopy(COMPLETE, 0, all, 0, COMPLETE.length);
		System.arraycopy(assignments, 0, all, COMPLETE.length, assignments.length);
		return row(Table.OC2, 5, all);
	}

	static List<ChildCase> cases() {
		return List.of(child("185", 2025, NEW_IN_YEAR, oc2("SDQ_SCORE=10")).flags(O),
				child("185", 2025, ALL_YEAR, oc2("SDQ_SCORE=10")).passes(),
				child("185", 2025, ep(3, "DECOM=01/01/2023", "DEC=31/03/2025", "REC=E4A"), oc2("SDQ_SCORE=10"))
					.passes(),
				child("185", 2025, ep(3, "DECOM=01/01/2023", "DEC=30/03/2025", "REC=E4A"), oc2("SDQ_SCORE=10"))
					.flags(O),
				child("185", 2025, ALL_YEAR, ep(4, "DECOM=01/06/2024", "LS=V3"), oc2("SDQ_SCORE=10")).flags(O),
				child("198", 2025, NEW_IN_YEAR, oc2("SDQ_REASON=SDQ2")).flags(O),
				child("198", 2025, ALL_YEAR, oc2("SDQ_REASON=SDQ2")).passes(),
				child("190", 2025, NEW_IN_YEAR, oc2()).flags(O),
				child("190", 2025, NEW_IN_YEAR, row(Table.OC2, 5)).passes(),
				child("191", 2025, ALL_YEAR, row(Table.OC2, 5, "IMMUNISATIONS=1")).flags(O),
				child("191", 2025, ALL_YEAR).flags(at(Table.EPISODES, 3)), child("191", 2025, ALL_YEAR, oc2()).passes(),
				child("191", 2025, NEW_IN_YEAR).passes(), child("186", 2025, ALL_YEAR, oc2("DOB=01/04/2020")).flags(O),
				child("186", 2025, ALL_YEAR, oc2("DOB=02/04/2020")).passes(),
				child("186", 2025, ALL_YEAR, oc2("DOB=01/04/2010", "SDQ_SCORE=12")).passes(),
				child("197B", 2025, ALL_YEAR, oc2("DOB=02/04/2020")).flags(O),
				child("197B", 2025, ALL_YEAR, oc2("DOB=31/03/2008")).flags(O),
				child("197B", 2025, ALL_YEAR, oc2("DOB=01/04/2010")).passes(),
				child("157", 2025, ALL_YEAR, oc2("DOB=01/04/2015", "SDQ_REASON=SDQ1")).flags(O),
				child("157", 2025, ALL_YEAR, oc2("DOB=01/04/2015", "SDQ_REASON=SDQ2")).passes(),
				child("157", 2025, ALL_YEAR, oc2("DOB=30/03/2009", "SDQ_REASON=SDQ1")).passes(),
				child("543", 2025, ALL_YEAR, oc2("DOB=01/01/2014")).flags(O),
				child("543", 2025, ALL_YEAR, oc2("DOB=31/03/2015")).passes(),
				child("545", 2025, ALL_YEAR, oc2("DOB=01/04/2020")).flags(O),
				child("545", 2025, ALL_YEAR, oc2("DOB=31/03/2020")).passes(),
				child("546", 2025, ALL_YEAR, oc2("DOB=31/03/2020", "HEALTH_CHECK=1")).flags(O),
				child("546", 2025, ALL_YEAR, oc2("DOB=01/04/2020", "HEALTH_CHECK=1")).passes(),
				child("187", 2025, ALL_YEAR, row(Table.OC3, 6, "IN_TOUCH=YES"), row(Table.AD1, 7, "NB_ADOPTR=1"))
					.flags(at(Table.OC3, 6), at(Table.AD1, 7)),
				child("187", 2025, NEW_IN_YEAR, row(Table.OC3, 6, "IN_TOUCH=YES")).passes());
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
