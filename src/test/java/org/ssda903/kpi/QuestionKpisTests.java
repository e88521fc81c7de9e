package org.ssda903.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssda903.kpi.KpiTesting.COUNCIL;
import static org.ssda903.kpi.KpiTesting.overall;
import static org.ssda903.kpi.KpiTesting.row;
import static org.ssda903.kpi.KpiTesting.run;
import static org.ssda903.kpi.KpiTesting.summary;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The KPIs that answer the committee's questions, over 2024-25, each answer worked by
 * hand.
 */
class QuestionKpisTests {

	/** Missing incidents of every length, around the period's edges. */
	private static Extract missing() {
		return new Extract()
			// M1: in care all year: incidents of 0, 1, 7 and 8 days, and an away (A) one
			// that is not missing
			.episode("M1", "01/01/2024", "S", "C2", "U4", "", "")
			.missing("M1", "M", "10/05/2024", "10/05/2024")
			.missing("M1", "M", "01/06/2024", "02/06/2024")
			.missing("M1", "M", "01/07/2024", "08/07/2024")
			.missing("M1", "M", "01/08/2024", "09/08/2024")
			.missing("M1", "A", "01/09/2024", "30/09/2024")
			// M2: missing from before the period to 5 April: 35 days, ended in the period
			.episode("M2", "01/01/2024", "S", "C2", "U4", "", "")
			.missing("M2", "M", "01/03/2024", "05/04/2024")
			// M3: missing since 20 March and not back by the end: 11 days so far
			.episode("M3", "01/01/2024", "S", "C2", "K2", "", "")
			.missing("M3", "M", "20/03/2025", "")
			// M4: missing since 28 March: 3 days so far
			.episode("M4", "01/01/2024", "S", "C2", "K2", "", "")
			.missing("M4", "M", "28/03/2025", "")
			// M5: left care before the period: its incident is not the council's
			.episode("M5", "01/01/2023", "S", "C2", "U4", "01/02/2024", "E4A")
			.missing("M5", "M", "01/05/2024", "30/05/2024");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# group          | incidents: M1's four and M2's one ended in the period; M3 and M4 are still missing
			''               | 5
			under 24 hours   | 1
			1 to 7 days      | 2
			over 7 days      | 2
			""")
	void missingIncidentsByLength(String group, int incidents) {
		List<KpiResult> rows = run(QuestionCatalogue.missingByDuration(), missing());

		assertThat(row(rows, group.isEmpty() ? "" : "duration", group).numerator()).isEqualTo(incidents);
	}

	@Test
	void childrenMissingOverAWeekAndTheLongestAbsence() {
		// M1 (8 days), M2 (35 days) and M3 (11 days and counting); not M4 (3 days), not
		// M5 (not in care)
		assertThat(summary(overall(run(QuestionCatalogue.longAbsences(), missing())))).isEqualTo("3/ 3");
		// the longest of the five incidents that ended: M2's 35 days
		assertThat(summary(overall(run(QuestionCatalogue.longestAbsence(), missing())))).isEqualTo("/5 35.0");
	}

	/**
	 * Children who went home in the period after 59, 183, 214 and 762 days in care, and
	 * one adopted.
	 */
	private static Extract wentHome() {
		return new Extract().episode("R1", "01/01/2025", "S", "V2", "U4", "01/03/2025", "E4A")
			.episode("R2", "01/06/2024", "S", "C2", "U4", "01/01/2025", "E4B")
			.episode("R3", "01/01/2023", "S", "C2", "U4", "01/02/2025", "E4A")
			// exactly six months: not under six months
			.episode("R4", "01/04/2024", "S", "V2", "U4", "01/10/2024", "E4A")
			.episode("R5", "01/01/2024", "S", "E1", "A4", "01/05/2024", "E11");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# KPI  | days: 59, 183, 214, 762 interpolated as the median is (PRM-02: 198.5)
			PRM-07 | 152.0
			PRM-02 | 198.5
			PRM-08 | 351.0
			""")
	void timeInCareBeforeGoingHome(String kpi, String days) {
		KpiCalculator calculator = switch (kpi) {
			case "PRM-07" -> QuestionCatalogue.timeInCareQuartile(kpi, "lower", new BigDecimal("0.25"));
			case "PRM-08" -> QuestionCatalogue.timeInCareQuartile(kpi, "upper", new BigDecimal("0.75"));
			default -> KpiCatalogue.daysInCareBeforeReturningHome();
		};

		assertThat(summary(overall(run(calculator, wentHome())))).isEqualTo("/4 " + days);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			''             | 4
			under 6 months | 1
			6 to 12 months | 2
			over a year    | 1
			""")
	void childrenGoingHomeByTimeInCare(String band, int children) {
		List<KpiResult> rows = run(QuestionCatalogue.returnedHomeByTimeInCare(), wentHome());

		assertThat(row(rows, band.isEmpty() ? "" : "time_in_care", band).numerator()).isEqualTo(children);
	}

	@Test
	void childrenInSupportedAccommodationByAge() {
		Extract extract = new Extract().header("S1", "M", "01/06/2007")
			.episode("S1", "01/01/2024", "S", "V2", "K3", "", "")
			// under 16 in semi-independent living: the committee must see this one
			.header("S2", "F", "01/06/2010")
			.episode("S2", "01/01/2024", "S", "V2", "H5", "", "")
			// left before the end
			.header("S3", "F", "01/06/2007")
			.episode("S3", "01/01/2024", "S", "V2", "P2", "01/01/2025", "E8")
			.header("S4", "M", "01/06/2007")
			.episode("S4", "01/01/2024", "S", "V2", "U4", "", "");

		List<KpiResult> rows = run(QuestionCatalogue.supportedAccommodation(), extract);

		assertThat(overall(rows).numerator()).isEqualTo(2);
		assertThat(row(rows, "age_band", "16+").numerator()).isEqualTo(1);
		assertThat(row(rows, "age_band", "10-15").numerator()).isEqualTo(1);
	}

	@ParameterizedTest(name = "at {0}")
	@CsvSource(delimiter = '|', textBlock = """
			# period end | estimate used: the latest 30 June before the day
			2025-03-31   | 46000
			2024-07-01   | 46000
			2024-06-30   | 45530
			2023-06-30   | -1
			""")
	void theRateUsesTheLatestMidYearEstimateBeforeTheDay(LocalDate day, int population) {
		ChildPopulation estimates = new ChildPopulation(new TreeMap<>(Map.of(2023, 45_530, 2024, 46_000)));

		assertThat(estimates.before(day))
			.isEqualTo((population < 0) ? OptionalInt.empty() : OptionalInt.of(population));
	}

	@Test
	void lookedAfterPer10000ChildrenOnlyWithAPopulation() {
		Extract extract = new Extract().episode("A", "01/01/2024", "S", "C2", "U4", "", "")
			.episode("B", "01/01/2024", "S", "C2", "U4", "", "")
			.episode("C", "01/01/2024", "S", "C2", "U4", "", "")
			.episode("D", "01/01/2024", "S", "C2", "U4", "01/02/2025", "E4A");
		KpiInputs inputs = KpiTesting.inputs(extract);
		ChildPopulation population = new ChildPopulation(new TreeMap<>(Map.of(2024, 46_000)));

		// 3 of 46,000: 0.652 per 10,000
		assertThat(summary(overall(QuestionCatalogue.ratePer10000().compute(inputs.withPopulation(population)))))
			.isEqualTo("3/46000 0.7");
		// no population file: no row, rather than a rate of nothing
		assertThat(QuestionCatalogue.ratePer10000().compute(inputs)).isEmpty();
	}

	@Test
	void readsTheChildrenOfTheCouncilFromTheOnsLayout() {
		ChildPopulation population = ChildPopulation.load(Path.of("fixtures/reference/population.csv"), COUNCIL);

		// ages 0 to 17 of both sexes; the 18s, 19s, 90+ and the other council's rows left
		// out
		assertThat(population.byMidYear())
			.containsExactlyEntriesOf(new TreeMap<>(Map.of(2022, 45_100, 2023, 45_530, 2024, 46_000)));
	}

}
