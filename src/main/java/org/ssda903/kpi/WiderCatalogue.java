package org.ssda903.kpi;

import static org.ssda903.kpi.Breakdown.AGE_BAND;
import static org.ssda903.kpi.Breakdown.HOME_POSTCODE;
import static org.ssda903.kpi.Breakdown.LEGAL_STATUS;
import static org.ssda903.kpi.Breakdown.LOCALITY;
import static org.ssda903.kpi.Breakdown.PLACEMENT_GROUP;
import static org.ssda903.kpi.Breakdown.PROVIDER;
import static org.ssda903.kpi.Breakdown.SEX;
import static org.ssda903.kpi.Breakdown.UASC;
import static org.ssda903.kpi.Polarity.HIGHER_IS_BETTER;
import static org.ssda903.kpi.Polarity.LOWER_IS_BETTER;
import static org.ssda903.kpi.Polarity.NEUTRAL;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ssda903.model.CodeGroups;
import org.ssda903.model.Columns;
import org.ssda903.model.Row;
import org.ssda903.model.Table;

/**
 * The KPIs of kpis.md section 5 beyond the core set that 903 alone supports. Each is
 * declared with the base predicates of kpi-core.md (short breaks out, open and overlap as
 * defined there), so that its cohort agrees with the core KPI it shares a denominator
 * with.
 */
final class WiderCatalogue {

	private static final Set<String> CHILDRENS_HOMES_AND_SECURE = Set.of("K1", "K2");

	private static final Set<String> UNREGISTERED_OR_OTHER = Set.of("Z1", "Z11", "Z12", "Z13", "Z14");

	private static final Set<String> ADOPTED = Set.of("E11", "E12");

	private static final Set<String> SPECIAL_GUARDIANSHIP = Set.of("E43", "E44", "E45", "E46", "E47", "E48");

	private static final Set<String> CHILD_ARRANGEMENTS = Set.of("E41");

	private static final Set<String> NEET = Set.of("G4", "G5", "G6");

	private static final int LONG_TERM_MONTHS_IN_CARE = 30;

	private static final int LONG_TERM_YEARS_IN_PLACEMENT = 2;

	private static final int LONG_TERM_MAX_AGE = 16;

	private static final int SDQ_MIN_AGE = 5;

	private static final int SDQ_MAX_AGE = 16;

	private static final int CONVICTION_MIN_AGE = 10;

	private WiderCatalogue() {
	}

	static List<KpiCalculator> kpis() {
		List<KpiCalculator> kpis = new ArrayList<>();
		kpis.addAll(placementMix());
		kpis.addAll(locality());
		kpis.addAll(stability());
		kpis.addAll(health());
		kpis.addAll(missing());
		kpis.addAll(careLeavers());
		kpis.addAll(exits());
		kpis.add(uascShareOfStarters());
		return kpis;
	}

	static List<KpiCalculator> placementMix() {
		return List.of(
				atEnd("PLC-02", "% of CLA in kinship (family and friends) foster care", HIGHER_IS_BETTER,
						"Children looked after at the period end placed in U1 to U3.",
						(c) -> CodeGroups.KINSHIP_FOSTER_PLACEMENTS.contains(place(c)), List.of(AGE_BAND)),
				new ChildPercentKpi(definition("PLC-03", "% of foster placements in-house", HIGHER_IS_BETTER,
						"Children in foster care (U1 to U6) at the period end placed with the council's own carers"
								+ " (PR1)."),
						(c) -> c.isLookedAfterAtEnd() && CodeGroups.FOSTER_PLACEMENTS.contains(place(c)),
						(c) -> c.episodeAtEnd().get(Columns.PLACE_PROVIDER).equals("PR1"), List.of(PLACEMENT_GROUP)),
				atEnd("PLC-04", "% of CLA in children's homes or secure units", LOWER_IS_BETTER,
						"Children looked after at the period end placed in K1 or K2.",
						(c) -> CHILDRENS_HOMES_AND_SECURE.contains(place(c)), List.of(LOCALITY, PROVIDER)),
				new ChildPercentKpi(
						definition("PLC-05", "% of CLA aged 16-17 in registered supported accommodation", NEUTRAL,
								"Children looked after at the period end aged 16 or 17 placed in K3."),
						(c) -> c.isLookedAfterAtEnd()
								&& c.ageAtEnd().map((age) -> age == 16 || age == 17).orElse(false),
						(c) -> place(c).equals("K3"), List.of(UASC)),
				new ChildCountKpi(
						new KpiDefinition("PLC-06", "CLA in other or unregistered placements", LOWER_IS_BETTER,
								KpiKind.COUNT, "Children looked after at the period end placed in Z1 or Z11 to Z14."),
						(c) -> c.isLookedAfterAtEnd() && UNREGISTERED_OR_OTHER.contains(place(c)), List.of(AGE_BAND)),
				atEnd("PLC-07", "% of CLA placed with parents", NEUTRAL,
						"Children looked after at the period end placed with parents (P1).",
						(c) -> place(c).equals("P1"), List.of(LEGAL_STATUS)));
	}

	static List<KpiCalculator> locality() {
		return List.of(
				atEnd("LOC-01", "% of CLA placed more than 20 miles from home and outside the council", LOWER_IS_BETTER,
						"Children looked after at the period end placed more than 20.0 miles from home in a placement"
								+ " outside the council's area; unknown distances stay in the denominator.",
						(c) -> isFarFromHome(c) && isPlacedOutside(c), List.of(HOME_POSTCODE, UASC, PLACEMENT_GROUP)),
				atEnd("LOC-03", "% of CLA placed outside the council's area", LOWER_IS_BETTER,
						"Children looked after at the period end whose placement postcode is outside the council's"
								+ " area; unknown placement postcodes stay in the denominator.",
						WiderCatalogue::isPlacedOutside,
						List.of(PLACEMENT_GROUP, PROVIDER, HOME_POSTCODE, Breakdown.ORIGIN)));
	}

	static List<KpiCalculator> stability() {
		return List.of(
				new ChildPercentKpi(definition("STB-02", "Long-term placement stability", HIGHER_IS_BETTER,
						"Children looked after at the period end, under 16, looked after continuously for 2.5 years"
								+ " or more, who have been in the same placement for 2 years or more."),
						WiderCatalogue::isLongTermCohort, WiderCatalogue::inSamePlacementTwoYears, List.of(AGE_BAND)),
				atEnd("STB-03", "% of CLA with 3 or more social workers in the period", LOWER_IS_BETTER,
						"Children looked after at the period end with 3 or more different social workers whose"
								+ " allocation overlapped the period.",
						(c) -> socialWorkersInPeriod(c) >= 3, List.of()));
	}

	static List<KpiCalculator> health() {
		return List.of(
				oc2("HLT-02", "Dental checks (OC2 cohort)", HIGHER_IS_BETTER, Columns.TEETH_CHECK, 0,
						Integer.MAX_VALUE),
				oc2("HLT-03", "Immunisations up to date (OC2 cohort)", HIGHER_IS_BETTER, Columns.IMMUNISATIONS, 0,
						Integer.MAX_VALUE),
				new ChildPercentKpi(definition("HLT-04", "SDQ completed (OC2 cohort aged 5-16)", HIGHER_IS_BETTER,
						"Children of the OC2 cohort aged 5 to 16 at the period end with an SDQ score recorded."),
						(c) -> KpiCatalogue.lookedAfterThroughoutPeriod(c) && agedBetween(c, SDQ_MIN_AGE, SDQ_MAX_AGE),
						(c) -> oc2Has(c, (row) -> row.isPresent(Columns.SDQ_SCORE)), List.of(SEX)),
				oc2("OUT-01", "Convicted or given a youth caution (OC2 cohort aged 10-17)", LOWER_IS_BETTER,
						Columns.CONVICTED, CONVICTION_MIN_AGE, 17),
				oc2("OUT-02", "Identified with a substance misuse problem (OC2 cohort)", LOWER_IS_BETTER,
						Columns.SUBSTANCE_MISUSE, 0, Integer.MAX_VALUE));
	}

	static List<KpiCalculator> missing() {
		return List.of(new MissingIncidentsKpi(new KpiDefinition("MIS-02", "Missing incidents in the period",
				LOWER_IS_BETTER, KpiKind.COUNT,
				"Missing (M) incidents of children looked after in the period that were open at some time in the period."),
				false),
				new MissingIncidentsKpi(new KpiDefinition("MIS-03", "Median days missing per incident", LOWER_IS_BETTER,
						KpiKind.MEDIAN_DAYS,
						"Median of MIS_END minus MIS_START, in days, over missing (M) incidents"
								+ " that ended in the period."),
						true),
				new ChildPercentKpi(definition("MIS-04",
						"% of children looked after in the period who were away without authorisation", LOWER_IS_BETTER,
						"Children looked after at any time in the period with an away (A) incident during the period."),
						ChildFacts::isLookedAfterDuringPeriod,
						(c) -> c.records()
							.rows(Table.MISSING)
							.stream()
							.anyMatch((row) -> row.get(Columns.MISSING).equals("A") && openIn(row, c.period())),
						List.of()));
	}

	static List<KpiCalculator> careLeavers() {
		Predicate<Row> eet = (row) -> KpiCatalogue.IN_EDUCATION_EMPLOYMENT_OR_TRAINING.contains(row.get(Columns.ACTIV));
		Predicate<Row> suitable = (row) -> row.get(Columns.ACCOM).endsWith("1");
		return List.of(
				new CareLeaverKpi(definition("CL-01", "Care leavers aged 19-21 in touch", HIGHER_IS_BETTER,
						"OC3 rows with the 19th, 20th or 21st birthday in the period, other than those who died or"
								+ " returned home, in touch (IN_TOUCH YES)."),
						List.of(19, 20, 21), (row) -> row.get(Columns.IN_TOUCH).equals("YES")),
				new CareLeaverKpi(
						definition("CL-03", "Care leavers aged 19-21 in suitable accommodation", HIGHER_IS_BETTER,
								"OC3 rows with the 19th, 20th or 21st birthday in the period, other than"
										+ " those who died or returned home, whose ACCOM is suitable (ends in 1)."),
						List.of(19, 20, 21), suitable),
				new CareLeaverKpi(definition("CL-04", "Care leavers aged 17-18 in education, employment or training",
						HIGHER_IS_BETTER,
						"OC3 rows with the 17th or 18th birthday in the period, other than those who"
								+ " died or returned home, whose activity is education, employment or training."),
						List.of(17, 18), eet),
				new CareLeaverKpi(
						definition("CL-05", "Care leavers aged 17-18 in suitable accommodation", HIGHER_IS_BETTER,
								"OC3 rows with the 17th or 18th birthday in the period, other than those who"
										+ " died or returned home, whose ACCOM is suitable (ends in 1)."),
						List.of(17, 18), suitable),
				new CareLeaverKpi(
						definition("CL-06", "Care leavers aged 19-21 not in education, employment or training",
								LOWER_IS_BETTER,
								"OC3 rows with the 19th, 20th or 21st birthday in the period, other than"
										+ " those who died or returned home, whose activity is G4, G5 or G6."),
						List.of(19, 20, 21), (row) -> NEET.contains(row.get(Columns.ACTIV))));
	}

	static List<KpiCalculator> exits() {
		return List.of(
				leaving("PRM-01", "% of children ceasing care to permanence (adoption, SGO, CAO)", HIGHER_IS_BETTER,
						"adopted (E11, E12), special guardianship (E43 to E48) or child arrangements order (E41)",
						union(ADOPTED, SPECIAL_GUARDIANSHIP, CHILD_ARRANGEMENTS)),
				leaving("PRM-03", "% of children ceasing care who were adopted", HIGHER_IS_BETTER, "adopted (E11, E12)",
						ADOPTED),
				leaving("PRM-04", "% of children ceasing care to special guardianship", HIGHER_IS_BETTER,
						"special guardianship (E43 to E48)", SPECIAL_GUARDIANSHIP),
				leaving("PRM-05", "% of children ceasing care who returned home as planned", NEUTRAL,
						"returned home as part of the care plan (E4A)", Set.of("E4A")),
				leaving("PRM-06", "% of children ceasing care who returned home outside the care plan", LOWER_IS_BETTER,
						"returned home not as part of the care plan (E4B)", Set.of("E4B")));
	}

	static KpiCalculator uascShareOfStarters() {
		return new ChildPercentKpi(definition("UAS-02", "% of children starting care who are UASC", NEUTRAL,
				"Children who started to be looked after in the period (CLA-03) with a UASC row whose DUC is blank or"
						+ " after the start."),
				WiderCatalogue::startedInPeriod, WiderCatalogue::wasUascOnStarting, List.of(AGE_BAND, SEX));
	}

	private static KpiDefinition definition(String id, String name, Polarity polarity, String definition) {
		return new KpiDefinition(id, name, polarity, KpiKind.PERCENT, definition);
	}

	/**
	 * A percentage of CLA-01: the KPIs of the placement at the end, split the ways the
	 * committee asked.
	 */
	private static KpiCalculator atEnd(String id, String name, Polarity polarity, String definition,
			Predicate<ChildFacts> counted, List<Breakdown> breakdowns) {
		return new ChildPercentKpi(definition(id, name, polarity, definition), ChildFacts::isLookedAfterAtEnd, counted,
				breakdowns);
	}

	private static KpiCalculator oc2(String id, String name, Polarity polarity, String column, int minAge, int maxAge) {
		String ages = (minAge == 0) ? "" : " aged " + minAge + " to " + maxAge + " at the period end";
		return new ChildPercentKpi(
				definition(id, name, polarity,
						"Children of the OC2 cohort (as HLT-01)" + ages + " whose OC2 row has " + column + " = 1."),
				(c) -> KpiCatalogue.lookedAfterThroughoutPeriod(c) && agedBetween(c, minAge, maxAge),
				(c) -> oc2Has(c, (row) -> row.get(column).equals("1")), List.of(AGE_BAND));
	}

	/**
	 * A share of CLA-04's children by the REC of their last leaving in the period, as
	 * PRM-02 reads it.
	 */
	private static KpiCalculator leaving(String id, String name, Polarity polarity, String route, Set<String> codes) {
		return new ChildPercentKpi(
				definition(id, name, polarity,
						"Children who ceased to be looked after in the period (CLA-04) whose last leaving was " + route
								+ "."),
				(c) -> !c.leavingEpisodesInPeriod().isEmpty(),
				(c) -> lastLeaving(c).map((e) -> codes.contains(e.get(Columns.REC))).orElse(false),
				List.of(AGE_BAND, UASC));
	}

	private static Optional<Row> lastLeaving(ChildFacts child) {
		List<Row> leaving = child.leavingEpisodesInPeriod();
		Row last = null;
		for (Row episode : leaving) {
			if (last == null || !episode.dateOrNull(Columns.DEC).isBefore(last.dateOrNull(Columns.DEC))) {
				last = episode;
			}
		}
		return Optional.ofNullable(last);
	}

	@SafeVarargs
	private static Set<String> union(Set<String>... sets) {
		return Stream.of(sets).flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
	}

	private static String place(ChildFacts child) {
		return child.episodeAtEnd().get(Columns.PLACE);
	}

	static boolean isFarFromHome(ChildFacts child) {
		return child.placementDistanceAtEnd()
			.map((miles) -> miles.compareTo(KpiCatalogue.FAR_FROM_HOME_MILES) > 0)
			.orElse(false);
	}

	/**
	 * Outside when the placement postcode is known and in neither tier of the council;
	 * unknown is not outside.
	 */
	static boolean isPlacedOutside(ChildFacts child) {
		return child.placementAtEnd().map((placement) -> !placement.isIn(child.laCode())).orElse(false);
	}

	private static boolean agedBetween(ChildFacts child, int min, int max) {
		return child.ageAtEnd().map((age) -> age >= min && age <= max).orElse(false);
	}

	private static boolean oc2Has(ChildFacts child, Predicate<Row> test) {
		return child.records().rows(Table.OC2).stream().anyMatch(test);
	}

	/**
	 * STB-02's cohort: looked after at the end, under 16, in a period of care that began
	 * 2.5 years before.
	 */
	private static boolean isLongTermCohort(ChildFacts child) {
		if (!child.isLookedAfterAtEnd() || !child.ageAtEnd().map((age) -> age < LONG_TERM_MAX_AGE).orElse(false)) {
			return false;
		}
		LocalDate end = child.period().end();
		return child.periodOfCareAtEnd()
			.map((period) -> !period.start().isAfter(end.minusMonths(LONG_TERM_MONTHS_IN_CARE)))
			.orElse(false);
	}

	/**
	 * With the current carers for two years: the last placement of the period of care
	 * began two years before the end. Placements are counted as STB-01 counts them, so an
	 * adoption by the foster carers continues the placement.
	 */
	private static boolean inSamePlacementTwoYears(ChildFacts child) {
		LocalDate end = child.period().end();
		return child.periodOfCareAtEnd()
			.map((period) -> Placements.currentPlacementStart(
					period.episodes().stream().filter((e) -> !e.dateOrNull(Columns.DECOM).isAfter(end)).toList()))
			.map((start) -> !start.isAfter(end.minusYears(LONG_TERM_YEARS_IN_PLACEMENT)))
			.orElse(false);
	}

	private static long socialWorkersInPeriod(ChildFacts child) {
		KpiPeriod period = child.period();
		return child.records().rows(Table.SW_EPISODES).stream().filter((row) -> {
			LocalDate start = row.dateOrNull(Columns.SW_DECOM);
			LocalDate end = row.dateOrNull(Columns.SW_DEC);
			return start != null && !start.isAfter(period.end()) && (end == null || !end.isBefore(period.start()));
		}).map((row) -> row.get(Columns.SW_ID)).filter((id) -> !id.isEmpty()).distinct().count();
	}

	private static boolean startedInPeriod(ChildFacts child) {
		return !startsInPeriod(child).isEmpty();
	}

	private static List<Row> startsInPeriod(ChildFacts child) {
		return child.inScopeEpisodes()
			.stream()
			.filter((e) -> e.get(Columns.RNE).equals("S")
					&& ChildFacts.within(e.dateOrNull(Columns.DECOM), child.period()))
			.toList();
	}

	private static boolean wasUascOnStarting(ChildFacts child) {
		LocalDate started = startsInPeriod(child).get(0).dateOrNull(Columns.DECOM);
		return child.records().rows(Table.UASC).stream().anyMatch((row) -> {
			LocalDate duc = row.dateOrNull(Columns.DUC);
			return duc == null || duc.isAfter(started);
		});
	}

	/**
	 * An incident with a valid start on or before the period end that had not ended
	 * before the period start.
	 */
	static boolean openIn(Row incident, KpiPeriod period) {
		LocalDate start = incident.dateOrNull(Columns.MIS_START);
		if (start == null || start.isAfter(period.end())) {
			return false;
		}
		LocalDate end = incident.dateOrNull(Columns.MIS_END);
		return end == null || !end.isBefore(period.start());
	}

	/**
	 * Days from MIS_START to MIS_END of an incident that ended in the period; empty
	 * otherwise.
	 */
	static Optional<Long> daysMissing(Row incident, KpiPeriod period) {
		LocalDate start = incident.dateOrNull(Columns.MIS_START);
		LocalDate end = incident.dateOrNull(Columns.MIS_END);
		if (start == null || end == null || end.isBefore(start) || !ChildFacts.within(end, period)) {
			return Optional.empty();
		}
		return Optional.of(ChronoUnit.DAYS.between(start, end));
	}

}
