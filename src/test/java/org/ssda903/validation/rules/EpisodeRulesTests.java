package org.ssda903.validation.rules;

import static org.ssda903.validation.rules.RuleCase.fails;
import static org.ssda903.validation.rules.RuleCase.passes;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.ssda903.model.Table;

class EpisodeRulesTests {

	private static final RuleTable RULES = new RuleTable(Table.EPISODES, EpisodeRules.rules());

	static List<RuleCase> cases() {
		return List.of(fails("141", 2025, "DECOM=32/01/2024"), passes("141", 2025, "DECOM=01/01/2024"),
				passes("141", 2025, "DECOM="), fails("143", 2025, "RNE=X"), passes("143", 2025, "RNE=S"),
				passes("143", 2025, "RNE="), fails("144", 2025, "LS=Z9"), passes("144", 2025, "LS=C2"),
				fails("145", 2025, "CIN=N9"), passes("145", 2025, "CIN=N1"), passes("146", 2024, "PLACE=H5"),
				passes("146", 2024, "PLACE=P2"), fails("146", 2024, "PLACE=K3"), fails("146", 2025, "PLACE=H5"),
				fails("146", 2025, "PLACE=P2"), passes("146", 2025, "PLACE=K3"), passes("146", 2025, "PLACE=Z1"),
				fails("146", 2025, "PLACE=Z11"), fails("146", 2026, "PLACE=Z1"), passes("146", 2026, "PLACE=Z11"),
				passes("146", 2027, "PLACE=Z14"), passes("146", 2026, "PLACE=K3"), fails("147", 2025, "DEC=1/1/2024"),
				passes("147", 2025, "DEC=01/01/2024"), fails("148", 2025, "DEC=01/01/2025", "REC="),
				fails("148", 2025, "DEC=", "REC=E8"), passes("148", 2025, "DEC=01/01/2025", "REC=E8"),
				passes("148", 2025, "DEC=", "REC="), fails("149", 2025, "REC=E1"), passes("149", 2025, "REC=E4A"),
				fails("178", 2025, "PLACE=U1", "PLACE_PROVIDER=PR9"),
				fails("178", 2025, "PLACE=Z1", "PLACE_PROVIDER=PR1"),
				fails("178", 2025, "PLACE=T4", "PLACE_PROVIDER=PR1"),
				passes("178", 2025, "PLACE=U1", "PLACE_PROVIDER=PR1"),
				passes("178", 2025, "PLACE=Z1", "PLACE_PROVIDER="),
				fails("178", 2026, "PLACE=Z12", "PLACE_PROVIDER=PR4"),
				fails("178", 2026, "PLACE=T4", "PLACE_PROVIDER=PR4"),
				passes("178", 2026, "PLACE=Z1", "PLACE_PROVIDER=PR4"),
				fails("213", 2025, "PLACE=T0", "PLACE_PROVIDER=PR1"),
				passes("213", 2025, "PLACE=Z1", "PLACE_PROVIDER=PR1"),
				passes("213", 2025, "PLACE=T0", "PLACE_PROVIDER="),
				fails("213", 2026, "PLACE=Z11", "PLACE_PROVIDER=PR1"),
				passes("213", 2026, "PLACE=U1", "PLACE_PROVIDER=PR1"), fails("214", 2025, "LS=V3", "PL_POST=LS1 1AA"),
				fails("214", 2025, "LS=V4", "URN=1234567"), passes("214", 2025, "LS=V3"),
				passes("214", 2025, "LS=C2", "PL_POST=LS1 1AA"),
				fails("217", 2025, "PLACE=A3", "DECOM=01/04/2015", "RNE=P"),
				passes("217", 2025, "PLACE=A3", "DECOM=01/04/2015", "RNE=T"),
				passes("217", 2025, "PLACE=A5", "DECOM=31/03/2015", "RNE=P"),
				passes("217", 2025, "PLACE=A4", "DECOM=01/04/2015", "RNE=P"), fails("217t", 2024, "PLACE=P2", "DEC="),
				fails("217t", 2024, "PLACE=P2", "DEC=29/10/2023"), passes("217t", 2024, "PLACE=P2", "DEC=28/10/2023"),
				passes("217t", 2025, "PLACE=P2", "DEC="), passes("217t", 2023, "PLACE=P2", "DEC="),
				fails("218", 2024, "PLACE=U1", "PL_POST=SW1A 1AA"), passes("218", 2024, "PLACE=H5"),
				passes("218", 2024, "PLACE=U1", "URN=1234567"), passes("218", 2024, "PLACE=U1", "DEC=31/03/2023"),
				fails("218", 2024, "PLACE=U1", "DEC=01/04/2023"), passes("218", 2024, "PLACE=U1", "PL_POST=CF10 1AA"),
				fails("218", 2025, "PLACE=K3", "PL_POST=LS1 1AA"), fails("218", 2025, "PLACE=H5"),
				passes("218", 2025, "PLACE=Z1"), passes("218", 2025, "PLACE=K2", "URN=XXXXXXX"),
				passes("218", 2025, "PLACE=K2", "PL_POST=G1 1AA"), fails("218", 2025, "PLACE=K2", "PL_POST=GL1 1AA"),
				fails("218", 2025, "PLACE=K2"), passes("218", 2026, "PLACE=Z11"), fails("218", 2026, "PLACE=Z1"),
				passes("218", 2025, "PLACE=K2", "LS=V3"), fails("222", 2023, "PLACE=H5", "URN=1234567"),
				passes("222", 2023, "PLACE=K2", "URN=1234567"), passes("222", 2024, "PLACE=H5", "URN=1234567"),
				fails("222", 2024, "PLACE=P2", "URN=1234567"), passes("222", 2025, "PLACE=P2", "URN=1234567"),
				fails("222", 2025, "PLACE=Z1", "URN=1234567"), passes("222", 2025, "PLACE=P1", "URN=XXXXXXX"),
				passes("222", 2026, "PLACE=Z1", "URN=1234567"), fails("222", 2026, "PLACE=Z13", "URN=1234567"),
				fails("230", 2024, "PLACE=H5", "DEC=", "PL_POST=LS1 1AA"),
				fails("230", 2024, "PLACE=H5", "DEC=29/10/2023", "URN=XXXXXXX"),
				passes("230", 2024, "PLACE=H5", "DEC=28/10/2023"), passes("230", 2024, "PLACE=H5", "URN=1234567"),
				passes("230", 2024, "PLACE=H5", "PL_POST=EH1 1AA"), passes("230", 2025, "PLACE=H5"),
				passes("230", 2023, "PLACE=H5"), fails("233", 2026, "DEC=", "REASON_PLACE_CHANGE=CARPL"),
				passes("233", 2026, "DEC=01/01/2026", "REASON_PLACE_CHANGE=CARPL"),
				passes("233", 2025, "DEC=", "REASON_PLACE_CHANGE=CARPL"), fails("353", 2025, "DECOM=13/10/1991"),
				passes("353", 2025, "DECOM=14/10/1991"), fails("354", 2025, "DECOM=01/04/2025"),
				passes("354", 2025, "DECOM=31/03/2025"), passes("354", 2026, "DECOM=01/04/2025"),
				fails("355", 2025, "DECOM=01/01/2025", "DEC=01/01/2025"),
				passes("355", 2025, "DECOM=01/01/2025", "DEC=02/01/2025"), passes("355", 2025, "DECOM=", "DEC="),
				fails("356", 2025, "DECOM=02/01/2025", "DEC=01/01/2025"),
				passes("356", 2025, "DECOM=02/01/2025", "DEC=03/01/2025"),
				fails("365", 2025, "LS=V3", "DECOM=01/01/2025", "DEC=19/01/2025"),
				passes("365", 2025, "LS=V3", "DECOM=01/01/2025", "DEC=18/01/2025"),
				fails("365", 2025, "LS=V3", "DECOM=01/03/2025"), passes("365", 2025, "LS=V3", "DECOM=20/03/2025"),
				passes("365", 2025, "LS=V4", "DECOM=01/01/2025", "DEC=19/01/2025"),
				fails("366", 2025, "LS=V3", "RNE=P"), passes("366", 2025, "LS=V3", "RNE=S"),
				passes("366", 2025, "LS=C2", "RNE=P"),
				fails("375", 2025, "PLACE=T1", "DECOM=01/01/2025", "DEC=13/02/2025"),
				passes("375", 2025, "PLACE=T1", "DECOM=01/01/2025", "DEC=12/02/2025"),
				fails("375", 2025, "PLACE=T1", "DECOM=01/01/2025"), passes("375", 2025, "PLACE=T1", "DECOM=01/03/2025"),
				fails("376", 2025, "PLACE=T3", "DECOM=01/01/2025", "DEC=23/01/2025"),
				passes("376", 2025, "PLACE=T3", "DECOM=01/01/2025", "DEC=22/01/2025"),
				fails("379", 2025, "PLACE=T4", "DECOM=01/01/2025", "DEC=09/01/2025"),
				passes("379", 2025, "PLACE=T4", "DECOM=01/01/2025", "DEC=08/01/2025"),
				fails("378", 2025, "PLACE=P1", "LS=V2"), passes("378", 2025, "PLACE=P1", "LS=C2"),
				fails("380", 2025, "PLACE=T0", "RNE=S"), passes("380", 2025, "PLACE=T0", "RNE=P"),
				passes("380", 2025, "PLACE=U1", "RNE=S"), fails("381", 2025, "PLACE=T1", "REC=E8"),
				passes("381", 2025, "PLACE=T1", "REC=X1"), passes("381", 2025, "PLACE=T1", "REC="),
				fails("382", 2025, "LS=V3", "PLACE=T2"), passes("382", 2025, "LS=V3", "PLACE=U3"),
				fails("384", 2025, "LS=V4", "PLACE=U4"), passes("384", 2025, "LS=V4", "PLACE=U3"),
				fails("385", 2025, "DEC=01/04/2025"), passes("385", 2025, "DEC=31/03/2025"),
				fails("390", 2025, "REC=E11", "PLACE=U1"), passes("390", 2025, "REC=E12", "PLACE=A5"),
				fails("392d", 2025, "PLACE=U1", "HOME_POST=LS1 1AA", "PL_POST=LS11AA"),
				passes("392d", 2025, "PLACE=P1", "HOME_POST=LS1 1AA", "PL_POST=LS1 1AA"),
				passes("392d", 2025, "PLACE=U1", "HOME_POST=LS1 1AA", "PL_POST=LS2 1AA"),
				passes("392d", 2025, "PLACE=U1"), fails("398", 2025, "LS=V3", "HOME_POST=LS1 1AA"),
				passes("398", 2025, "LS=V3"), passes("398", 2025, "LS=C1", "HOME_POST=LS1 1AA"),
				fails("408", 2025, "PLACE=A5", "LS=C2"), passes("408", 2025, "PLACE=A6", "LS=E1"),
				fails("445", 2024, "LS=D1", "DECOM=01/01/2006"), passes("445", 2024, "LS=D1", "DECOM=31/12/2005"),
				passes("445", 2025, "LS=D1", "DECOM=01/01/2006"), fails("446", 2025, "LS=E1", "DECOM=30/11/2005"),
				passes("446", 2025, "LS=E1", "DECOM=01/12/2005"), fails("451", 2024, "LS=D1"),
				passes("451", 2024, "LS=D1", "DEC=01/01/2024", "REC=E11"), passes("451", 2025, "LS=D1"),
				fails("516", 2025, "REC=E45", "PLACE=K2"), passes("516", 2025, "REC=E46", "PLACE=U3"),
				fails("526", 2025, "PLACE=U1"), passes("526", 2025, "PLACE=Z1"), passes("526", 2025, "PLACE=T3"),
				passes("526", 2025, "PLACE=U1", "PLACE_PROVIDER=PR4"), fails("526", 2026, "PLACE=Z1"),
				passes("526", 2026, "PLACE=Z14"), fails("527", 2025, "PLACE_PROVIDER=PR1", "PLACE=R2"),
				passes("527", 2025, "PLACE_PROVIDER=PR1", "PLACE=U1"),
				fails("528", 2025, "PLACE_PROVIDER=PR2", "PLACE=P1"),
				passes("528", 2025, "PLACE_PROVIDER=PR2", "PLACE=K2"),
				fails("529", 2025, "PLACE_PROVIDER=PR3", "PLACE=A3"),
				fails("529", 2025, "PLACE_PROVIDER=PR3", "PLACE=U6"),
				fails("529", 2025, "PLACE_PROVIDER=PR3", "PLACE=K1"),
				passes("529", 2025, "PLACE_PROVIDER=PR3", "PLACE=R2"),
				fails("530", 2025, "PLACE_PROVIDER=PR4", "PLACE=P1"),
				passes("530", 2025, "PLACE_PROVIDER=PR4", "PLACE=K2"),
				fails("531", 2025, "PLACE_PROVIDER=PR5", "PLACE=P1"),
				passes("531", 2025, "PLACE_PROVIDER=PR5", "PLACE=U4"),
				fails("550", 2025, "PLACE_PROVIDER=PR0", "PLACE=U1"),
				passes("550", 2025, "PLACE_PROVIDER=PR0", "PLACE=P1"), fails("1009", 2025, "REASON_PLACE_CHANGE=FOO"),
				passes("1009", 2025, "REASON_PLACE_CHANGE=CARPL"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void ruleFiresOnlyOnRowsThatBreakIt(RuleCase ruleCase) {
		RULES.assertCase(ruleCase);
	}

	@Test
	void everyRuleHasFailingPassingAndYearBoundaryCases() {
		RULES.assertCovers(cases());
	}

}
