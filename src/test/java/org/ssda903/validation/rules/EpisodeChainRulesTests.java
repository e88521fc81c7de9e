package org.ssda903.validation.rules;

import static org.ssda903.validation.rules.ChildCase.at;
import static org.ssda903.validation.rules.ChildCase.child;
import static org.ssda903.validation.rules.ChildCase.ep;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.ssda903.model.Table;

class EpisodeChainRulesTests {

	private static final ChildRuleTable RULES = new ChildRuleTable(EpisodeChainRules.rules());

	private static String e(long line) {
		return at(Table.EPISODES, line);
	}

	static List<ChildCase> cases() {
		return List.of(child("142", 2025, ep(2, "DECOM=01/05/2024"), ep(3, "DECOM=01/06/2024")).flags(e(2)),
				child("142", 2025, ep(3, "DECOM=01/05/2024", "DEC=01/06/2024"), ep(2, "DECOM=01/06/2024")).flags(e(3)),
				child("142", 2025, ep(2, "DECOM=01/05/2024", "DEC=01/06/2024", "REC=X1"), ep(3, "DECOM=01/06/2024"))
					.passes(),
				child("501", 2025, ep(2, "DECOM=01/05/2024", "DEC=10/06/2024"), ep(3, "DECOM=01/06/2024")).flags(e(3)),
				child("501", 2025, ep(2, "DECOM=01/05/2024", "DEC=01/06/2024"), ep(3, "DECOM=01/06/2024")).passes(),
				child("388", 2025, ep(2, "DECOM=01/05/2024", "DEC=01/06/2024", "REC=X1"), ep(3, "DECOM=02/06/2024"))
					.flags(e(2)),
				child("388", 2025, ep(2, "DECOM=01/05/2024", "DEC=01/06/2024", "REC=E4A"),
						ep(3, "DECOM=01/06/2024"))
					.flags(e(2)),
				child("388", 2025, ep(2, "DECOM=01/05/2024", "DEC=01/06/2024", "REC=X1")).flags(e(2)),
				child("388", 2025, ep(2, "DECOM=01/05/2024", "DEC=01/06/2024", "REC=X1"),
						ep(3, "DECOM=01/06/2024", "DEC=01/07/2024", "REC=E4A"), ep(4, "DECOM=05/07/2024"))
					.passes(),
				child("433", 2025, ep(2, "DECOM=01/05/2024", "DEC=01/06/2024"), ep(3, "DECOM=02/06/2024", "RNE=P"))
					.flags(e(3)),
				child("433", 2025, ep(2, "DECOM=01/05/2024", "DEC=01/06/2024"), ep(3, "DECOM=01/06/2024", "RNE=L"),
						ep(4, "DECOM=05/06/2024", "RNE=P"))
					.flags(e(4)),
				// the first episode continues nothing: 357 reports a first episode
				// starting in the year without S
				child("433", 2025, ep(2, "DECOM=01/05/2024", "RNE=L")).passes(),
				child("433", 2025, ep(2, "DECOM=01/05/2023", "RNE=L")).passes(),
				child("433", 2025, ep(2, "DECOM=01/05/2024", "DEC=01/06/2024"), ep(3, "DECOM=01/06/2024", "RNE=B"))
					.passes(),
				child("431", 2025, ep(2, "DECOM=01/05/2024", "DEC=01/06/2024"), ep(3, "DECOM=01/06/2024", "RNE=S"))
					.flags(e(3)),
				child("431", 2025, ep(2, "DECOM=01/05/2024", "DEC=01/06/2024"), ep(3, "DECOM=02/06/2024", "RNE=S"))
					.passes(),
				child("432", 2025, ep(2, "DECOM=01/05/2024", "REC=E13"), ep(3, "DECOM=01/06/2024", "RNE=P"))
					.flags(e(3)),
				child("432", 2025, ep(2, "DECOM=01/05/2024", "REC=X1"), ep(3, "DECOM=01/06/2024", "RNE=P")).passes(),
				child("357", 2025, ep(2, "DECOM=01/06/2024", "RNE=S"), ep(3, "DECOM=01/04/2024", "RNE=P")).flags(e(3)),
				child("357", 2025, ep(2, "DECOM=31/03/2024", "RNE=P")).passes(),
				child("357", 2025, ep(2, "DECOM=01/04/2024", "RNE=S")).passes(),
				child("434", 2025, ep(2, "DECOM=01/05/2024", "LS=C1", "PLACE=U1"),
						ep(3, "DECOM=01/06/2024", "RNE=L", "LS=C1", "PLACE=U1"))
					.flags(e(3)),
				child("434", 2025, ep(2, "DECOM=01/05/2024", "LS=C1", "PLACE=U1"),
						ep(3, "DECOM=01/06/2024", "RNE=L", "LS=C2", "PLACE=U3"))
					.flags(e(3)),
				child("434", 2025, ep(2, "DECOM=01/05/2024", "LS=C1", "PLACE=U1"),
						ep(3, "DECOM=01/06/2024", "RNE=L", "LS=C2", "PLACE=U1"))
					.passes(),
				child("435", 2025, ep(2, "DECOM=01/05/2024", "LS=C1", "PLACE=U1"),
						ep(3, "DECOM=01/06/2024", "RNE=P", "LS=C1", "PLACE=U1"))
					.flags(e(3)),
				child("435", 2025, ep(2, "DECOM=01/05/2024", "LS=C1", "PLACE=U1"),
						ep(3, "DECOM=01/06/2024", "RNE=T", "LS=C2", "PLACE=U3"))
					.flags(e(3)),
				child("435", 2025, ep(2, "DECOM=01/05/2024", "LS=C1", "PLACE=U1"),
						ep(3, "DECOM=01/06/2024", "RNE=P", "LS=C1", "PL_POST=LS1 1AA", "PLACE=U1"))
					.passes(),
				child("436", 2025, ep(2, "DECOM=01/05/2024", "LS=C1", "PLACE=U1"),
						ep(3, "DECOM=01/06/2024", "RNE=B", "LS=C2", "PLACE=U1"))
					.flags(e(3)),
				child("436", 2025, ep(2, "DECOM=01/05/2024", "LS=C1", "PLACE=U1"),
						ep(3, "DECOM=01/06/2024", "RNE=U", "LS=C2", "PLACE=U3"))
					.passes(),
				child("504", 2025, ep(2, "DECOM=01/05/2024", "DEC=01/06/2024", "REC=X1", "CIN=N1"),
						ep(3, "DECOM=01/06/2024", "CIN=N2"))
					.flags(e(3)),
				child("504", 2025, ep(2, "DECOM=01/05/2024", "DEC=01/06/2024", "REC=E4A", "CIN=N1"),
						ep(3, "DECOM=05/06/2024", "CIN=N2"))
					.passes(),
				child("437", 2025, ep(2, "DECOM=01/05/2024", "DEC=01/06/2024", "REC=E2"),
						ep(3, "DECOM=05/06/2024"))
					.flags(e(2)),
				child("437", 2025, ep(2, "DECOM=01/05/2024", "DEC=01/06/2024", "REC=E15")).passes(),
				child("225", 2025, ep(2, "DECOM=01/05/2024", "DEC=01/06/2024", "REC=X1", "PLACE=U1"),
						ep(3, "DECOM=01/06/2024", "RNE=P", "PLACE=U3"))
					.flags(e(2)),
				child("225", 2025, ep(2, "DECOM=01/05/2024", "DEC=01/06/2024", "REC=X1", "PLACE=U1"),
						ep(3, "DECOM=01/06/2024", "RNE=P", "PLACE=T1"))
					.passes(),
				child("225", 2025,
						ep(2, "DECOM=01/05/2024", "DEC=01/06/2024", "REC=X1", "PLACE=U1", "REASON_PLACE_CHANGE=CARPL"),
						ep(3, "DECOM=01/06/2024", "RNE=P", "PLACE=U3"))
					.passes(),
				child("226", 2025, ep(2, "DECOM=01/05/2024", "PLACE=U1", "REASON_PLACE_CHANGE=CARPL"),
						ep(3, "DECOM=01/06/2024", "PLACE=T1"))
					.flags(e(3)),
				child("226", 2025, ep(2, "DECOM=01/05/2024", "PLACE=U1"),
						ep(3, "DECOM=01/06/2024", "PLACE=T1", "REASON_PLACE_CHANGE=OTHER"))
					.flags(e(3)),
				child("226", 2025, ep(2, "DECOM=01/05/2024", "PLACE=U1"), ep(3, "DECOM=01/06/2024", "PLACE=T1"))
					.passes(),
				child("336", 2025, ep(2, "DECOM=01/05/2024", "PLACE=K2"), ep(3, "DECOM=01/06/2024", "PLACE=A5"))
					.flags(e(3)),
				child("336", 2025, ep(2, "DECOM=01/05/2024", "PLACE=U4"), ep(3, "DECOM=01/06/2024", "PLACE=A3"))
					.passes(),
				child("336", 2025, ep(2, "DECOM=01/05/2024", "PLACE=K2"), ep(3, "DECOM=01/06/2024", "PLACE=A4"))
					.passes(),
				child("383", 2025, ep(2, "DECOM=01/05/2024", "PLACE=U1"), ep(3, "DECOM=01/06/2024", "PLACE=T1"),
						ep(4, "DECOM=05/06/2024", "PLACE=U3", "RNE=P"))
					.flags(e(4)),
				child("383", 2025, ep(2, "DECOM=01/05/2024", "PLACE=U1", "PL_POST=LS1 1AA"),
						ep(3, "DECOM=01/06/2024", "PLACE=T1"), ep(4, "DECOM=05/06/2024", "PLACE=U1", "RNE=P"))
					.passes(),
				child("383", 2026, ep(2, "DECOM=01/05/2025", "PLACE=U1", "PL_POST=LS1 1AA"),
						ep(3, "DECOM=01/06/2025", "PLACE=T1"), ep(4, "DECOM=05/06/2025", "PLACE=U1", "RNE=P"))
					.flags(e(4)),
				child("383", 2026, ep(2, "DECOM=01/05/2025", "PLACE=U1"), ep(3, "DECOM=01/06/2025", "PLACE=T1"),
						ep(4, "DECOM=05/06/2025", "PLACE=U1", "RNE=T"))
					.flags(e(4)),
				child("383", 2026, ep(2, "DECOM=01/05/2025", "PLACE=U1"), ep(3, "DECOM=01/06/2025", "PLACE=T1"),
						ep(4, "DECOM=05/06/2025", "PLACE=U1", "RNE=P"))
					.passes(),
				// after two temporary moves the return is compared with the episode
				// before the second one, the first
				child("383", 2025, ep(2, "DECOM=01/05/2024", "PLACE=T1"), ep(3, "DECOM=03/05/2024", "PLACE=T2"),
						ep(4, "DECOM=05/05/2024", "PLACE=U1", "RNE=P"))
					.flags(e(4)),
				child("383", 2025, ep(2, "DECOM=01/05/2024", "PLACE=T1"), ep(3, "DECOM=03/05/2024", "PLACE=T2"),
						ep(4, "DECOM=05/05/2024", "PLACE=T1", "RNE=P"))
					.passes(),
				child("361", 2025, ep(2, "DECOM=01/05/2024", "DEC=03/05/2024", "LS=L1"),
						ep(3, "DECOM=03/05/2024", "DEC=05/05/2024", "LS=L1"))
					.flags(e(2), e(3)),
				child("361", 2025, ep(2, "DECOM=01/05/2024", "DEC=03/05/2024", "LS=L1"),
						ep(3, "DECOM=03/05/2024", "DEC=04/05/2024", "LS=L1"),
						ep(4, "DECOM=10/05/2024", "DEC=12/05/2024", "LS=L1"))
					.passes(),
				child("361", 2025, ep(2, "DECOM=29/03/2025", "LS=L1")).passes(),
				child("361", 2025, ep(2, "DECOM=27/03/2025", "LS=L1")).flags(e(2)),
				child("362", 2025, ep(2, "DECOM=01/05/2024", "DEC=23/05/2024", "LS=L2")).flags(e(2)),
				child("362", 2025, ep(2, "DECOM=01/05/2024", "DEC=22/05/2024", "LS=L2")).passes(),
				child("363", 2025, ep(2, "DECOM=01/05/2024", "DEC=09/05/2024", "LS=L3")).flags(e(2)),
				child("363", 2025, ep(2, "DECOM=01/05/2024", "DEC=08/05/2024", "LS=L3")).passes(),
				child("364", 2025, ep(2, "DECOM=01/05/2024", "DEC=23/05/2024", "LS=J2")).flags(e(2)),
				child("364", 2025, ep(2, "DECOM=01/05/2024", "DEC=22/05/2024", "LS=J2")).passes(),
				child("367", 2025, ep(2, "DECOM=20/03/2024", "DEC=10/04/2024", "LS=V3"),
						ep(3, "DECOM=01/05/2024", "DEC=16/05/2024", "LS=V3"),
						ep(4, "DECOM=01/06/2024", "DEC=18/06/2024", "LS=V3"),
						ep(5, "DECOM=01/07/2024", "DEC=18/07/2024", "LS=V3"),
						ep(6, "DECOM=01/08/2024", "DEC=19/08/2024", "LS=V3"))
					.flags(e(2), e(3), e(4), e(5), e(6)),
				child("367", 2025, ep(2, "DECOM=01/03/2024", "DEC=10/04/2024", "LS=V3"),
						ep(3, "DECOM=01/05/2024", "DEC=16/05/2024", "LS=V3"),
						ep(4, "DECOM=01/06/2024", "DEC=18/06/2024", "LS=V3"),
						ep(5, "DECOM=01/07/2024", "DEC=18/07/2024", "LS=V3"),
						ep(6, "DECOM=01/08/2024", "DEC=10/08/2024", "LS=V3"))
					.passes(),
				child("377", 2025, ep(2, "DECOM=01/05/2024", "PLACE=T3"), ep(3, "DECOM=01/06/2024", "PLACE=T3"),
						ep(4, "DECOM=01/07/2024", "PLACE=T3"))
					.flags(e(2), e(3), e(4)),
				child("377", 2025, ep(2, "DECOM=01/05/2024", "PLACE=T3"), ep(3, "DECOM=01/06/2024", "PLACE=T3"))
					.passes(),
				child("426", 2025, ep(2, "DECOM=01/05/2024", "LS=V3"), ep(3, "DECOM=01/06/2024", "LS=V4"),
						ep(4, "DECOM=01/07/2024", "LS=C2"))
					.flags(e(2), e(3)),
				child("426", 2025, ep(2, "DECOM=01/05/2024", "LS=V3"), ep(3, "DECOM=01/06/2024", "LS=V3")).passes());
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
