package org.ssda903.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssda903.kpi.KpiTesting.overall;
import static org.ssda903.kpi.KpiTesting.row;
import static org.ssda903.kpi.KpiTesting.run;
import static org.ssda903.kpi.KpiTesting.summary;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.ssda903.model.Table;

/**
 * The wider 903 catalogue over 2024-25 (1 April 2024 to 31 March 2025), each answer
 * worked by hand.
 */
class WiderKpisTests {

	/**
	 * Five children looked after at 31 March 2025 in different placements, and a short
	 * break.
	 */
	private static Extract placements() {
		return new Extract()
			// A: 10, kinship foster care, in-house, care order
			.header("A", "F", "01/01/2015")
			.placed("A", "01/01/2024", "S", "C2", "U1", "PR1", "", "")
			// B: 16, other foster care with an agency (PR4), s20
			.header("B", "M", "01/01/2009")
			.placed("B", "01/01/2024", "S", "V2", "U4", "PR4", "", "")
			// C: 17, supported accommodation (K3)
			.header("C", "M", "01/06/2007")
			.placed("C", "01/01/2024", "S", "V2", "K3", "PR4", "", "")
			// D: 12, children's home, moved there from foster care in the year
			.header("D", "F", "01/01/2013")
			.placed("D", "01/01/2024", "S", "C2", "U6", "PR1", "01/09/2024", "X1")
			.placed("D", "01/09/2024", "P", "C2", "K2", "PR4", "", "")
			// E: 5, placed with parents under an interim care order
			.header("E", "M", "01/01/2020")
			.placed("E", "01/01/2024", "S", "C1", "P1", "PR0", "", "")
			// F: a short break in foster care: in no cohort
			.header("F", "F", "01/01/2015")
			.placed("F", "01/03/2025", "S", "V3", "U4", "PR1", "", "");
	}

	@Test
	void placementMixOfChildrenLookedAfterAtTheEnd() {
		Extract extract = placements();
		// kinship: A of A..E = 1/5
		assertThat(summary(overall(run(find("PLC-02"), extract)))).isEqualTo("1/5 20.0");
		// in-house of foster children: A (U1, PR1) of A and B; D is no longer in foster
		// care at the end
		List<KpiResult> inHouse = run(find("PLC-03"), extract);
		assertThat(summary(overall(inHouse))).isEqualTo("1/2 50.0");
		assertThat(summary(row(inHouse, "placement_group", "foster care: other"))).isEqualTo("0/1 0.0");
		// children's homes: D
		List<KpiResult> homes = run(find("PLC-04"), extract);
		assertThat(summary(overall(homes))).isEqualTo("1/5 20.0");
		assertThat(summary(row(homes, "provider", "private"))).isEqualTo("1/3 33.3");
		// supported accommodation among 16-17s: C of B and C
		assertThat(summary(overall(run(find("PLC-05"), extract)))).isEqualTo("1/2 50.0");
		// placed with parents: E, split by legal status
		List<KpiResult> withParents = run(find("PLC-07"), extract);
		assertThat(summary(overall(withParents))).isEqualTo("1/5 20.0");
		assertThat(summary(row(withParents, "legal_status", "care order"))).isEqualTo("1/3 33.3");
		assertThat(summary(row(withParents, "legal_status", "voluntary s20"))).isEqualTo("0/2 0.0");
		assertThat(summary(overall(run(find("PLC-06"), extract)))).isEqualTo("0/ 0");
	}

	@Test
	void longTermStabilityCountsTheCurrentPlacementAcrossAnAdoptionByTheFosterCarers() {
		Extract extract = new Extract()
			// A: 10, in care since 2020, same foster carers since 2021: in cohort and
			// stable
			.header("A", "F", "01/01/2015")
			.episode("A", "01/01/2020", "S", "C2", "U4", "01/01/2021", "X1")
			.episode("A", "01/01/2021", "P", "C2", "U6", "", "")
			// B: 8, in care since 2020, moved in 2024: in cohort, not stable
			.header("B", "M", "01/01/2017")
			.episode("B", "01/01/2020", "S", "C2", "U4", "01/06/2024", "X1")
			.episode("B", "01/06/2024", "P", "C2", "U6", "", "")
			// C: 6, with the same carers since 2021, who became adopters in 2024 (RNE T,
			// A5): stable
			.header("C", "F", "01/01/2019")
			.episode("C", "01/01/2021", "S", "C2", "U4", "01/06/2024", "X1")
			.episode("C", "01/06/2024", "T", "E1", "A5", "", "")
			// D: 16 at the end: too old for the cohort
			.header("D", "M", "01/01/2009")
			.episode("D", "01/01/2020", "S", "C2", "U4", "", "")
			// E: in care only since 01/01/2023, under 2.5 years at the end: not in cohort
			.header("E", "M", "01/01/2015")
			.episode("E", "01/01/2023", "S", "C2", "U4", "", "");

		assertThat(summary(overall(run(find("STB-02"), extract)))).isEqualTo("2/3 66.7");
	}

	@Test
	void socialWorkersHealthAndCareLeavers() {
		Extract extract = new Extract()
			// A: three social workers overlapping the year (one ended on 1 April 2024):
			// counted
			.header("A", "F", "01/01/2012")
			.episode("A", "01/01/2023", "S", "C2", "U4", "", "")
			.row(Table.SW_EPISODES, "A", "SW_ID", "SW1", "SW_DECOM", "01/01/2023", "SW_DEC", "01/04/2024")
			.row(Table.SW_EPISODES, "A", "SW_ID", "SW2", "SW_DECOM", "01/04/2024", "SW_DEC", "01/10/2024")
			.row(Table.SW_EPISODES, "A", "SW_ID", "SW3", "SW_DECOM", "01/10/2024", "SW_DEC", "")
			.row(Table.OC2, "A", "TEETH_CHECK", "1", "IMMUNISATIONS", "0", "SDQ_SCORE", "12", "CONVICTED", "1")
			// B: two social workers, the first ending before the year: 1 in the period
			.header("B", "M", "01/01/2008")
			.episode("B", "01/01/2023", "S", "C2", "U4", "", "")
			.row(Table.SW_EPISODES, "B", "SW_ID", "SW1", "SW_DECOM", "01/01/2023", "SW_DEC", "31/03/2024")
			.row(Table.SW_EPISODES, "B", "SW_ID", "SW4", "SW_DECOM", "31/03/2024", "SW_DEC", "")
			.row(Table.OC2, "B", "TEETH_CHECK", "0", "IMMUNISATIONS", "1", "SDQ_SCORE", "", "CONVICTED", "0")
			// C: 3, started in the year: not in the OC2 cohort
			.header("C", "M", "01/01/2022")
			.episode("C", "01/06/2024", "S", "C2", "U4", "", "")
			// care leavers: 19th birthday in the year, in touch, NEET, unsuitable
			.row(Table.OC3, "L1", "DOB", "01/06/2005", "IN_TOUCH", "YES", "ACTIV", "G4", "ACCOM", "B2")
			// 21st birthday, not in touch, EET, suitable
			.row(Table.OC3, "L2", "DOB", "01/06/2003", "IN_TOUCH", "NO", "ACTIV", "F2", "ACCOM", "D1")
			// 18th birthday, EET, suitable
			.row(Table.OC3, "L3", "DOB", "01/06/2006", "IN_TOUCH", "YES", "ACTIV", "P5", "ACCOM", "T1")
			// died: out of every cohort
			.row(Table.OC3, "L4", "DOB", "01/06/2005", "IN_TOUCH", "DIED", "ACTIV", "", "ACCOM", "");

		assertThat(summary(overall(run(find("STB-03"), extract)))).isEqualTo("1/3 33.3");
		// OC2 cohort: A and B (C started in the year)
		assertThat(summary(overall(run(find("HLT-02"), extract)))).isEqualTo("1/2 50.0");
		assertThat(summary(overall(run(find("HLT-03"), extract)))).isEqualTo("1/2 50.0");
		// SDQ: A (13) and B (17, too old): A has a score
		assertThat(summary(overall(run(find("HLT-04"), extract)))).isEqualTo("1/1 100.0");
		// convictions of 10-17s: A and B
		assertThat(summary(overall(run(find("OUT-01"), extract)))).isEqualTo("1/2 50.0");
		assertThat(summary(overall(run(find("CL-01"), extract)))).isEqualTo("1/2 50.0");
		assertThat(summary(overall(run(find("CL-03"), extract)))).isEqualTo("1/2 50.0");
		assertThat(summary(overall(run(find("CL-06"), extract)))).isEqualTo("1/2 50.0");
		assertThat(summary(overall(run(find("CL-04"), extract)))).isEqualTo("1/1 100.0");
		assertThat(summary(overall(run(find("CL-05"), extract)))).isEqualTo("1/1 100.0");
	}

	@Test
	void missingIncidentsAwayAndExitRoutes() {
		Extract extract = new Extract()
			// A: looked after all year; two missing incidents (2 and 9 days) and one away
			.episode("A", "01/01/2024", "S", "C2", "U4", "", "")
			.missing("A", "M", "01/05/2024", "03/05/2024")
			.missing("A", "M", "01/06/2024", "10/06/2024")
			.missing("A", "A", "01/07/2024", "01/07/2024")
			// B: an incident that began before the year and ended in it (5 days), and one
			// still open
			.episode("B", "01/01/2024", "S", "C2", "U4", "", "")
			.missing("B", "M", "29/03/2024", "03/04/2024")
			.missing("B", "M", "28/03/2025", "")
			// C: ceased in the year: adopted
			.episode("C", "01/01/2023", "S", "E1", "A4", "01/08/2024", "E11")
			// D: returned home as planned, then came back and left to special
			// guardianship: the last leaving decides
			.episode("D", "01/01/2023", "S", "C2", "U4", "01/05/2024", "E4A")
			.episode("D", "01/07/2024", "S", "C2", "U4", "01/12/2024", "E45")
			// E: returned home outside the plan
			.episode("E", "01/01/2024", "S", "V2", "U4", "01/10/2024", "E4B");

		assertThat(summary(overall(run(find("MIS-02"), extract)))).isEqualTo("4/ 4");
		// durations of incidents ended in the year: 2, 9, 5 -> median 5
		assertThat(summary(overall(run(find("MIS-03"), extract)))).isEqualTo("/3 5.0");
		// away: A of the 5 children looked after in the year
		assertThat(summary(overall(run(find("MIS-04"), extract)))).isEqualTo("1/5 20.0");
		// ceased: C, D, E
		assertThat(summary(overall(run(find("PRM-01"), extract)))).isEqualTo("2/3 66.7");
		assertThat(summary(overall(run(find("PRM-03"), extract)))).isEqualTo("1/3 33.3");
		assertThat(summary(overall(run(find("PRM-04"), extract)))).isEqualTo("1/3 33.3");
		assertThat(summary(overall(run(find("PRM-05"), extract)))).isEqualTo("0/3 0.0");
		assertThat(summary(overall(run(find("PRM-06"), extract)))).isEqualTo("1/3 33.3");
	}

	@Test
	void uascShareOfStarters() {
		Extract extract = new Extract().header("A", "M", "01/01/2008")
			.episode("A", "01/06/2024", "S", "V2", "U4", "", "")
			.uasc("A", "")
			// B: UASC status ceased before starting: not a UASC starter
			.header("B", "M", "01/01/2007")
			.episode("B", "01/06/2024", "S", "V2", "U4", "", "")
			.uasc("B", "01/01/2024")
			.header("C", "F", "01/01/2010")
			.episode("C", "01/07/2024", "S", "C2", "U4", "", "")
			.header("D", "F", "01/01/2010")
			.episode("D", "01/07/2024", "S", "C2", "U4", "", "");

		assertThat(summary(overall(run(find("UAS-02"), extract)))).isEqualTo("1/4 25.0");
	}

	@Test
	void theWholeCatalogueKeepsTheCoreAndHasOneCalculatorPerId() {
		List<String> ids = KpiCatalogue.all().stream().map((k) -> k.definition().id()).toList();
		assertThat(ids).doesNotHaveDuplicates().isSorted();
		assertThat(ids).containsAll(KpiCatalogue.core().stream().map((k) -> k.definition().id()).toList());
		assertThat(ids).contains("PLC-02", "LOC-01", "LOC-03", "STB-02", "STB-03", "HLT-05", "EXT-01", "EXT-02",
				"AFT-01");
	}

	static KpiCalculator find(String id) {
		return KpiCatalogue.all()
			.stream()
			.filter((k) -> k.definition().id().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no KPI " + id));
	}

}
