package org.ssda903.validation.rules;

import static org.ssda903.validation.rules.ChildCase.at;
import static org.ssda903.validation.rules.ChildCase.child;
import static org.ssda903.validation.rules.ChildCase.ep;
import static org.ssda903.validation.rules.ChildCase.header;
import static org.ssda903.validation.rules.ChildCase.row;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.ssda903.model.Row;
import org.ssda903.model.Table;
import org.ssda903.validation.StoredYears;

class CareLeaverRulesTests {

	private static final ChildRuleTable RULES = new ChildRuleTable(CareLeaverRules.rules());

	private static final String O = at(Table.OC3, 5);

	/** 17 on 1 June 2024: aged 17 at the end of 2024-25. */
	private static final Row LEAVER_17 = leaver("01/06/2007");

	/**
	 * 18 on 1 June 2024: the young person of the 1001 cases, whose 14th birthday was 1
	 * June 2020.
	 */
	private static final Row BORN_2006 = header("DOB=01/06/2006");

	private static final Row LEAVER_18 = leaver("01/06/2006");

	/** Returns stored for these years, none of them with an episode of the child. */
	private static StoredYears stored(Integer... endYears) {
		Map<Integer, Set<String>> years = new HashMap<>();
		for (int endYear : endYears) {
			years.put(endYear, Set.of("C2"));
		}
		return new StoredYears(years);
	}

	private static Row leaver(String dob) {
		return row(Table.OC3, 5, "DOB=" + dob, "IN_TOUCH=YES", "ACTIV=F1", "ACCOM=U1");
	}

	static List<ChildCase> cases() {
		return List.of(child("1000", 2025, ep(3, "DECOM=01/01/2024", "DEC=01/05/2024", "REC=E2"), LEAVER_17).flags(O),
				child("1000", 2025, LEAVER_17).withLastYear(ep(3, "DECOM=01/01/2024", "DEC=01/02/2024", "REC=E2"))
					.flags(O),
				child("1000", 2025, ep(3, "DECOM=01/01/2024", "DEC=01/05/2024", "REC=E4A"), LEAVER_17).passes(),
				child("1001", 2025, BORN_2006, LEAVER_18)
					.withLastYear(ep(3, "DECOM=01/01/2024", "RNE=S", "DEC=15/01/2024", "REC=E4A"))
					.flags(O),
				child("1001", 2025, BORN_2006, LEAVER_18, ep(3, "DECOM=01/03/2025", "RNE=S")).withLastYear().flags(O),
				child("1001", 2025, BORN_2006, LEAVER_18,
						ep(3, "DECOM=01/06/2023", "RNE=S", "DEC=01/05/2024", "REC=E11"))
					.withLastYear()
					.flags(O),
				child("1001", 2025, BORN_2006, LEAVER_18)
					.withLastYear(ep(3, "DECOM=01/01/2023", "RNE=S", "DEC=01/01/2024", "REC=E4A"))
					.passes(),
				child("1001", 2025, header("DOB=01/06/2004"), LEAVER_18)
					.withLastYear(ep(3, "DECOM=01/01/2024", "RNE=S", "DEC=15/01/2024", "REC=E4A"))
					.passes(),
				child("1001", 2025, BORN_2006, LEAVER_18, ep(3, "DECOM=01/03/2025", "RNE=S")).passes(),
				// LEAVER_17 was 14 on 1 June 2021: the returns from 2021-22 to 2023-24
				// must all be read
				child("1002", 2025, LEAVER_17).withLastYear().withStoredYears(stored(2022, 2023)).flags(O),
				child("1002", 2025, LEAVER_17).withStoredYears(stored(2022, 2023, 2024)).flags(O),
				// not checkable, never reported, while a year since the 14th birthday is
				// neither stored nor given
				child("1002", 2025, LEAVER_17).passes(), child("1002", 2025, LEAVER_17).withLastYear().passes(),
				child("1002", 2025, LEAVER_17).withLastYear().withStoredYears(stored(2023)).passes(),
				child("1002", 2025, row(Table.OC3, 5, "IN_TOUCH=YES", "ACTIV=F1", "ACCOM=U1")).withLastYear()
					.withStoredYears(stored(2022, 2023))
					.passes(),
				child("1002", 2025, LEAVER_17).withLastYear(ep(3, "DECOM=01/01/2024", "DEC=01/02/2024", "REC=E4A"))
					.passes(),
				child("1002", 2025, LEAVER_17, ep(3, "DECOM=01/01/2024", "DEC=01/05/2024", "REC=E4A")).passes(),
				child("1002", 2025, LEAVER_17).withLastYear()
					.withStoredYears(new StoredYears(Map.of(2022, Set.of(ChildCase.CHILD), 2023, Set.of())))
					.passes(),
				child("1007", 2025, LEAVER_17, ep(3, "DECOM=01/01/2024", "DEC=01/07/2024", "REC=E4A")).flags(O),
				child("1007", 2025, LEAVER_17, ep(3, "DECOM=01/01/2024")).flags(O),
				child("1007", 2025, LEAVER_17, ep(3, "DECOM=01/01/2024", "DEC=01/06/2024", "REC=E4A")).passes(),
				child("1007", 2025, leaver("01/06/2005"), ep(3, "DECOM=01/01/2024")).passes(),
				child("1016", 2025, LEAVER_17, ep(3, "DECOM=15/06/2024", "DEC=01/07/2024", "REC=E4A")).flags(O),
				child("1016", 2025, LEAVER_17, ep(3, "DECOM=01/01/2024", "DEC=31/05/2024", "REC=E4A")).passes(),
				child("1016", 2023, leaver("01/06/2005"), ep(3, "DECOM=15/06/2022", "DEC=01/07/2022", "REC=E4A"))
					.passes(),
				child("1016", 2024, leaver("01/06/2005"), ep(3, "DECOM=15/06/2023", "DEC=01/07/2023", "REC=E4A"))
					.flags(O),
				child("1010", 2025, LEAVER_17).withLastYear(ep(3, "DECOM=01/01/2024")).flags(O),
				child("1010", 2025, LEAVER_17).withLastYear(ep(3, "DECOM=01/01/2024", "DEC=01/02/2024", "REC=E4A"))
					.passes(),
				child("1010", 2025, LEAVER_17).passes(),
				child("1011", 2025, LEAVER_17, ep(3, "DECOM=01/01/2024", "DEC=01/05/2024", "REC=E3")).flags(O),
				child("1011", 2025, LEAVER_17, ep(3, "DECOM=01/01/2024", "DEC=01/05/2024", "REC=E4A")).passes(),
				child("1014", 2025, LEAVER_17, row(Table.UASC, 7, "DUC=01/01/2025")).flags(at(Table.UASC, 7)),
				child("1014", 2025, LEAVER_17, row(Table.UASC, 7, "DUC=01/01/2025"),
						ep(3, "DECOM=01/01/2024", "DEC=01/05/2024", "REC=E4A"))
					.passes(),
				child("1012", 2025, row(Table.MISSING, 8, "MISSING=M"), row(Table.REVIEWS, 9, "REVIEW=01/05/2024"))
					.flags(at(Table.MISSING, 8), at(Table.REVIEWS, 9)),
				child("1012", 2025, row(Table.MISSING, 8, "MISSING=M"), ep(3, "DECOM=01/01/2024")).passes(),
				child("215", 2025, LEAVER_17, row(Table.OC2, 8, "CONVICTED=0")).flags(O, at(Table.OC2, 8)),
				child("215", 2025, LEAVER_17, row(Table.OC2, 8, "SDQ_SCORE=10")).passes(),
				child("134", 2025, LEAVER_17, row(Table.AD1, 8, "NB_ADOPTR=1")).flags(O, at(Table.AD1, 8)),
				child("134", 2025, row(Table.OC3, 5, "DOB=01/06/2007"), row(Table.AD1, 8, "NB_ADOPTR=1")).passes());
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
