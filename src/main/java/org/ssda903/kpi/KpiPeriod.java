package org.ssda903.kpi;

import java.time.LocalDate;

import org.ssda903.model.CollectionYear;

/**
 * The days a KPI run covers, both included.
 *
 * @param start the first day
 * @param end the last day: the snapshot date of point-in-time KPIs
 */
public record KpiPeriod(LocalDate start, LocalDate end) {

	public KpiPeriod {
		if (start == null || end == null || start.isAfter(end)) {
			throw new IllegalArgumentException("a KPI period needs a start on or before its end");
		}
	}

	/** 1 April to 31 March of the collection year. */
	public static KpiPeriod forCollectionYear(CollectionYear year) {
		return new KpiPeriod(year.start(), year.end());
	}

	/**
	 * The 12 months ending on the given day: from the day after the same date a year
	 * earlier.
	 */
	public static KpiPeriod asAt(LocalDate day) {
		return new KpiPeriod(day.minusYears(1).plusDays(1), day);
	}

}
