package org.ssda903.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssda903.kpi.KpiTesting.YEAR_2024_25;
import static org.ssda903.kpi.KpiTesting.overall;
import static org.ssda903.kpi.KpiTesting.row;
import static org.ssda903.kpi.KpiTesting.summary;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.ssda903.kpi.local.LocalExtractLoader;
import org.ssda903.kpi.local.LocalExtracts;
import org.ssda903.reference.PostcodeLookup;

/**
 * The KPIs of local extracts over 2024-25, worked by hand; none writes a row when its
 * file is not given.
 */
class LocalKpisTests {

	private static List<KpiResult> run(String id, Extract extract, LocalExtracts local) {
		return WiderKpisTests.find(id)
			.compute(KpiTesting.inputs(extract.children(), List.of(), YEAR_2024_25, PostcodeLookup.none(), local));
	}

	@Test
	void initialHealthAssessmentsWithinTwentyWorkingDays() {
		// Monday 3 June 2024 + 20 working days = Monday 1 July 2024
		assertThat(LocalCatalogue.plusWorkingDays(java.time.LocalDate.of(2024, 6, 3), 20))
			.isEqualTo(java.time.LocalDate.of(2024, 7, 1));
		Extract extract = new Extract().episode("D", "03/06/2024", "S", "C2", "U4", "10/06/2024", "E4A");
		LocalExtracts local = new LocalExtracts(Optional.of(List.of(
				// on the due day: in time
				assessment("A", "03/06/2024", "01/07/2024"),
				// a day late
				assessment("B", "03/06/2024", "02/07/2024"),
				// not done
				assessment("C", "03/06/2024", null),
				// left care a week in: never due
				assessment("D", "03/06/2024", null),
				// due after the period end (20 working days after 20 March 2025 is 17
				// April): not yet due
				assessment("E", "20/03/2025", null),
				// started before the period
				assessment("F", "01/03/2024", "05/03/2024"))), Optional.empty(), Optional.empty(), Optional.empty());

		assertThat(summary(overall(run("HLT-05", extract, local)))).isEqualTo("1/3 33.3");
		assertThat(run("HLT-05", extract, LocalExtracts.none())).isEmpty();
	}

	@Test
	void visitsFosterHouseholdsAndAftercareFromTheFixtureLayouts() {
		Extract extract = new Extract().episode("A", "01/01/2024", "S", "C2", "U4", "", "")
			.episode("B", "01/01/2024", "S", "C2", "U4", "", "")
			.episode("C", "01/01/2024", "S", "C2", "U4", "", "");
		LocalExtracts local = new LocalExtracts(Optional.empty(), Optional.of(List.of(
				// A: 42 days before the end: in time
				new LocalExtracts.Visit("A", date("17/02/2025"), 42),
				// B: 43 days before: late
				new LocalExtracts.Visit("B", date("16/02/2025"), 42),
				// C: three-monthly, 80 days before: in time; a visit after the end is not
				// read
				new LocalExtracts.Visit("C", date("10/01/2025"), 91),
				new LocalExtracts.Visit("B", date("02/04/2025"), 42))),
				Optional.of(List.of(new LocalExtracts.FosterHousehold("H1", false, date("01/05/2024"), null),
						new LocalExtracts.FosterHousehold("H2", true, date("01/06/2024"), null),
						new LocalExtracts.FosterHousehold("H3", false, date("01/06/2019"), date("01/09/2024")),
						new LocalExtracts.FosterHousehold("H4", false, date("01/06/2019"), date("01/10/2024")))),
				Optional.of(List.of(new LocalExtracts.AftercareCase("P1", date("01/01/2006"), date("01/01/2024"), null),
						new LocalExtracts.AftercareCase("P2", date("01/01/2002"), date("01/01/2020"), null),
						// closed before the end
						new LocalExtracts.AftercareCase("P3", date("01/01/2005"), date("01/01/2023"),
								date("01/01/2025")),
						// 17 at the end
						new LocalExtracts.AftercareCase("P4", date("01/06/2007"), date("01/01/2025"), null))));

		assertThat(summary(overall(run("EXT-01", extract, local)))).isEqualTo("2/3 66.7");
		assertThat(summary(overall(run("EXT-02A", extract, local)))).isEqualTo("2/ 2");
		assertThat(summary(overall(run("EXT-02D", extract, local)))).isEqualTo("2/ 2");
		assertThat(summary(overall(run("EXT-02", extract, local)))).isEqualTo("0/ 0");
		assertThat(summary(row(run("EXT-02", extract, local), "household_type", "mainstream"))).isEqualTo("-1/ -1");
		List<KpiResult> aftercare = run("AFT-01", extract, local);
		assertThat(summary(overall(aftercare))).isEqualTo("2/ 2");
		assertThat(summary(row(aftercare, "age_band", "21-25"))).isEqualTo("1/ 1");
	}

	@Test
	void theFixturesLoadInTheDocumentedLayouts() {
		LocalExtracts local = LocalExtractLoader.load(Path.of("fixtures/local/health-assessments.csv"),
				Path.of("fixtures/local/visits.csv"), Path.of("fixtures/local/foster-households.csv"),
				Path.of("fixtures/local/aftercare.csv"));
		assertThat(local.healthAssessments().orElseThrow()).isNotEmpty();
		assertThat(local.visits().orElseThrow()).isNotEmpty();
		assertThat(local.fosterHouseholds().orElseThrow()).isNotEmpty();
		assertThat(local.aftercare().orElseThrow()).isNotEmpty();
	}

	private static LocalExtracts.HealthAssessment assessment(String child, String from, String assessed) {
		return new LocalExtracts.HealthAssessment(child, date(from), assessed == null ? null : date(assessed));
	}

	private static java.time.LocalDate date(String text) {
		return org.ssda903.model.Dates.parseOrNull(text);
	}

}
