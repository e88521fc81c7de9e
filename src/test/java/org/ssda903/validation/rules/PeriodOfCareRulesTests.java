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

/** Missing periods against the periods of care. */
class PeriodOfCareRulesTests {

	private static final ChildRuleTable RULES = new ChildRuleTable(PeriodOfCareRules.rules());

	private static final String M3 = at(Table.MISSING, 3);

	/** A period of care from 1 May to 1 July 2024. */
	private static Row ended() {
		return ep(2, "DECOM=01/05/2024", "DEC=01/07/2024", "REC=E4A", "LS=C2");
	}

	private static Row missing(String... assignments) {
		return row(Table.MISSING, 3, assignments);
	}

	static List<ChildCase> cases() {
		return List.of(child("577", 2025, ended(), missing("MIS_START=10/06/2024")).flags(M3),
				child("577", 2025, ended(), missing("MIS_START=10/06/2024", "MIS_END=10/07/2024")).flags(M3),
				child("577", 2025, ended(), missing("MIS_START=10/06/2024", "MIS_END=20/06/2024")).passes(),
				child("577", 2025, ep(2, "DECOM=01/05/2024", "LS=C2"), missing("MIS_START=10/06/2024")).passes(),
				// outside every period: 578's finding, not this one's
				child("577", 2025, ended(), missing("MIS_START=10/07/2024")).passes(),
				child("578", 2025, ended(), missing("MIS_START=10/07/2024")).flags(M3),
				child("578", 2025, ended(), missing("MIS_START=20/04/2024", "MIS_END=25/04/2024")).flags(M3),
				child("578", 2025, ended(), missing("MIS_START=10/06/2024")).passes(),
				// a short break is a period of care too: missing during it is not missing
				// after care ended
				child("578", 2025, ended(), ep(4, "DECOM=01/08/2024", "DEC=05/08/2024", "REC=E13", "LS=V3"),
						missing("MIS_START=03/08/2024", "MIS_END=04/08/2024"))
					.passes(),
				child("578", 2025, ended(), ep(4, "DECOM=01/08/2024", "DEC=05/08/2024", "REC=E13", "LS=V3"),
						missing("MIS_START=06/08/2024", "MIS_END=07/08/2024"))
					.flags(M3),
				// the period began last year: last year's return reaches back to its
				// start
				child("578", 2025, ep(2, "DECOM=01/03/2024", "LS=C2"), missing("MIS_START=15/02/2024"))
					.withLastYear(ep(2, "DECOM=01/01/2024", "DEC=01/03/2024", "REC=X1", "LS=C2"))
					.passes(),
				child("578", 2025, ep(2, "DECOM=01/03/2024", "LS=C2"), missing("MIS_START=15/02/2024")).flags(M3));
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
