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

class AdoptionRulesTests {

	private static final ChildRuleTable RULES = new ChildRuleTable(AdoptionRules.rules());

	private static final String E = at(Table.EPISODES, 3);

	private static final String A = at(Table.AD1, 5);

	private static final String P = at(Table.PLACED_FOR_ADOPTION, 6);

	/**
	 * Placed for adoption in June 2024, adopted in December 2024: in the year 2024-25.
	 */
	private static final Row ADOPTED = ep(3, "DECOM=01/06/2024", "RNE=P", "LS=E1", "PLACE=A4", "DEC=01/12/2024",
			"REC=E11");

	private static final Row STARTED = ep(3, "DECOM=01/01/2024", "RNE=S", "LS=C2", "PLACE=U4");

	private static final Row ORDER_OPEN = ep(3, "DECOM=01/06/2024", "RNE=L", "LS=E1", "PLACE=U4");

	private static Row ad1(String... assignments) {
		return row(Table.AD1, 5, assignments);
	}

	private static Row placed(String... assignments) {
		return row(Table.PLACED_FOR_ADOPTION, 6, assignments);
	}

	private static Row completeAd1() {
		return ad1("DATE_INT=01/03/2024", "DATE_MATCH=01/05/2024", "FOSTER_CARE=0", "NB_ADOPTR=2", "SEX_ADOPTR=MF",
				"LS_ADOPTR=L11");
	}

	static List<ChildCase> cases() {
		return List.of(child("331", 2025, ADOPTED, ad1("DATE_MATCH=02/06/2024")).flags(E, A),
				child("331", 2025, ADOPTED, ad1("DATE_MATCH=01/06/2024")).passes(),
				child("334", 2025, STARTED, ad1("DATE_INT=31/12/2023")).flags(A),
				child("334", 2025, STARTED, ad1("DATE_INT=01/01/2024")).passes(),
				child("335", 2025, ep(3, "DECOM=01/06/2024", "PLACE=A3", "DEC=01/12/2024", "REC=E12"),
						ad1("FOSTER_CARE=0"))
					.flags(E, A),
				child("335", 2025, ADOPTED, ad1("FOSTER_CARE=1")).flags(E, A),
				child("335", 2025, ADOPTED, ad1("FOSTER_CARE=0")).passes(),
				child("521", 2025, ep(3, "DECOM=01/06/2024", "PLACE=A5"), ad1("DATE_INT=02/06/2024")).flags(E, A),
				child("521", 2025, ep(3, "DECOM=01/06/2024", "PLACE=A5"), ad1("DATE_INT=01/06/2024")).passes(),
				child("582", 2025, ADOPTED, ad1("DATE_MATCH=01/12/2024")).flags(E, A),
				child("582", 2025, ADOPTED, ad1("DATE_MATCH=01/05/2024")).passes(),
				child("601", 2025, ADOPTED, ad1("DATE_INT=01/03/2024")).flags(A), child("601", 2025, ADOPTED).flags(E),
				child("601", 2025, ADOPTED, completeAd1()).passes(),
				child("601", 2025, ep(3, "DECOM=01/06/2023", "PLACE=A4", "DEC=31/03/2024", "REC=E11")).passes(),
				child("602", 2025, STARTED, ad1("NB_ADOPTR=1")).flags(A),
				child("602", 2025, ep(3, "DECOM=01/06/2023", "DEC=31/03/2024", "REC=E11"), ad1("NB_ADOPTR=1")).flags(A),
				child("602", 2025, ADOPTED, ad1("NB_ADOPTR=1")).passes(),
				child("523", 2025, placed("DATE_PLACED=01/03/2024"), ad1("DATE_INT=02/03/2024")).flags(P, A),
				child("523", 2025, placed("DATE_PLACED=01/03/2024"), ad1("DATE_INT=01/03/2024")).passes(),
				child("523", 2025,
						row(Table.PLACED_FOR_ADOPTION, 7, "DATE_PLACED=01/01/2023", "DATE_PLACED_CEASED=01/02/2023"),
						placed("DATE_PLACED=01/03/2024"), ad1("DATE_INT=01/03/2024"))
					.passes(),
				child("525", 2025, placed("DATE_PLACED=01/03/2024", "DATE_PLACED_CEASED=01/05/2024"),
						ad1("NB_ADOPTR=1"))
					.flags(P, A),
				child("525", 2025,
						row(Table.PLACED_FOR_ADOPTION, 7, "DATE_PLACED=01/01/2023", "DATE_PLACED_CEASED=01/02/2023"),
						placed("DATE_PLACED=01/03/2024"), ad1("NB_ADOPTR=1"))
					.passes(),
				child("184", 2025, header("DOB=01/01/2020"), placed("DATE_PLACED=31/12/2019")).flags(P),
				child("184", 2025, header("DOB=01/01/2020"), placed("DATE_PLACED=01/01/2020")).passes(),
				child("117", 2025, STARTED, placed("DATE_PLACED=01/04/2025")).flags(P),
				child("117", 2025, ep(3, "DECOM=01/01/2024", "RNE=S", "DEC=01/10/2024", "REC=E4A"),
						placed("DATE_PLACED=01/03/2024", "DATE_PLACED_CEASED=02/10/2024"))
					.flags(P),
				child("117", 2025, ep(3, "DECOM=01/01/2024", "RNE=S", "DEC=01/10/2024", "REC=E4A"),
						placed("DATE_PLACED=01/03/2024", "DATE_PLACED_CEASED=01/10/2024"))
					.passes(),
				child("117", 2025, STARTED, placed("DATE_PLACED=31/03/2025")).passes(),
				child("118", 2025, STARTED, placed("DATE_PLACED_CEASED=31/03/2024")).flags(P),
				child("118", 2025, ep(3, "DECOM=01/06/2024", "RNE=S"), placed("DATE_PLACED_CEASED=31/05/2024"))
					.flags(P),
				child("118", 2025, STARTED, placed("DATE_PLACED_CEASED=01/04/2024")).passes(),
				child("1003", 2025, STARTED, placed("DATE_PLACED=31/12/2023")).flags(P),
				child("1003", 2025, STARTED, placed("DATE_PLACED=01/01/2024")).passes(),
				child("551", 2025, ep(3, "DECOM=01/06/2024", "PLACE=A4")).flags(E),
				child("551", 2025, ep(3, "DECOM=01/06/2024", "PLACE=A4"), placed("DATE_PLACED=01/03/2024")).passes(),
				child("552", 2025, ep(3, "DECOM=01/06/2024", "PLACE=A4"), placed("DATE_PLACED=02/06/2024")).flags(E, P),
				child("552", 2025, ep(3, "DECOM=01/06/2024", "PLACE=A4"), placed("DATE_PLACED=01/06/2024")).passes(),
				child("553", 2025, ORDER_OPEN).flags(E),
				child("553", 2025, ORDER_OPEN, placed("DATE_PLACED=01/03/2024", "REASON_PLACED_CEASED=RD1")).flags(E),
				child("553", 2025, ORDER_OPEN, placed("DATE_PLACED=01/03/2024")).passes(),
				child("554", 2025, ORDER_OPEN, placed("DATE_PLACED=02/06/2024")).flags(P),
				child("554", 2025, ORDER_OPEN, placed("DATE_PLACED=01/06/2024")).passes(),
				child("555", 2024, ep(3, "DECOM=01/06/2023", "LS=D1")).flags(E),
				child("555", 2024, ep(3, "DECOM=01/06/2023", "LS=D1"), placed("DATE_PLACED=01/03/2023")).passes(),
				child("555", 2025, ep(3, "DECOM=01/06/2024", "LS=D1")).passes(),
				child("556", 2024, ep(3, "DECOM=01/06/2023", "LS=D1"), placed("DATE_PLACED=02/06/2023")).flags(P),
				child("556", 2024, ep(3, "DECOM=01/06/2023", "LS=D1"), placed("DATE_PLACED=01/06/2023")).passes(),
				child("556", 2025, ep(3, "DECOM=01/06/2024", "LS=D1"), placed("DATE_PLACED=02/06/2024")).passes(),
				child("557", 2024, ep(3, "DECOM=01/06/2023", "LS=D1", "DEC=01/12/2023", "REC=E4A"),
						placed("DATE_PLACED=01/03/2023"))
					.flags(E),
				child("557", 2024, ep(3, "DECOM=01/06/2023", "PLACE=A4", "DEC=01/12/2023", "REC=E4A")).flags(E),
				child("557", 2024, ep(3, "DECOM=01/06/2023", "PLACE=A4", "DEC=01/12/2023", "REC=E4A"),
						placed("DATE_PLACED=01/03/2023", "DATE_PLACED_CEASED=01/12/2023", "REASON_PLACED_CEASED=RD1"))
					.passes(),
				child("557", 2025, ep(3, "DECOM=01/06/2024", "LS=E1", "DEC=01/12/2024", "REC=E4A"),
						placed("DATE_PLACED=01/03/2024", "DATE_PLACED_CEASED=01/12/2024"))
					.flags(E),
				child("557", 2025, ep(3, "DECOM=01/06/2024", "LS=D1", "DEC=01/12/2024", "REC=E4A"),
						placed("DATE_PLACED=01/03/2024"))
					.passes(),
				child("557", 2025, ADOPTED, placed("DATE_PLACED=01/03/2024")).passes(),
				child("558", 2025, ADOPTED,
						row(Table.PLACED_FOR_ADOPTION, 7, "DATE_PLACED=01/01/2024", "DATE_PLACED_CEASED=10/04/2024"),
						placed("DATE_PLACED=01/05/2024", "DATE_PLACED_CEASED=01/12/2024"))
					.flags(P),
				// one ceased date in the year: the DfE condition needs more than one
				child("558", 2025, ADOPTED, placed("DATE_PLACED=01/03/2024", "DATE_PLACED_CEASED=01/12/2024")).passes(),
				// the adoption is not the latest episode
				child("558", 2025, ADOPTED, ep(4, "DECOM=01/01/2025", "RNE=S", "LS=C2", "PLACE=U4"),
						row(Table.PLACED_FOR_ADOPTION, 7, "DATE_PLACED=01/01/2024", "DATE_PLACED_CEASED=10/04/2024"),
						placed("DATE_PLACED=01/05/2024", "DATE_PLACED_CEASED=01/12/2024"))
					.passes(),
				child("558", 2025, ADOPTED,
						row(Table.PLACED_FOR_ADOPTION, 7, "DATE_PLACED=01/01/2024", "DATE_PLACED_CEASED=10/04/2024"),
						row(Table.PLACED_FOR_ADOPTION, 8, "DATE_PLACED=01/02/2024", "DATE_PLACED_CEASED=20/04/2024"),
						placed("DATE_PLACED=01/05/2024"))
					.passes(),
				child("558", 2025, ADOPTED,
						row(Table.PLACED_FOR_ADOPTION, 7, "DATE_PLACED=01/01/2023", "DATE_PLACED_CEASED=01/02/2023"),
						placed("DATE_PLACED=01/03/2024"))
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
