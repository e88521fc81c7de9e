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

class SwEpisodeChainRulesTests {

	private static final ChildRuleTable RULES = new ChildRuleTable(SwEpisodeChainRules.rules());

	private static final String E = at(Table.EPISODES, 3);

	private static final String W10 = at(Table.SW_EPISODES, 10);

	private static final String W11 = at(Table.SW_EPISODES, 11);

	/** In care since January 2023 and still at 31 March. */
	private static final Row IN_CARE = ep(3, "DECOM=01/01/2023", "RNE=S", "LS=C2");

	private static final Row LEFT_CARE = ep(3, "DECOM=01/01/2023", "RNE=S", "LS=C2", "DEC=01/02/2024", "REC=E4A");

	private static Row sw(long line, String start, String end, String... more) {
		String[] all = new String[more.length + 3];
		all[0] = "SW_DECOM=" + start;
		all[1] = "SW_DEC=" + end;
		all[2] = "SW_ID=SW" + line;
		System.arraycopy(more, 0, all, 3, more.length);
		return row(Table.SW_EPISODES, line, all);
	}

	static List<ChildCase> cases() {
		return List.of(child("SW01STG1", 2024, IN_CARE).flags(E),
				child("SW01STG1", 2024, IN_CARE, sw(10, "01/01/2023", "")).flags(W10),
				child("SW01STG1", 2024, IN_CARE, sw(10, "01/01/2023", "", "SW_REASON=MANAGE")).passes(),
				child("SW01STG1", 2024, LEFT_CARE).passes(), child("SW01STG1", 2025, IN_CARE).passes(),
				child("SW08STG2", 2024, sw(10, "01/05/2023", ""), sw(11, "01/06/2023", "")).flags(W10),
				child("SW08STG2", 2024, sw(10, "01/05/2023", "01/06/2023"), sw(11, "01/06/2023", "")).passes(),
				child("SW08STG2", 2023, sw(10, "01/05/2022", ""), sw(11, "01/06/2022", "")).passes(),
				child("SW14STG2", 2024, sw(10, "01/05/2023", ""), sw(11, "01/06/2023", "")).flags(W10),
				child("SW14STG2", 2024, sw(10, "01/05/2023", "01/06/2023"), sw(11, "01/06/2023", "")).passes(),
				child("SW14STG2", 2025, sw(10, "01/05/2024", ""), sw(11, "01/06/2024", "")).passes(),
				child("SW10STG2", 2024, sw(10, "01/05/2023", "01/06/2023"), sw(11, "09/06/2023", "")).flags(W11),
				child("SW10STG2", 2024, sw(10, "01/05/2023", "01/06/2023"), sw(11, "24/05/2023", "")).flags(W11),
				child("SW10STG2", 2024, sw(10, "01/05/2023", "01/06/2023"),
						sw(11, "09/06/2023", "", "SW_REASON=FCONTA"))
					.flags(W11),
				child("SW10STG2", 2024, sw(10, "01/05/2023", "01/06/2023"), sw(11, "08/06/2023", "")).passes(),
				child("SW10STG2", 2023, sw(10, "01/05/2022", "01/06/2022"), sw(11, "09/06/2022", "")).passes(),
				child("SW10STG2", 2025, sw(10, "01/05/2024", "01/06/2024"), sw(11, "09/06/2024", "")).flags(W11),
				child("SW10STG2", 2025, sw(10, "01/05/2024", "01/06/2024"),
						sw(11, "09/06/2024", "", "SW_REASON=FCONTA"))
					.passes(),
				child("SW11aSTG2", 2024, LEFT_CARE, sw(10, "01/05/2023", "01/06/2023"), sw(11, "07/06/2023", ""))
					.flags(W10),
				child("SW11aSTG2", 2024, IN_CARE, sw(10, "01/05/2023", "01/02/2024")).flags(W10),
				child("SW11aSTG2", 2024, LEFT_CARE, sw(10, "01/05/2023", "01/02/2024")).passes(),
				child("SW11aSTG2", 2024, IN_CARE, sw(10, "01/05/2023", "01/06/2023"), sw(11, "06/06/2023", ""))
					.passes(),
				child("SW11aSTG2", 2025, IN_CARE, sw(10, "01/05/2024", "01/02/2025")).passes(),
				child("SW11bSTG2", 2024, IN_CARE, sw(10, "01/05/2023", "27/03/2024")).flags(W10),
				child("SW11bSTG2", 2024, IN_CARE, sw(10, "01/05/2023", "26/03/2024")).passes(),
				child("SW11bSTG2", 2024, LEFT_CARE, sw(10, "01/05/2023", "28/03/2024")).passes(),
				child("SW11bSTG2", 2023, IN_CARE, sw(10, "01/05/2022", "28/03/2023")).passes(),
				child("SW12STG2", 2024, ep(3, "DECOM=01/06/2023", "RNE=S", "LS=C2")).flags(E),
				child("SW12STG2", 2024, ep(3, "DECOM=01/06/2023", "RNE=S", "LS=C2"), sw(10, "01/06/2023", "")).passes(),
				child("SW12STG2", 2024, ep(3, "DECOM=01/06/2023", "RNE=S", "LS=C2"), sw(10, "01/05/2023", "20/05/2023"))
					.flags(E),
				child("SW12STG2", 2024, ep(3, "DECOM=01/06/2023", "RNE=S", "LS=V3")).passes(),
				child("SW12STG2", 2024, IN_CARE).passes(),
				child("SW12STG2", 2023, ep(3, "DECOM=01/06/2022", "RNE=S", "LS=C2")).passes(),
				child("SW12STG2", 2025, IN_CARE).flags(E), child("SW12STG2", 2025, LEFT_CARE).flags(E),
				child("SW12STG2", 2025, LEFT_CARE, sw(10, "01/01/2023", "01/02/2024")).passes(),
				child("SW17STG2", 2026, IN_CARE, sw(10, "01/05/2025", "01/03/2026")).flags(W10),
				child("SW17STG2", 2026, IN_CARE, sw(10, "01/05/2025", "01/03/2026"), sw(11, "01/03/2026", "")).passes(),
				child("SW17STG2", 2026, LEFT_CARE, sw(10, "01/05/2025", "01/03/2026")).passes(),
				child("SW17STG2", 2025, IN_CARE, sw(10, "01/05/2024", "01/03/2025")).passes());
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
