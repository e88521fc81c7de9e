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

import org.ssda903.model.Table;

class AgeRulesTests {

	private static final ChildRuleTable RULES = new ChildRuleTable(AgeRules.rules());

	private static final String H = at(Table.HEADER, 2);

	private static String e(long line) {
		return at(Table.EPISODES, line);
	}

	static List<ChildCase> cases() {
		return List.of(
				child("302", 2025, header("DOB=01/06/2010"), ep(3, "DECOM=01/05/2010"), ep(4, "DECOM=01/07/2010"))
					.flags(e(3), H),
				child("302", 2025, header("DOB=01/06/2010"), ep(3, "DECOM=01/06/2010")).passes(),
				child("352", 2025, header("DOB=01/06/2006"), ep(3, "DECOM=01/06/2024", "RNE=S")).flags(e(3)),
				child("352", 2025, header("DOB=01/06/2006"), ep(3, "DECOM=31/05/2024", "RNE=S")).passes(),
				child("358", 2025, header("DOB=01/06/2014"), ep(3, "DECOM=01/06/2024", "LS=J1")).flags(e(3)),
				child("358", 2025, header("DOB=01/06/2014"), ep(3, "DECOM=02/06/2024", "LS=J2")).passes(),
				child("359", 2025, header("DOB=01/03/2007"), ep(3, "DECOM=01/06/2024", "LS=C2", "PLACE=U1"))
					.flags(e(3)),
				child("359", 2025, header("DOB=01/03/2007"), ep(3, "DECOM=01/06/2024", "LS=V2", "PLACE=K2")).passes(),
				child("359", 2025, header("DOB=31/03/2007"), ep(3, "DECOM=01/06/2024", "LS=C2")).passes(),
				child("370", 2023, header("DOB=01/06/2008"), ep(3, "DECOM=31/05/2023", "PLACE=P2")).flags(e(3)),
				child("370", 2023, header("DOB=01/06/2007"), ep(3, "DECOM=01/06/2022", "PLACE=P2")).passes(),
				child("370", 2024, header("DOB=01/06/2007"), ep(3, "DECOM=01/06/2022", "PLACE=P2")).flags(e(3)),
				child("370", 2024, header("DOB=01/06/2007"), ep(3, "DECOM=01/06/2023", "PLACE=P2")).passes(),
				child("370", 2025, header("DOB=01/06/2010"), ep(3, "DECOM=01/06/2024", "PLACE=P2")).passes(),
				child("371", 2023, header("DOB=01/06/2009"), ep(3, "DECOM=01/06/2022", "PLACE=H5")).flags(e(3)),
				child("371", 2023, header("DOB=01/06/2008"), ep(3, "DECOM=01/06/2022", "PLACE=H5")).passes(),
				child("371", 2024, header("DOB=01/06/2008"), ep(3, "DECOM=01/06/2023", "PLACE=H5")).flags(e(3)),
				child("371", 2024, header("DOB=01/06/2007"), ep(3, "DECOM=01/06/2023", "PLACE=H5")).passes(),
				child("371", 2025, header("DOB=01/06/2009"), ep(3, "DECOM=01/06/2024", "PLACE=K3")).flags(e(3)),
				child("371", 2025, header("DOB=01/06/2008"), ep(3, "DECOM=01/06/2024", "PLACE=K3")).passes(),
				child("371", 2025, header("DOB=01/06/2009"), ep(3, "DECOM=01/06/2024", "PLACE=H5")).passes(),
				child("372", 2025, header("DOB=01/06/2015"), ep(3, "DECOM=01/06/2024", "PLACE=R5")).flags(e(3)),
				child("372", 2025, header("DOB=01/06/2014"), ep(3, "DECOM=01/06/2024", "PLACE=R5")).passes(),
				child("373", 2025, header("DOB=01/06/2021"), ep(3, "DECOM=01/06/2024", "PLACE=S1")).flags(e(3)),
				child("373", 2025, header("DOB=01/06/2020"), ep(3, "DECOM=01/06/2024", "PLACE=S1")).passes(),
				child("374", 2025, header("DOB=01/06/2011"), ep(3, "DECOM=01/06/2024", "PLACE=P3")).flags(e(3)),
				child("374", 2025, header("DOB=01/06/2010"), ep(3, "DECOM=01/06/2024", "PLACE=P3")).passes(),
				child("386", 2025, header("DOB=01/06/2006"), ep(3, "DECOM=01/06/2023", "DEC=01/06/2024", "REC=E11"))
					.flags(e(3)),
				child("386", 2025, header("DOB=01/06/2006"), ep(3, "DECOM=01/06/2023", "DEC=31/05/2024", "REC=E12"))
					.passes(),
				child("387", 2025, header("DOB=01/06/2010"), ep(3, "DECOM=01/06/2023", "DEC=31/05/2024", "REC=E5"))
					.flags(e(3)),
				child("387", 2025, header("DOB=01/06/2010"), ep(3, "DECOM=01/06/2023", "DEC=01/06/2024", "REC=E6"))
					.passes(),
				child("389", 2025, header("DOB=01/06/2008"), ep(3, "DECOM=01/06/2023", "DEC=31/05/2024", "REC=E7"))
					.flags(e(3)),
				child("389", 2025, header("DOB=01/06/2008"), ep(3, "DECOM=01/06/2023", "DEC=01/06/2024", "REC=E7"))
					.passes(),
				child("407", 2025, header("DOB=01/06/2006"), ep(3, "DECOM=01/06/2023", "DEC=02/06/2024", "REC=E45"))
					.flags(e(3)),
				child("407", 2025, header("DOB=01/06/2006"), ep(3, "DECOM=01/06/2023", "DEC=01/06/2024", "REC=E48"))
					.passes(),
				child("460", 2025, header("DOB=01/06/2006"), ep(3, "DECOM=01/06/2023", "DEC=31/05/2024", "REC=E17"))
					.flags(e(3)),
				child("460", 2025, header("DOB=01/06/2006"), ep(3, "DECOM=01/06/2023", "DEC=01/06/2024", "REC=E17"))
					.passes(),
				child("234", 2026, header("DOB=01/06/2015"), ep(3, "DECOM=31/05/2025", "REASON_PLACE_CHANGE=CUSTOD"))
					.flags(e(3)),
				child("234", 2026, header("DOB=01/06/2015"), ep(3, "DECOM=01/06/2025", "REASON_PLACE_CHANGE=CUSTOD"))
					.passes(),
				child("234", 2025, header("DOB=01/06/2015"), ep(3, "DECOM=31/05/2024", "REASON_PLACE_CHANGE=CUSTOD"))
					.passes(),
				child("210", 2025, header("UPN=UN4"), ep(3, "DECOM=23/03/2025")).flags(H),
				child("210", 2025, header("UPN=UN4"), ep(3, "DECOM=01/06/2024"), ep(4, "DECOM=24/03/2025")).passes(),
				child("442", 2025, header("UPN="), ep(3, "DECOM=01/06/2024", "LS=C2")).flags(H),
				child("442", 2025, header("UPN="), ep(3, "DECOM=01/06/2024", "LS=V3")).passes(),
				child("393", 2025, header("SEX=F"), ep(3, "LS=C2")).flags(H),
				child("393", 2024, header("SEX=2"), ep(3, "LS=C2")).flags(H),
				child("393", 2025, header("SEX=F", "MOTHER=0"), ep(3, "LS=C2")).passes(),
				child("393", 2025, header("SEX=F"), ep(3, "LS=V4")).passes(),
				child("607", 2025, header("SEX=F"), ep(3, "DECOM=01/06/2024", "DEC=01/07/2024", "REC=E4A", "LS=C2"))
					.flags(H),
				child("607", 2025, header("SEX=F"), ep(3, "DECOM=01/06/2024", "DEC=01/07/2024", "REC=X1", "LS=C2"))
					.passes(),
				child("607", 2025, header("SEX=M"), ep(3, "DECOM=01/06/2024", "DEC=01/07/2024", "REC=E4A", "LS=C2"))
					.passes(),
				child("165", 2025, header("SEX=F", "MOTHER=2")).flags(H),
				child("165", 2025, header("SEX=M", "MOTHER=0")).flags(H),
				child("165", 2025, header("SEX=F"), ep(3, "DECOM=01/06/2024", "LS=C2")).flags(H),
				child("165", 2024, header("SEX=2"), ep(3, "DECOM=01/06/2023", "LS=C2")).flags(H),
				child("165", 2025, header("SEX=F", "MOTHER=1"), row(Table.OC3, 4, "IN_TOUCH=YES")).flags(H),
				child("165", 2025, header("SEX=F", "MOTHER=0"), ep(3, "DECOM=01/06/2024", "LS=C2")).passes(),
				child("165", 2025, header("SEX=F"), ep(3, "DECOM=01/06/2024", "LS=V3")).passes(),
				child("625", 2025, header("MC_DOB=01/04/2025")).flags(H),
				child("625", 2025, header("MC_DOB=02/07/2024"), ep(3, "DECOM=01/06/2024", "DEC=01/07/2024")).flags(H),
				child("625", 2025, header("MC_DOB=01/07/2024"), ep(3, "DECOM=01/06/2024", "DEC=01/07/2024")).passes(),
				child("628", 2025, header("MOTHER=0"), row(Table.OC3, 4, "IN_TOUCH=YES")).flags(H),
				child("628", 2025, header("MOTHER=0"), ep(3, "DECOM=01/06/2024"), row(Table.OC3, 4, "IN_TOUCH=YES"))
					.passes(),
				child("399", 2025, header("MOTHER=0"), ep(3, "LS=V3"), row(Table.REVIEWS, 5, "REVIEW=01/06/2024"))
					.flags(H, at(Table.REVIEWS, 5)),
				child("399", 2025, header("MOTHER=0"), ep(3, "LS=V3"), ep(4, "LS=C2")).passes(),
				child("EPI", 2025, header()).flags(H),
				child("EPI", 2025, header(), row(Table.OC3, 4, "IN_TOUCH=YES")).passes());
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
