package org.ssda903.validation.rules;

import static org.ssda903.validation.rules.ChildCase.at;
import static org.ssda903.validation.rules.ChildCase.child;
import static org.ssda903.validation.rules.ChildCase.ep;
import static org.ssda903.validation.rules.ChildCase.row;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.ssda903.model.Row;
import org.ssda903.model.Table;

/** The missing-period rules: against each other, and against the episodes. */
class MissingChainRulesTests {

	private static final ChildRuleTable RULES = new ChildRuleTable(
			Stream.of(MissingChainRules.rules(), MissingEpisodeRules.rules()).flatMap(List::stream).toList());

	private static Row missing(long line, String... assignments) {
		return row(Table.MISSING, line, assignments);
	}

	private static String m(long line) {
		return at(Table.MISSING, line);
	}

	static List<ChildCase> cases() {
		return List.of(
				child("574", 2025, missing(3, "MIS_START=10/06/2024", "MIS_END=20/06/2024"),
						missing(2, "MIS_START=01/06/2024"))
					.flags(m(3)),
				child("574", 2025, missing(2, "MIS_START=01/06/2024", "MIS_END=12/06/2024"),
						missing(3, "MIS_START=10/06/2024"))
					.flags(m(3)),
				child("574", 2025, missing(2, "MIS_START=01/06/2024", "MIS_END=10/06/2024"),
						missing(3, "MIS_START=10/06/2024"))
					.passes(),
				child("575", 2025, ep(2, "DECOM=01/05/2024", "DEC=01/07/2024", "REC=E4A"),
						missing(3, "MIS_START=10/06/2024"))
					.flags(m(3)),
				child("575", 2025, ep(2, "DECOM=01/05/2024", "DEC=01/07/2024", "REC=X1"), ep(4, "DECOM=01/07/2024"),
						missing(3, "MIS_START=10/06/2024"))
					.passes(),
				child("575", 2025, ep(2, "DECOM=01/05/2024", "DEC=01/07/2024", "REC=E4A"),
						missing(3, "MIS_START=10/06/2024", "MIS_END=11/06/2024"))
					.passes(),
				child("581", 2025, ep(2, "DECOM=01/05/2024", "DEC=01/07/2024", "REC=E4A"),
						missing(3, "MIS_START=02/07/2024"))
					.flags(m(3)),
				child("581", 2025, ep(2, "DECOM=01/05/2024", "DEC=01/07/2024", "REC=X1"), ep(4, "DECOM=01/07/2024"),
						missing(3, "MIS_START=02/08/2024"))
					.passes(),
				child("580", 2025, ep(2, "DECOM=01/05/2024", "DEC=01/07/2024", "REC=E4A"),
						missing(3, "DOB=01/07/2006", "MIS_START=02/06/2024", "MIS_END=01/07/2024"))
					.flags(at(Table.EPISODES, 2)),
				child("580", 2025, ep(2, "DECOM=01/05/2024", "DEC=01/07/2024", "REC=E8"),
						missing(3, "DOB=01/07/2006", "MIS_START=02/06/2024", "MIS_END=01/07/2024"))
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
