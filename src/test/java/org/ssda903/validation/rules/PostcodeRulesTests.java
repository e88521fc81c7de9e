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
import org.ssda903.reference.GridRef;
import org.ssda903.reference.InMemoryPostcodeLookup;

/** The rules on the fields derived from the episode postcodes. */
class PostcodeRulesTests {

	private static final ChildRuleTable RULES = new ChildRuleTable(PostcodeRules.rules());

	private static final String EP = at(Table.EPISODES, 2);

	/**
	 * Home; a placement 3.1 miles away in the council; one 12.4 miles away in another
	 * council; one in Scotland; one 416.8 miles away; and one with a grid reference off
	 * the national grid.
	 */
	static InMemoryPostcodeLookup postcodes() {
		InMemoryPostcodeLookup lookup = new InMemoryPostcodeLookup();
		lookup.put("HOME1", new GridRef(400000, 300000, ChildRuleTable.LA_CODE, ChildRuleTable.LA_CODE));
		lookup.put("NEAR1", new GridRef(403000, 304000, ChildRuleTable.LA_CODE, ChildRuleTable.LA_CODE));
		lookup.put("AWAY1", new GridRef(420000, 300000, "E07000001", "E10000001"));
		lookup.put("SCOT1", new GridRef(300000, 700000, "S12000001", ""));
		lookup.put("FAR1", new GridRef(100000, 900000, "E06000052", "E06000052"));
		lookup.put("BROKEN1", new GridRef(5000000, 300000, "E06000052", "E06000052"));
		return lookup;
	}

	private static Row placement(String... assignments) {
		return ep(2, assignments);
	}

	private static Row uasc() {
		return row(Table.UASC, 2, "DOB=01/06/2008");
	}

	static List<ChildCase> cases() {
		return List.of(
				child("164", 2025, placement("LS=C2", "HOME_POST=HOME1", "PL_POST=BROKEN1")).withPostcodes(postcodes())
					.flags(EP),
				child("164", 2025, placement("LS=C2", "HOME_POST=HOME1", "PL_POST=NEAR1")).withPostcodes(postcodes())
					.passes(),
				child("164", 2025, placement("LS=C2", "HOME_POST=HOME1", "PL_POST=BROKEN1"), uasc())
					.withPostcodes(postcodes())
					.passes(),
				child("169", 2025, placement("LS=C2", "PL_POST=XX11XX")).withPostcodes(postcodes()).flags(EP),
				child("169", 2025, placement("LS=C2", "PL_POST=SCOT1")).withPostcodes(postcodes()).passes(),
				child("169", 2025, placement("LS=V3")).withPostcodes(postcodes()).passes(),
				child("179", 2025, placement("LS=C2")).withPostcodes(postcodes()).flags(EP),
				child("179", 2025, placement("LS=C2", "PL_POST=AWAY1")).withPostcodes(postcodes()).passes(),
				child("392a", 2025, placement("LS=C2", "PL_POST=NEAR1")).withPostcodes(postcodes()).flags(EP),
				child("392a", 2025, placement("LS=C2", "HOME_POST=HOME1", "PL_POST=NEAR1")).withPostcodes(postcodes())
					.passes(),
				child("392a", 2025, placement("LS=C2", "PL_POST=NEAR1"), uasc()).withPostcodes(postcodes()).passes(),
				// formerly UASC: in last year's uasc.csv only
				child("392a", 2025, placement("LS=C2", "PL_POST=NEAR1")).withLastYear(uasc())
					.withPostcodes(postcodes())
					.passes(),
				child("392b", 2025, placement("LS=C2", "PL_POST=NEAR1")).withPostcodes(postcodes()).flags(EP),
				child("392b", 2025, placement("LS=C2", "HOME_POST=ZZ11ZZ", "PL_POST=NEAR1")).withPostcodes(postcodes())
					.passes(),
				// a blank postcode shows without the lookup: the rule runs without
				// --postcodes
				child("392b", 2025, placement("LS=C2", "PL_POST=NEAR1")).flags(EP),
				child("392b", 2025, placement("LS=C2", "HOME_POST=ZZ11ZZ", "PL_POST=NEAR1")).passes(),
				child("392c", 2025, placement("LS=C2", "HOME_POST=ZZ11ZZ", "PL_POST=NEAR1")).withPostcodes(postcodes())
					.flags(EP),
				child("392c", 2025, placement("LS=C2", "PL_POST=NEAR1")).withPostcodes(postcodes()).passes(),
				child("406", 2025, placement("LS=C2", "HOME_POST=HOME1", "PL_POST=NEAR1"), uasc())
					.withPostcodes(postcodes())
					.flags(EP),
				child("406", 2025, placement("LS=C2", "PL_POST=NEAR1"), uasc()).withPostcodes(postcodes()).passes(),
				child("420", 2025, placement("LS=V3", "PL_POST=NEAR1")).withPostcodes(postcodes()).flags(EP),
				child("420", 2025, placement("LS=V3")).withPostcodes(postcodes()).passes(),
				child("1015", 2025, placement("LS=C2", "PLACE=K2", "PLACE_PROVIDER=PR1", "PL_POST=AWAY1"))
					.withPostcodes(postcodes())
					.flags(EP),
				child("1015", 2025, placement("LS=C2", "PLACE=U1", "PLACE_PROVIDER=PR1", "PL_POST=AWAY1"))
					.withPostcodes(postcodes())
					.passes(),
				child("1015", 2025, placement("LS=C2", "PLACE=K2", "PLACE_PROVIDER=PR1", "PL_POST=NEAR1"))
					.withPostcodes(postcodes())
					.passes(),
				child("454", 2026, placement("LS=C2", "HOME_POST=HOME1", "PL_POST=FAR1")).withPostcodes(postcodes())
					.flags(EP),
				child("454", 2026, placement("LS=C2", "HOME_POST=HOME1", "PL_POST=SCOT1")).withPostcodes(postcodes())
					.passes(),
				child("454", 2025, placement("LS=C2", "HOME_POST=HOME1", "PL_POST=FAR1")).withPostcodes(postcodes())
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
