package org.ssda903.validation.rules;

import static org.ssda903.validation.rules.ChildCase.at;
import static org.ssda903.validation.rules.ChildCase.child;
import static org.ssda903.validation.rules.ChildCase.ep;
import static org.ssda903.validation.rules.ChildCase.header;
import static org.ssda903.validation.rules.ChildCase.row;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.ssda903.model.Row;
import org.ssda903.model.Table;

/** The deprivation of liberty order rules, collected from 2026-27. */
class DoloRulesTests {

	private static final ChildRuleTable RULES = new ChildRuleTable(DoloRules.rules());

	private static Row dolo(long line, String... assignments) {
		return row(Table.DOLO, line, assignments);
	}

	private static String d(long line) {
		return at(Table.DOLO, line);
	}

	static List<ChildCase> cases() {
		return List.of(child("700", 2027, dolo(2, "DOLO_START=")).flags(d(2)),
				child("700", 2027, dolo(2, "DOLO_START=31/02/2026")).flags(d(2)),
				child("700", 2027, dolo(2, "DOLO_START=01/05/2026")).passes(),
				child("700", 2026, dolo(2, "DOLO_START=")).passes(),
				child("701", 2027, dolo(2, "DOLO_START=01/05/2026", "DOLO_END=2026-06-01")).flags(d(2)),
				child("701", 2027, dolo(2, "DOLO_START=01/05/2026", "DOLO_END=")).passes(),
				child("701", 2026, dolo(2, "DOLO_START=01/05/2025", "DOLO_END=2025-06-01")).passes(),
				child("702", 2027, dolo(2, "DOLO_START=01/05/2026", "DOLO_END=01/05/2026")).flags(d(2)),
				child("702", 2027, dolo(2, "DOLO_START=01/05/2026", "DOLO_END=02/05/2026")).passes(),
				child("702", 2026, dolo(2, "DOLO_START=01/05/2025", "DOLO_END=01/04/2025")).passes(),
				child("703", 2027, dolo(2, "DOLO_START=01/04/2027")).flags(d(2)),
				child("703", 2027, dolo(2, "DOLO_START=31/03/2027")).passes(),
				child("703", 2026, dolo(2, "DOLO_START=01/04/2026")).passes(),
				child("704", 2027, dolo(2, "DOLO_START=01/01/2026", "DOLO_END=31/03/2026")).flags(d(2)),
				child("704", 2027, dolo(2, "DOLO_START=01/01/2027", "DOLO_END=01/04/2027")).flags(d(2)),
				child("704", 2027, dolo(2, "DOLO_START=01/01/2026", "DOLO_END=01/04/2026")).passes(),
				child("704", 2026, dolo(2, "DOLO_START=01/01/2025", "DOLO_END=31/03/2025")).passes(),
				child("705", 2027, dolo(2, "DOLO_START=01/05/2026"), dolo(3, "DOLO_START=01/07/2026")).flags(d(3)),
				child("705", 2027, dolo(3, "DOLO_START=01/05/2026", "DOLO_END=10/07/2026"),
						dolo(2, "DOLO_START=01/07/2026"))
					.flags(d(2)),
				child("705", 2027, dolo(2, "DOLO_START=01/05/2026", "DOLO_END=01/07/2026"),
						dolo(3, "DOLO_START=01/07/2026"))
					.passes(),
				child("705", 2026, dolo(2, "DOLO_START=01/05/2025"), dolo(3, "DOLO_START=01/07/2025")).passes(),
				child("706", 2027, dolo(2, "DOLO_START=01/02/2026", "DOLO_END=01/05/2026"))
					.withLastYear(dolo(2, "DOLO_START=01/01/2026"))
					.flags(d(2)),
				child("706", 2027, header("DOB=01/01/2010")).withLastYear(dolo(2, "DOLO_START=01/01/2026"))
					.flags(at(Table.HEADER, 2)),
				child("706", 2027, dolo(2, "DOLO_START=01/01/2026", "DOLO_END=01/05/2026"))
					.withLastYear(dolo(2, "DOLO_START=01/01/2026"))
					.passes(),
				child("706", 2027, dolo(2, "DOLO_START=01/02/2026"))
					.withLastYear(dolo(2, "DOLO_START=01/01/2026", "DOLO_END=20/01/2026"))
					.passes(),
				child("706", 2027, dolo(2, "DOLO_START=01/02/2026")).withLastYear().passes(),
				child("706", 2027, dolo(2, "DOLO_START=01/02/2026")).passes(),
				child("706", 2026, dolo(2, "DOLO_START=01/02/2025")).withLastYear(dolo(2, "DOLO_START=01/01/2025"))
					.passes(),
				child("707", 2027, ep(2, "DECOM=01/05/2026", "DEC=01/08/2026", "REC=E4A"),
						dolo(3, "DOLO_START=01/06/2026"))
					.flags(d(3)),
				child("707", 2027, ep(2, "DECOM=01/05/2026", "DEC=01/08/2026", "REC=E4A"),
						dolo(3, "DOLO_START=01/06/2026", "DOLO_END=02/08/2026"))
					.flags(d(3)),
				child("707", 2027, ep(2, "DECOM=01/05/2026", "DEC=01/08/2026", "REC=E4A"),
						dolo(3, "DOLO_START=02/08/2026", "DOLO_END=01/09/2026"))
					.flags(d(3)),
				child("707", 2027, ep(2, "DECOM=01/05/2026", "DEC=01/08/2026", "REC=E4A"),
						dolo(3, "DOLO_START=01/06/2026", "DOLO_END=01/08/2026"))
					.passes(),
				child("707", 2027, ep(2, "DECOM=01/05/2026"), dolo(3, "DOLO_START=01/06/2026")).passes(),
				child("707", 2026, ep(2, "DECOM=01/05/2025", "DEC=01/08/2025", "REC=E4A"),
						dolo(3, "DOLO_START=01/06/2025"))
					.passes(),
				child("708", 2027, dolo(2, "DOB=01/05/2026", "DOLO_START=01/05/2026")).flags(d(2)),
				child("708", 2027, dolo(2, "DOB=01/05/2010", "DOLO_START=01/05/2026")).passes(),
				child("708", 2026, dolo(2, "DOB=01/05/2025", "DOLO_START=01/05/2025")).passes(),
				child("709", 2027, ep(2, "DECOM=01/04/2026", "DEC=01/06/2026", "REC=X1", "PLACE=K2"),
						ep(3, "DECOM=01/06/2026", "PLACE=U1"), dolo(4, "DOLO_START=01/05/2026", "DOLO_END=01/07/2026"))
					.flags(d(4)),
				child("709", 2027, ep(2, "DECOM=01/04/2026", "DEC=01/06/2026", "REC=X1", "PLACE=K2"),
						ep(3, "DECOM=01/06/2026", "PLACE=U1"), dolo(4, "DOLO_START=01/05/2026", "DOLO_END=01/06/2026"))
					.passes(),
				child("709", 2027, ep(2, "DECOM=01/04/2026", "PLACE=U1"), dolo(4, "DOLO_START=01/05/2026")).passes(),
				child("709", 2026, ep(2, "DECOM=01/04/2025", "PLACE=U1"),
						dolo(4, "DOLO_START=01/05/2025", "DOLO_END=01/07/2025"))
					.passes(),
				child("710", 2027, ep(2, "DECOM=01/04/2026", "DEC=01/06/2026", "REC=X1", "PLACE=Z12"),
						ep(3, "DECOM=01/06/2026", "PLACE=K1"), dolo(4, "DOLO_START=01/05/2026", "DOLO_END=01/07/2026"))
					.flags(d(4)),
				child("710", 2027, ep(2, "DECOM=01/04/2026", "DEC=01/06/2026", "REC=X1", "PLACE=Z12"),
						ep(3, "DECOM=01/06/2026", "PLACE=U1"), dolo(4, "DOLO_START=01/05/2026", "DOLO_END=01/07/2026"))
					.passes(),
				child("710", 2026, ep(2, "DECOM=01/04/2025", "PLACE=K1"),
						dolo(4, "DOLO_START=01/05/2025", "DOLO_END=01/07/2025"))
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
