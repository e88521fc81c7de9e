package org.ssda903.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssda903.kpi.KpiTesting.YEAR_2024_25;
import static org.ssda903.kpi.KpiTesting.overall;
import static org.ssda903.kpi.KpiTesting.run;
import static org.ssda903.kpi.KpiTesting.summary;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.ssda903.reference.PostcodeLookup;

/** HLT-01, MIS-01, CL-02 and PRM-02. */
class CohortKpisTests {

	/** The 12 months to 30 September 2025: 1 October 2024 to 30 September 2025. */
	private static final KpiPeriod YEAR_TO_SEPTEMBER_2025 = KpiPeriod.asAt(LocalDate.of(2025, 9, 30));

	@Test
	void annualHealthAssessmentCohortWalksBackIntoLastYearsReturn() {
		Extract current = new Extract()
			// A: this year's file starts at the 15/03/2025 move; last year's shows the
			// period began 01/06/2024,
			// before the period start: in the cohort, assessed
			.episode("A", "15/03/2025", "P", "C2", "U4", "", "")
			.oc2("A", "1")
			// B: last year's return shows the period began 01/12/2024, after the period
			// start: not in the cohort
			.episode("B", "15/03/2025", "P", "C2", "U4", "", "")
			.oc2("B", "1")
			// C: looked after since 2024: in the cohort, not assessed
			.episode("C", "01/01/2024", "S", "C2", "U4", "", "")
			.oc2("C", "0")
			// D: no earlier record, so the earliest DECOM reached, 01/02/2025, is the
			// start: not in the cohort
			.episode("D", "01/02/2025", "P", "C2", "U4", "", "")
			// E: went home and came back in the period: the current period of care began
			// 10/01/2025
			.episode("E", "01/01/2024", "S", "C2", "U4", "01/01/2025", "E4B")
			.episode("E", "10/01/2025", "S", "C2", "U4", "", "")
			.oc2("E", "1")
			// F: began on the period start itself: in the cohort, no OC2 row
			.episode("F", "01/10/2024", "S", "C2", "U4", "", "")
			// G: only short breaks
			.episode("G", "01/01/2023", "S", "V4", "U6", "", "")
			.oc2("G", "1");
		Extract lastYear = new Extract().episode("A", "01/06/2024", "S", "C2", "U6", "15/03/2025", "X1")
			.episode("A", "15/03/2025", "P", "C2", "U4", "", "")
			.episode("B", "01/12/2024", "S", "C2", "U6", "15/03/2025", "X1")
			.episode("B", "15/03/2025", "P", "C2", "U4", "", "");

		// cohort A, C, F; assessed A: 1/3 = 33.3
		assertThat(summary(overall(run(KpiCatalogue.annualHealthAssessment(), current.children(), lastYear.children(),
				YEAR_TO_SEPTEMBER_2025, PostcodeLookup.none()))))
			.isEqualTo("1/3 33.3");
		// without last year's return A's period seems to begin 15/03/2025: cohort C, F,
		// none assessed
		assertThat(summary(overall(run(KpiCatalogue.annualHealthAssessment(), current.children(), List.of(),
				YEAR_TO_SEPTEMBER_2025, PostcodeLookup.none()))))
			.isEqualTo("0/2 0.0");
	}

	@Test
	void wentMissingDuringThePeriod() {
		Extract extract = new Extract()
			// A: two missing incidents in the period: counted once
			.episode("A", "01/01/2024", "S", "C2", "U4", "", "")
			.missing("A", "M", "10/05/2024", "12/05/2024")
			.missing("A", "M", "01/06/2024", "02/06/2024")
			// B: away without authorisation (A) is not missing
			.episode("B", "01/01/2024", "S", "C2", "U4", "", "")
			.missing("B", "A", "10/05/2024", "12/05/2024")
			// C: an invalid MIS_START is not counted
			.episode("C", "01/01/2024", "S", "C2", "U4", "", "")
			.missing("C", "M", "31/02/2025", "")
			// D: went missing before the period and is still missing
			.episode("D", "01/01/2024", "S", "C2", "U4", "", "")
			.missing("D", "M", "20/03/2024", "")
			// E: the incident ended the day before the period
			.episode("E", "01/01/2024", "S", "C2", "U4", "", "")
			.missing("E", "M", "01/02/2024", "31/03/2024")
			// F: the incident ended on the first day
			.episode("F", "01/01/2024", "S", "C2", "U4", "", "")
			.missing("F", "M", "01/02/2024", "01/04/2024")
			// G: missing in the period, but left care before it: not in the denominator,
			// so not counted
			.episode("G", "01/01/2023", "S", "C2", "U4", "01/01/2024", "E4A")
			.missing("G", "M", "10/05/2024", "12/05/2024")
			// H: only short breaks
			.episode("H", "01/05/2024", "S", "V3", "U6", "03/05/2024", "E8")
			.missing("H", "M", "02/05/2024", "02/05/2024")
			// I: left care on the first day: looked after in the period, never missing
			.episode("I", "01/01/2024", "S", "C2", "U4", "01/04/2024", "E4A")
			// K: went missing on the last day
			.episode("K", "01/03/2025", "S", "C2", "U4", "", "")
			.missing("K", "M", "31/03/2025", "")
			// L: looked after, never missing
			.episode("L", "01/01/2024", "S", "C2", "U4", "", "")
			// M: a missing row and no episode at all
			.missing("M", "M", "10/05/2024", "12/05/2024");

		// A, D, F, K of A, B, C, D, E, F, I, K, L: 4/9 = 44.44.. -> 44.4
		assertThat(summary(overall(run(KpiCatalogue.wentMissing(), extract)))).isEqualTo("4/9 44.4");
	}

	@Test
	void careLeaversInEducationEmploymentOrTraining() {
		Extract extract = new Extract()
			// A: 19th birthday on the first day; the OC3 row's own DOB counts, not the
			// header's
			.header("A", "F", "01/01/2010")
			.oc3("A", "01/04/2005", "YES", "F1")
			// B: 21st birthday on the last day, NEET
			.oc3("B", "31/03/2004", "YES", "G5")
			// C: 21st birthday the day before the period, 22nd on the last day: not 19-21
			.oc3("C", "31/03/2003", "YES", "F2")
			// D: 19th birthday the day after the period
			.oc3("D", "01/04/2006", "YES", "P4")
			// E, F: died, returned home: out of the cohort
			.oc3("E", "15/08/2004", "DIED", "0")
			.oc3("F", "15/08/2004", "RHOM", "0")
			// G: not in touch: in the cohort, not EET
			.oc3("G", "15/08/2004", "NO", "0")
			// H, I: in part-time training or employment, full-time apprenticeship
			.oc3("H", "15/08/2004", "YES", "P5")
			.oc3("I", "10/10/2004", "YES", "F4")
			// J: a child whose only episodes are short breaks is in no cohort
			.episode("J", "01/05/2024", "S", "V3", "U6", "03/05/2024", "E8")
			.oc3("J", "15/08/2004", "YES", "F1");

		// cohort A, B, G, H, I; EET A, H, I: 3/5 = 60.0
		assertThat(summary(overall(run(KpiCatalogue.careLeaversInEducation(), extract)))).isEqualTo("3/5 60.0");
	}

	@Test
	void careLeaverBornOn29FebruaryHasTheBirthdayOn28February() {
		// K, born 29/02/2004, turns 21 on 28/02/2025 (DOB plus 21 years) and 22 on
		// 28/02/2026
		Extract extract = new Extract().oc3("K", "29/02/2004", "YES", "F1");

		// 1 March 2025 to 28 February 2026: the 21st birthday was the day before (a 1
		// March birthday would be in)
		assertThat(summary(overall(run(KpiCatalogue.careLeaversInEducation(), extract.children(), List.of(),
				KpiPeriod.asAt(LocalDate.of(2026, 2, 28)), PostcodeLookup.none()))))
			.isEqualTo("0/0 ");
		// 29 February 2024 to 28 February 2025: the 20th and 21st birthdays are on the
		// bounds
		assertThat(summary(overall(run(KpiCatalogue.careLeaversInEducation(), extract.children(), List.of(),
				KpiPeriod.asAt(LocalDate.of(2025, 2, 28)), PostcodeLookup.none()))))
			.isEqualTo("1/1 100.0");
	}

	@Test
	void medianDaysInCareBeforeReturningHomeOverAnEvenCount() {
		Extract current = new Extract()
			// A: 01/01/2025 to 31/01/2025: 30 days
			.episode("A", "01/01/2025", "S", "C2", "U4", "31/01/2025", "E4A")
			// B: a period of two episodes, 01/01/2024 to 01/07/2024 (2024 is a leap
			// year): 182 days
			.episode("B", "01/01/2024", "S", "C2", "U4", "01/06/2024", "X1")
			.episode("B", "01/06/2024", "P", "C2", "K2", "01/07/2024", "E4B")
			// C: adopted, not returned home
			.episode("C", "01/01/2024", "S", "C2", "U4", "01/07/2024", "E11")
			// D: went home, came back and then left to live with a relative: the last
			// leaving decides, out
			.episode("D", "01/04/2024", "S", "V2", "U4", "11/04/2024", "E4A")
			.episode("D", "01/05/2024", "S", "C2", "U4", "01/03/2025", "E13")
			// E: last year's return shows the period began 01/03/2024: to 15/05/2024 is
			// 75 days (61 from the
			// first DECOM in this year's file)
			.episode("E", "15/03/2024", "P", "C2", "U4", "15/05/2024", "E4A")
			// F: a short break ending
			.episode("F", "01/05/2024", "S", "V3", "U6", "03/05/2024", "E4A")
			// G: 01/02/2025 to 11/02/2025: 10 days
			.episode("G", "01/02/2025", "S", "C2", "U4", "11/02/2025", "E4B");
		Extract lastYear = new Extract().episode("E", "01/03/2024", "S", "C2", "U6", "15/03/2024", "X1")
			.episode("E", "15/03/2024", "P", "C2", "U4", "", "");

		// 10, 30, 75, 182: the mean of 30 and 75 = 52.5, over 4 children
		assertThat(summary(overall(run(KpiCatalogue.daysInCareBeforeReturningHome(), current.children(),
				lastYear.children(), YEAR_2024_25, PostcodeLookup.none()))))
			.isEqualTo("/4 52.5");
		// without last year's return: 10, 30, 61, 182 -> 45.5
		assertThat(summary(overall(run(KpiCatalogue.daysInCareBeforeReturningHome(), current)))).isEqualTo("/4 45.5");
	}

	@Test
	void medianOverAnOddCountAndOverNobody() {
		Extract one = new Extract().episode("A", "01/01/2025", "S", "C2", "U4", "31/01/2025", "E4A");
		assertThat(summary(overall(run(KpiCatalogue.daysInCareBeforeReturningHome(), one)))).isEqualTo("/1 30.0");

		Extract none = new Extract().episode("A", "01/01/2024", "S", "C2", "U4", "", "");
		assertThat(summary(overall(run(KpiCatalogue.daysInCareBeforeReturningHome(), none)))).isEqualTo("/0 ");
	}

}
