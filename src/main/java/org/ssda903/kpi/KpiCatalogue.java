package org.ssda903.kpi;

import static org.ssda903.kpi.Polarity.HIGHER_IS_BETTER;
import static org.ssda903.kpi.Polarity.LOWER_IS_BETTER;
import static org.ssda903.kpi.Polarity.NEUTRAL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.ssda903.model.CodeGroups;
import org.ssda903.model.Columns;
import org.ssda903.model.Row;
import org.ssda903.model.Table;

/** The KPIs the committee reads, each declared from kpi-core.md. */
public final class KpiCatalogue {

	/** ACTIV codes of education, employment or training (kpis.md 1.10). */
	static final Set<String> IN_EDUCATION_EMPLOYMENT_OR_TRAINING = Set.of("F1", "P1", "F2", "P2", "F4", "P4", "F5",
			"P5");

	static final BigDecimal FAR_FROM_HOME_MILES = new BigDecimal("20.0");

	private static final int UNSTABLE_PLACEMENTS = 3;

	private KpiCatalogue() {
	}

	/**
	 * The whole catalogue of kpis.md section 5 that the 903 data and the local extracts
	 * support, in KPI id order: the core set, the wider 903 set and the KPIs of local
	 * extracts, which give rows only when their file is given.
	 */
	public static List<KpiCalculator> all() {
		return Stream.of(core(), WiderCatalogue.kpis(), QuestionCatalogue.kpis(), LocalCatalogue.kpis())
			.flatMap(List::stream)
			.sorted(Comparator.comparing((KpiCalculator calculator) -> calculator.definition().id()))
			.toList();
	}

	/** The core set, in KPI id order. */
	public static List<KpiCalculator> core() {
		return Stream
			.of(childrenLookedAfter(), startedToBeLookedAfter(), ceasedToBeLookedAfter(), uascLookedAfter(),
					inFosterCare(), threeOrMorePlacements(), placedFarFromHome(), annualHealthAssessment(),
					wentMissing(), careLeaversInEducation(), daysInCareBeforeReturningHome())
			.sorted(Comparator.comparing((KpiCalculator calculator) -> calculator.definition().id()))
			.toList();
	}

	static KpiCalculator childrenLookedAfter() {
		return new ChildCountKpi(
				new KpiDefinition("CLA-01", "Children looked after at period end", NEUTRAL, KpiKind.COUNT,
						"Distinct children with an episode, other than a short break, open at the period end."),
				ChildFacts::isLookedAfterAtEnd, List.of(Breakdown.AGE_BAND, Breakdown.SEX, Breakdown.UASC));
	}

	static KpiCalculator startedToBeLookedAfter() {
		return new ChildCountKpi(
				new KpiDefinition("CLA-03", "Children who started to be looked after", NEUTRAL, KpiKind.COUNT,
						"Distinct children with an episode, other than a short break, with RNE S and DECOM"
								+ " in the period."),
				(child) -> child.inScopeEpisodes()
					.stream()
					.anyMatch((e) -> e.get(Columns.RNE).equals("S")
							&& ChildFacts.within(e.dateOrNull(Columns.DECOM), child.period())),
				List.of());
	}

	static KpiCalculator ceasedToBeLookedAfter() {
		return new ChildCountKpi(
				new KpiDefinition("CLA-04", "Children who ceased to be looked after", NEUTRAL, KpiKind.COUNT,
						"Distinct children with an episode, other than a short break, that ended in the"
								+ " period with a reason other than X1."),
				(child) -> !child.leavingEpisodesInPeriod().isEmpty(), List.of());
	}

	static KpiCalculator uascLookedAfter() {
		return new ChildCountKpi(
				new KpiDefinition("UAS-01", "UASC looked after at period end", NEUTRAL, KpiKind.COUNT,
						"Children looked after at the period end whose UASC status had not ceased by then."),
				(child) -> child.isLookedAfterAtEnd() && child.isUascAtEnd(), List.of());
	}

	static KpiCalculator inFosterCare() {
		return new ChildPercentKpi(
				new KpiDefinition("PLC-01", "% of CLA in foster care", HIGHER_IS_BETTER, KpiKind.PERCENT,
						"Children looked after at the period end whose placement then is foster care (U1 to U6)."),
				ChildFacts::isLookedAfterAtEnd,
				(child) -> CodeGroups.FOSTER_PLACEMENTS.contains(child.episodeAtEnd().get(Columns.PLACE)),
				List.of(Breakdown.AGE_BAND, Breakdown.SEX, Breakdown.UASC));
	}

	static KpiCalculator threeOrMorePlacements() {
		return new ChildPercentKpi(
				new KpiDefinition("STB-01", "% of CLA with 3 or more placements in the period", LOWER_IS_BETTER,
						KpiKind.PERCENT,
						"Children looked after at the period end who had 3 or more placements during the period."),
				ChildFacts::isLookedAfterAtEnd,
				(child) -> Placements.count(child.episodesOverlappingPeriod()) >= UNSTABLE_PLACEMENTS, List.of());
	}

	static KpiCalculator placedFarFromHome() {
		return new ChildPercentKpi(
				new KpiDefinition("LOC-02", "% of CLA placed more than 20 miles from home", LOWER_IS_BETTER,
						KpiKind.PERCENT,
						"Children looked after at the period end placed more than 20.0 miles from"
								+ " home; those with an unknown distance stay in the denominator."),
				ChildFacts::isLookedAfterAtEnd,
				(child) -> child.placementDistanceAtEnd()
					.map((miles) -> miles.compareTo(FAR_FROM_HOME_MILES) > 0)
					.orElse(false),
				List.of(Breakdown.HOME_POSTCODE, Breakdown.UASC, Breakdown.ORIGIN));
	}

	static KpiCalculator annualHealthAssessment() {
		return new ChildPercentKpi(
				new KpiDefinition("HLT-01", "Annual health assessment (OC2 cohort)", HIGHER_IS_BETTER, KpiKind.PERCENT,
						"Children looked after at the period end, whose period of care started on or"
								+ " before the period start, with an annual health assessment recorded in OC2."),
				KpiCatalogue::lookedAfterThroughoutPeriod,
				(child) -> child.records()
					.rows(Table.OC2)
					.stream()
					.anyMatch((row) -> row.get(Columns.HEALTH_ASSESSMENT).equals("1")),
				List.of());
	}

	static KpiCalculator wentMissing() {
		return new ChildPercentKpi(new KpiDefinition("MIS-01",
				"% of children looked after in the period who went missing", LOWER_IS_BETTER, KpiKind.PERCENT,
				"Children looked after at any time in the period with a missing (M) incident during the period."),
				ChildFacts::isLookedAfterDuringPeriod,
				(child) -> child.records()
					.rows(Table.MISSING)
					.stream()
					.anyMatch((row) -> isMissingIn(row, child.period())),
				List.of());
	}

	static KpiCalculator careLeaversInEducation() {
		return new CareLeaverKpi(new KpiDefinition("CL-02",
				"Care leavers aged 19-21 in education, employment or training", HIGHER_IS_BETTER, KpiKind.PERCENT,
				"OC3 rows of care leavers with their 19th, 20th or 21st birthday in the period, other than those who"
						+ " died or returned home, whose activity is education, employment or training."),
				List.of(19, 20, 21), (row) -> IN_EDUCATION_EMPLOYMENT_OR_TRAINING.contains(row.get(Columns.ACTIV)));
	}

	static KpiCalculator daysInCareBeforeReturningHome() {
		return new ReturnedHomeMedianKpi(new KpiDefinition("PRM-02", "Median days in care before returning home",
				NEUTRAL, KpiKind.MEDIAN_DAYS, "Median days from the start of the period of care to the return home"
						+ " (E4A, E4B) of children whose last leaving in the period was a return home."));
	}

	/**
	 * The OC2 cohort: looked after at the end in a period of care that began on or before
	 * the period start.
	 */
	static boolean lookedAfterThroughoutPeriod(ChildFacts child) {
		if (!child.isLookedAfterAtEnd()) {
			return false;
		}
		return child.periodOfCareAtEnd().map((period) -> !period.start().isAfter(child.period().start())).orElse(false);
	}

	/**
	 * A missing (not away) incident with a valid start on or before the period end that
	 * had not ended before the period start. An unreadable MIS_END is read as still
	 * missing, as an unreadable DEC is for episodes.
	 */
	static boolean isMissingIn(Row row, KpiPeriod period) {
		LocalDate start = row.dateOrNull(Columns.MIS_START);
		if (!row.get(Columns.MISSING).equals("M") || start == null || start.isAfter(period.end())) {
			return false;
		}
		LocalDate end = row.dateOrNull(Columns.MIS_END);
		return end == null || !end.isBefore(period.start());
	}

}
