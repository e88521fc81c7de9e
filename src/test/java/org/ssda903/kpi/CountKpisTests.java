package org.ssda903.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ssda903.kpi.KpiTesting.overall;
import static org.ssda903.kpi.KpiTesting.row;
import static org.ssda903.kpi.KpiTesting.run;
import static org.ssda903.kpi.KpiTesting.summary;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.ssda903.reference.PostcodeLookup;

/** CLA-01, CLA-03, CLA-04 and UAS-01 over 2024-25 (1 April 2024 to 31 March 2025). */
class CountKpisTests {

	@Test
	void childrenLookedAfterAtPeriodEnd() {
		Extract extract = new Extract()
			// A: open since 2024, female, 14 at the end, UASC (DUC blank): counted
			.header("A", "F", "15/06/2010")
			.episode("A", "01/01/2024", "S", "C2", "U4", "", "")
			.uasc("A", "")
			// B: left on the end day itself, so not open on it (open needs DEC after the
			// day)
			.header("B", "M", "01/01/2012")
			.episode("B", "10/05/2024", "S", "C2", "U4", "31/03/2025", "E4A")
			// C: only a short break open: in no cohort
			.header("C", "M", "01/01/2012")
			.episode("C", "01/03/2025", "S", "V3", "U6", "", "")
			// D: starts the day after the end
			.episode("D", "01/04/2025", "S", "C2", "U4", "", "")
			// H: male, born 1 April 2024 so still under 1 on 31 March 2025; two X1-linked
			// episodes count once
			.header("H", "1", "01/04/2024")
			.episode("H", "01/06/2024", "S", "C1", "U6", "01/09/2024", "X1")
			.episode("H", "01/09/2024", "L", "C2", "U6", "", "")
			// I: a short break beside a care order: counted through the care order; male,
			// 5
			.header("I", "M", "10/10/2019")
			.episode("I", "01/02/2025", "S", "V3", "U6", "03/02/2025", "E8")
			.episode("I", "01/01/2023", "S", "C2", "U4", "", "")
			// J: no header row: age and sex unknown
			.episode("J", "01/01/2023", "S", "C2", "U4", "", "");

		List<KpiResult> rows = run(KpiCatalogue.childrenLookedAfter(), extract);

		// A, H, I, J
		assertThat(summary(overall(rows))).isEqualTo("4/ 4");
		assertThat(rows).extracting(KpiResult::breakdown, KpiResult::breakdownValue, KpiResult::numerator)
			.containsExactly(tuple("", "", 4), tuple("age_band", "under 1", 1), tuple("age_band", "1-4", 0),
					tuple("age_band", "5-9", 1), tuple("age_band", "10-15", 1), tuple("age_band", "16+", 0),
					tuple("age_band", "unknown", 1), tuple("sex", "male", 2), tuple("sex", "female", 1),
					tuple("sex", "unknown", 1), tuple("uasc", "UASC", 1), tuple("uasc", "not UASC", 3));
		assertThat(overall(rows).denominator()).isNull();
		assertThat(overall(rows).value()).hasToString("4");
	}

	@Test
	void ageOfA29FebruaryBabyTurnsOnThe28thInOtherYears() {
		// period ends 28/02/2025: F (born 29/02/2024) has her first birthday that day, so
		// is 1 (1-4), and
		// G (born 29/02/2008) his 17th, so is 16+; a 1 March birthday would make them
		// under 1 and 10-15
		Extract extract = new Extract().header("F", "F", "29/02/2024")
			.episode("F", "01/03/2024", "S", "C2", "U4", "", "")
			.header("G", "M", "29/02/2008")
			.episode("G", "01/03/2024", "S", "C2", "U4", "", "");

		List<KpiResult> rows = run(KpiCatalogue.childrenLookedAfter(), extract.children(), List.of(),
				KpiPeriod.asAt(LocalDate.of(2025, 2, 28)), PostcodeLookup.none());

		assertThat(overall(rows).periodStart()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(row(rows, "age_band", "under 1").numerator()).isZero();
		assertThat(row(rows, "age_band", "1-4").numerator()).isEqualTo(1);
		assertThat(row(rows, "age_band", "10-15").numerator()).isZero();
		assertThat(row(rows, "age_band", "16+").numerator()).isEqualTo(1);
	}

	@Test
	void childrenWhoStartedToBeLookedAfter() {
		Extract extract = new Extract()
			// A: started on the first day of the period
			.episode("A", "01/04/2024", "S", "C2", "U4", "", "")
			// B: started on the last day
			.episode("B", "31/03/2025", "S", "C2", "U4", "", "")
			// C: started the day before the period; the later in-period episode is a move
			// (P), not a start
			.episode("C", "31/03/2024", "S", "C2", "U4", "01/06/2024", "X1")
			.episode("C", "01/06/2024", "P", "C2", "K2", "", "")
			// D: started twice in the period: one child
			.episode("D", "01/05/2024", "S", "V2", "U4", "01/06/2024", "E4A")
			.episode("D", "01/09/2024", "S", "C2", "U4", "", "")
			// E: a short break start
			.episode("E", "01/05/2024", "S", "V3", "U6", "03/05/2024", "E8")
			// F: starts the day after the period
			.episode("F", "01/04/2025", "S", "C2", "U4", "", "");

		// A, B, D
		assertThat(summary(overall(run(KpiCatalogue.startedToBeLookedAfter(), extract)))).isEqualTo("3/ 3");
	}

	@Test
	void childrenWhoCeasedToBeLookedAfter() {
		Extract extract = new Extract()
			// A: left on the last day of the period
			.episode("A", "01/01/2024", "S", "C2", "U4", "31/03/2025", "E4A")
			// B: left on the first day
			.episode("B", "01/01/2024", "S", "C2", "U4", "01/04/2024", "E11")
			// C: an X1 ending is a change of episode, not leaving care
			.episode("C", "01/01/2024", "S", "C2", "U4", "15/06/2024", "X1")
			.episode("C", "15/06/2024", "P", "C2", "K2", "", "")
			// D: left the day before the period
			.episode("D", "01/01/2024", "S", "C2", "U4", "31/03/2024", "E4A")
			// E: a short break ending
			.episode("E", "01/05/2024", "S", "V3", "U6", "03/05/2024", "E8")
			// F: a DEC without REC is not a leaving
			.episode("F", "01/01/2024", "S", "C2", "U4", "01/05/2024", "")
			// G: left twice: one child
			.episode("G", "01/01/2024", "S", "C2", "U4", "01/05/2024", "E4B")
			.episode("G", "01/06/2024", "S", "C2", "U4", "01/09/2024", "E13");

		// A, B, G
		assertThat(summary(overall(run(KpiCatalogue.ceasedToBeLookedAfter(), extract)))).isEqualTo("3/ 3");
	}

	@Test
	void uascLookedAfterAtPeriodEnd() {
		Extract extract = new Extract()
			// A: looked after, UASC status not ceased
			.episode("A", "01/01/2024", "S", "C2", "U4", "", "")
			.uasc("A", "")
			// B: UASC status ceased on the end day: not after it
			.episode("B", "01/01/2024", "S", "C2", "U4", "", "")
			.uasc("B", "31/03/2025")
			// C: UASC status ceases after the end
			.episode("C", "01/01/2024", "S", "C2", "U4", "", "")
			.uasc("C", "01/04/2025")
			// D: UASC but no longer looked after at the end
			.episode("D", "01/01/2024", "S", "C2", "U4", "01/03/2025", "E15")
			.uasc("D", "")
			// E: looked after, never UASC
			.episode("E", "01/01/2024", "S", "C2", "U4", "", "");

		// A, C
		assertThat(summary(overall(run(KpiCatalogue.uascLookedAfter(), extract)))).isEqualTo("2/ 2");
	}

}
