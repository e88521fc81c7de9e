package org.ssda903.kpi;

import static org.ssda903.kpi.Polarity.LOWER_IS_BETTER;
import static org.ssda903.kpi.Polarity.NEUTRAL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

import org.ssda903.model.Columns;
import org.ssda903.model.Row;
import org.ssda903.model.Table;

/**
 * The KPIs that answer the committee's own questions directly (issue 12): the rate per
 * 10,000 against neighbours, how many children are in supported accommodation, how long
 * missing children were missing, and how long children were in care before going home.
 */
final class QuestionCatalogue {

	/**
	 * K3 registered supported accommodation; H5 and P2 semi-independent and independent
	 * living (kpis.md 1.6).
	 */
	static final Set<String> SUPPORTED_ACCOMMODATION = Set.of("K3", "H5", "P2");

	/** An absence longer than this many days is the committee's concern. */
	static final int LONG_ABSENCE_DAYS = 7;

	static final String UNDER_24_HOURS = "under 24 hours";

	static final String ONE_TO_SEVEN_DAYS = "1 to 7 days";

	static final String OVER_SEVEN_DAYS = "over 7 days";

	static final String UNDER_6_MONTHS = "under 6 months";

	static final String SIX_TO_12_MONTHS = "6 to 12 months";

	static final String OVER_A_YEAR = "over a year";

	private static final BigDecimal LOWER_QUARTILE = new BigDecimal("0.25");

	private static final BigDecimal UPPER_QUARTILE = new BigDecimal("0.75");

	private QuestionCatalogue() {
	}

	static List<KpiCalculator> kpis() {
		return List.of(ratePer10000(), supportedAccommodation(), missingByDuration(), longAbsences(), longestAbsence(),
				timeInCareQuartile("PRM-07", "lower", LOWER_QUARTILE),
				timeInCareQuartile("PRM-08", "upper", UPPER_QUARTILE), returnedHomeByTimeInCare());
	}

	/**
	 * CLA-02: CLA-01 per 10,000 children aged 0 to 17; no row without a population file
	 * that covers the day.
	 */
	static KpiCalculator ratePer10000() {
		KpiDefinition definition = new KpiDefinition("CLA-02", "Children looked after per 10,000 children", NEUTRAL,
				KpiKind.RATE_PER_10000, "Children looked after at the period end (CLA-01) per 10,000 resident children"
						+ " aged 0 to 17, from the ONS mid-year estimate of the latest 30 June before the period end.");
		return new CollectingKpi<Boolean>(definition, (child, looked) -> {
			if (child.isLookedAfterAtEnd()) {
				looked.accept(Boolean.TRUE);
			}
		}, (context, looked) -> {
			OptionalInt population = context.population().before(context.period().end());
			if (population.isEmpty()) {
				return List.of();
			}
			return List.of(KpiRows.ratePer10000(definition, context.period(), looked.size(), population.getAsInt()));
		});
	}

	static KpiCalculator supportedAccommodation() {
		return new ChildCountKpi(new KpiDefinition("PLC-08", "CLA in supported accommodation", NEUTRAL, KpiKind.COUNT,
				"Children looked after at the period end placed in registered supported accommodation (K3) or in"
						+ " semi-independent or independent living (H5, P2)."),
				(c) -> c.isLookedAfterAtEnd() && SUPPORTED_ACCOMMODATION.contains(c.episodeAtEnd().get(Columns.PLACE)),
				List.of(Breakdown.AGE_BAND));
	}

	/**
	 * MIS-05: the incidents MIS-03 takes its median of, by how long they lasted. Only
	 * dates are recorded, so an incident that ended the day it began is the one under 24
	 * hours.
	 */
	static KpiCalculator missingByDuration() {
		KpiDefinition definition = new KpiDefinition("MIS-05", "Missing incidents that ended in the period, by length",
				LOWER_IS_BETTER, KpiKind.COUNT,
				"Missing (M) incidents of children looked after in the period that"
						+ " ended in the period, by days from MIS_START to MIS_END: the same day (under 24 hours), 1 to"
						+ " 7 days, over 7 days.");
		return new CollectingKpi<Long>(definition, QuestionCatalogue::endedIncidentDays, (context, days) -> {
			KpiPeriod period = context.period();
			return List.of(KpiRows.count(definition, period, "", "", days.size()),
					KpiRows.count(definition, period, "duration", UNDER_24_HOURS,
							(int) days.stream().filter((d) -> d == 0).count()),
					KpiRows.count(definition, period, "duration", ONE_TO_SEVEN_DAYS,
							(int) days.stream().filter((d) -> d >= 1 && d <= LONG_ABSENCE_DAYS).count()),
					KpiRows.count(definition, period, "duration", OVER_SEVEN_DAYS,
							(int) days.stream().filter((d) -> d > LONG_ABSENCE_DAYS).count()));
		});
	}

	/**
	 * MIS-06: children with an absence of over 7 days, ended in the period or still going
	 * on at its end.
	 */
	static KpiCalculator longAbsences() {
		return new ChildCountKpi(new KpiDefinition("MIS-06", "Children missing for over 7 days at a time",
				LOWER_IS_BETTER, KpiKind.COUNT,
				"Children looked after in the period with a missing (M) incident of"
						+ " over 7 days that ended in the period, or that began over 7 days before the period end and"
						+ " had not ended by then."),
				(c) -> c.isLookedAfterDuringPeriod()
						&& c.records().rows(Table.MISSING).stream().anyMatch((row) -> isLongAbsence(row, c.period())),
				List.of());
	}

	static KpiCalculator longestAbsence() {
		KpiDefinition definition = new KpiDefinition("MIS-07", "Longest missing incident that ended in the period",
				LOWER_IS_BETTER, KpiKind.DAYS, "The most days from MIS_START to MIS_END of a missing (M) incident"
						+ " that ended in the period, over the incidents of MIS-05.");
		return new CollectingKpi<Long>(definition, QuestionCatalogue::endedIncidentDays,
				(context, days) -> List.of(KpiRows.days(definition, context.period(), days, BigDecimal.ONE)));
	}

	static KpiCalculator timeInCareQuartile(String id, String which, BigDecimal quantile) {
		KpiDefinition definition = new KpiDefinition(id, "Days in care before returning home: " + which + " quartile",
				NEUTRAL, KpiKind.DAYS, "The " + which + " quartile of the days PRM-02 takes its median of: from the"
						+ " start of the period of care to the return home (E4A, E4B).");
		return new CollectingKpi<Long>(definition,
				(child, days) -> ReturnedHomeMedianKpi.daysInCareBeforeReturningHome(child).ifPresent(days),
				(context, days) -> List.of(KpiRows.days(definition, context.period(), days, quantile)));
	}

	static KpiCalculator returnedHomeByTimeInCare() {
		KpiDefinition definition = new KpiDefinition("PRM-09", "Children returning home, by time in care", NEUTRAL,
				KpiKind.COUNT, "Children whose last leaving in the period was a return home (E4A, E4B), by the time"
						+ " from the start of the period of care: under 6 months, 6 to 12 months, over a year.");
		return new CollectingKpi<String>(definition,
				(child, bands) -> child.timeInCareBeforeReturningHome().map(QuestionCatalogue::band).ifPresent(bands),
				(context, bands) -> {
					KpiPeriod period = context.period();
					List<KpiResult> rows = new ArrayList<>();
					rows.add(KpiRows.count(definition, period, "", "", bands.size()));
					for (String band : List.of(UNDER_6_MONTHS, SIX_TO_12_MONTHS, OVER_A_YEAR)) {
						rows.add(KpiRows.count(definition, period, "time_in_care", band,
								(int) bands.stream().filter(band::equals).count()));
					}
					return rows;
				});
	}

	private static String band(ReturnedHomeMedianKpi.TimeInCare time) {
		if (time.home().isBefore(time.start().plusMonths(6))) {
			return UNDER_6_MONTHS;
		}
		return time.home().isAfter(time.start().plusYears(1)) ? OVER_A_YEAR : SIX_TO_12_MONTHS;
	}

	/**
	 * Days of each missing (M) incident of the child that ended in the period, when the
	 * child is looked after in it (as MIS-03).
	 */
	private static void endedIncidentDays(ChildFacts child, Consumer<Long> days) {
		if (!child.isLookedAfterDuringPeriod()) {
			return;
		}
		for (Row row : child.records().rows(Table.MISSING)) {
			if (row.get(Columns.MISSING).equals("M")) {
				WiderCatalogue.daysMissing(row, child.period()).ifPresent(days);
			}
		}
	}

	private static boolean isLongAbsence(Row row, KpiPeriod period) {
		if (!row.get(Columns.MISSING).equals("M")) {
			return false;
		}
		if (WiderCatalogue.daysMissing(row, period).map((d) -> d > LONG_ABSENCE_DAYS).orElse(false)) {
			return true;
		}
		LocalDate start = row.dateOrNull(Columns.MIS_START);
		LocalDate end = row.dateOrNull(Columns.MIS_END);
		boolean openAtEnd = start != null && !start.isAfter(period.end()) && (end == null || end.isAfter(period.end()));
		return openAtEnd && ChronoUnit.DAYS.between(start, period.end()) > LONG_ABSENCE_DAYS;
	}

}
