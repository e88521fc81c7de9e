package org.ssda903.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssda903.kpi.KpiTesting.YEAR_2024_25;
import static org.ssda903.kpi.KpiTesting.overall;
import static org.ssda903.kpi.KpiTesting.row;
import static org.ssda903.kpi.KpiTesting.run;
import static org.ssda903.kpi.KpiTesting.summary;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.ssda903.reference.GridRef;
import org.ssda903.reference.InMemoryPostcodeLookup;
import org.ssda903.reference.PostcodeLookup;

/** PLC-01, STB-01 and LOC-02 over 2024-25 (1 April 2024 to 31 March 2025). */
class PlacementKpisTests {

	@Test
	void fosterCareShareByAgeSexAndUasc() {
		Extract extract = new Extract()
			// A: female, 13, in U1 at the end: counted
			.header("A", "F", "01/01/2012")
			.episode("A", "01/01/2024", "S", "C2", "U1", "", "")
			// C: male, 17, moved from foster care to a children's home in the period: the
			// end placement decides
			.header("C", "M", "01/01/2008")
			.episode("C", "01/04/2023", "S", "C2", "U4", "01/01/2025", "X1")
			.episode("C", "01/01/2025", "P", "C2", "K2", "", "")
			// D: female, 13, two open episodes (bad data): the one with the latest DECOM,
			// U6, is the episode at
			// the end
			.header("D", "F", "01/01/2012")
			.episode("D", "01/05/2024", "S", "C2", "R1", "", "")
			.episode("D", "01/06/2024", "P", "C2", "U6", "", "")
			// E: a short break in foster care: in no cohort
			.header("E", "F", "01/01/2012")
			.episode("E", "01/03/2025", "S", "V4", "U6", "", "");

		List<KpiResult> rows = run(KpiCatalogue.inFosterCare(), extract);

		// A and D of A, C, D: 2/3 = 66.666.. -> 66.7
		assertThat(summary(overall(rows))).isEqualTo("2/3 66.7");
		assertThat(summary(row(rows, "age_band", "10-15"))).isEqualTo("2/2 100.0");
		assertThat(summary(row(rows, "age_band", "16+"))).isEqualTo("0/1 0.0");
		// an empty group has a blank value, not 0
		assertThat(summary(row(rows, "age_band", "under 1"))).isEqualTo("0/0 ");
		assertThat(summary(row(rows, "sex", "female"))).isEqualTo("2/2 100.0");
		assertThat(summary(row(rows, "sex", "male"))).isEqualTo("0/1 0.0");
		assertThat(summary(row(rows, "uasc", "UASC"))).isEqualTo("0/0 ");
		assertThat(summary(row(rows, "uasc", "not UASC"))).isEqualTo("2/3 66.7");
		assertThat(rows).hasSize(1 + 6 + 3 + 2);
	}

	@Test
	void threeOrMorePlacementsWithTheCountingExceptions() {
		Extract extract = new Extract()
			// A: three moves in the period: 3 placements
			.episode("A", "01/01/2024", "S", "C2", "U4", "01/06/2024", "X1")
			.episode("A", "01/06/2024", "P", "C2", "U6", "01/09/2024", "X1")
			.episode("A", "01/09/2024", "P", "C2", "K2", "", "")
			// B: the middle episode changes the legal status only (RNE L): 2 placements
			.episode("B", "01/01/2024", "S", "C1", "U4", "01/06/2024", "X1")
			.episode("B", "01/06/2024", "L", "C2", "U4", "01/09/2024", "X1")
			.episode("B", "01/09/2024", "P", "C2", "K2", "", "")
			// C: the foster carers become the adopters (RNE T, A5): 2 placements
			.episode("C", "01/01/2024", "S", "C2", "U6", "01/05/2024", "X1")
			.episode("C", "01/05/2024", "P", "C2", "U4", "01/08/2024", "X1")
			.episode("C", "01/08/2024", "T", "E1", "A5", "", "")
			// D: back to the same carers after a temporary move (T3): 2 placements
			.episode("D", "01/01/2024", "S", "C2", "U4", "01/06/2024", "X1", "", "AB1 2CD", "1234567")
			.episode("D", "01/06/2024", "T", "C2", "T3", "15/06/2024", "X1", "", "", "")
			.episode("D", "15/06/2024", "T", "C2", "U4", "01/10/2024", "X1", "", "AB1 2CD", "1234567")
			.episode("D", "01/10/2024", "P", "C2", "K2", "", "")
			// E: after a temporary move (T1) to different carers: 3 placements
			.episode("E", "01/01/2024", "S", "C2", "U4", "01/06/2024", "X1", "", "AB1 2CD", "1234567")
			.episode("E", "01/06/2024", "T", "C2", "T1", "10/06/2024", "X1", "", "", "")
			.episode("E", "10/06/2024", "P", "C2", "U6", "01/10/2024", "X1", "", "EF3 4GH", "7654321")
			.episode("E", "01/10/2024", "P", "C2", "K2", "", "")
			// F: the episode ending on the first day overlaps the period, the earlier one
			// does not: U6, K2, R1 = 3
			.episode("F", "01/01/2023", "S", "C2", "U4", "01/06/2023", "X1")
			.episode("F", "01/06/2023", "P", "C2", "U6", "01/04/2024", "X1")
			.episode("F", "01/04/2024", "P", "C2", "K2", "01/02/2025", "X1")
			.episode("F", "01/02/2025", "P", "C2", "R1", "", "")
			// G: short breaks beside a settled placement are ignored: 1 placement
			.episode("G", "01/01/2023", "S", "C2", "U4", "", "")
			.episode("G", "01/05/2024", "S", "V3", "U6", "03/05/2024", "E8")
			.episode("G", "01/07/2024", "S", "V3", "K2", "03/07/2024", "E8")
			// H: 3 placements but left care before the end: not in CLA-01, so in neither
			// count
			.episode("H", "01/01/2024", "S", "C2", "U4", "01/06/2024", "X1")
			.episode("H", "01/06/2024", "P", "C2", "U6", "01/09/2024", "X1")
			.episode("H", "01/09/2024", "P", "C2", "K2", "01/03/2025", "E4A");

		// A, E, F of A..G: 3/7 = 42.857.. -> 42.9
		assertThat(summary(overall(run(KpiCatalogue.threeOrMorePlacements(), extract)))).isEqualTo("3/7 42.9");
	}

	@Test
	void placedMoreThanTwentyMilesFromHome() {
		InMemoryPostcodeLookup postcodes = new InMemoryPostcodeLookup();
		postcodes.put("HM1 1AA", new GridRef(500000, 200000, "E06000034", ""));
		// 32251 m east of HM1 1AA: 20.04 miles, 20.0 once rounded, so not over 20
		postcodes.put("PL1 1AA", new GridRef(532251, 200000, "E06000034", ""));
		// 32267 m east: 20.0503 miles, 20.1 once rounded
		postcodes.put("PL2 2BB", new GridRef(532267, 200000, "E06000034", ""));
		postcodes.put("EL1 1AA", new GridRef(100000, 100000, "E07000001", "E10000001"));
		postcodes.put("FAR 1AA", new GridRef(100000, 200000, "E07000001", "E10000001"));
		// a district of another code whose upper tier is the council
		postcodes.put("UT1 1AA", new GridRef(510000, 210000, "E07000099", "E06000034"));
		Extract extract = new Extract()
			// A: 20.1 miles, home in the council, UASC: over
			.episode("A", "01/01/2024", "S", "C2", "U4", "", "", "HM1 1AA", "PL2 2BB", "")
			.uasc("A", "")
			// B: 20.04 miles: not over
			.episode("B", "01/01/2024", "S", "C2", "U4", "", "", "HM1 1AA", "PL1 1AA", "")
			// C: 100 km = 62.1 miles, home elsewhere: over
			.episode("C", "01/01/2024", "S", "C2", "U4", "", "", "EL1 1AA", "FAR 1AA", "")
			// D: no home postcode: distance unknown, still in the denominator
			.episode("D", "01/01/2024", "S", "C2", "U4", "", "", "", "PL1 1AA", "")
			// E: home postcode not in the lookup: distance unknown
			.episode("E", "01/01/2024", "S", "C2", "U4", "", "", "ZZ9 9ZZ", "PL1 1AA", "")
			// F: postcodes written without spaces match: 20.1 miles, over
			.episode("F", "01/01/2024", "S", "C2", "U4", "", "", "HM11AA", "PL22BB", "")
			// G: far away but no longer looked after: not in CLA-01
			.episode("G", "01/01/2024", "S", "C2", "U4", "01/03/2025", "E4A", "EL1 1AA", "FAR 1AA", "")
			// H: was far away, now at home: the episode at the end decides, 0 miles
			.episode("H", "01/01/2024", "S", "C2", "U4", "01/06/2024", "X1", "HM1 1AA", "FAR 1AA", "")
			.episode("H", "01/06/2024", "P", "C2", "U4", "", "", "HM1 1AA", "HM1 1AA", "")
			// I: home in the council through its upper tier; no placement postcode, so
			// distance unknown
			.episode("I", "01/01/2024", "S", "C2", "U4", "", "", "UT1 1AA", "", "");

		List<KpiResult> rows = run(KpiCatalogue.placedFarFromHome(), extract.children(), List.of(), YEAR_2024_25,
				postcodes);

		// A, C, F of A, B, C, D, E, F, H, I: 3/8 = 37.5
		assertThat(summary(overall(rows))).isEqualTo("3/8 37.5");
		// from the council: A, B, F, H, I -> 2/5; elsewhere: C -> 1/1; unknown: D, E ->
		// 0/2
		assertThat(summary(row(rows, "home_postcode", "from the council"))).isEqualTo("2/5 40.0");
		assertThat(summary(row(rows, "home_postcode", "from elsewhere"))).isEqualTo("1/1 100.0");
		assertThat(summary(row(rows, "home_postcode", "unknown"))).isEqualTo("0/2 0.0");
		// UASC: A -> 1/1; not UASC: C, F of 7 -> 28.571.. -> 28.6
		assertThat(summary(row(rows, "uasc", "UASC"))).isEqualTo("1/1 100.0");
		assertThat(summary(row(rows, "uasc", "not UASC"))).isEqualTo("2/7 28.6");
		// by origin, UASC first since they have no home postcode of their own: the
		// council's B, F, H, I -> 1/4
		assertThat(summary(row(rows, "origin", "from the council"))).isEqualTo("1/4 25.0");
		assertThat(summary(row(rows, "origin", "from elsewhere"))).isEqualTo("1/1 100.0");
		assertThat(summary(row(rows, "origin", "UASC"))).isEqualTo("1/1 100.0");
		assertThat(summary(row(rows, "origin", "unknown"))).isEqualTo("0/2 0.0");
		assertThat(rows).extracting(KpiResult::breakdownValue)
			.containsExactly("", "from the council", "from elsewhere", "unknown", "UASC", "not UASC",
					"from the council", "from elsewhere", "UASC", "unknown");
	}

	@Test
	void withoutAPostcodeLookupEveryDistanceIsUnknown() {
		Extract extract = new Extract().episode("A", "01/01/2024", "S", "C2", "U4", "", "", "EL1 1AA", "FAR 1AA", "");

		List<KpiResult> rows = run(KpiCatalogue.placedFarFromHome(), extract.children(), List.of(), YEAR_2024_25,
				PostcodeLookup.none());

		assertThat(summary(overall(rows))).isEqualTo("0/1 0.0");
		assertThat(summary(row(rows, "home_postcode", "unknown"))).isEqualTo("0/1 0.0");
	}

}
