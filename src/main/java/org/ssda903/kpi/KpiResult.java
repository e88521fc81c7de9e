package org.ssda903.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of kpi.csv. Which of numerator, denominator and value are present depends on
 * the KPI's kind (kpi-core.md, "How KPI rows are written"); the value carries its scale,
 * 0 for counts and 1 otherwise.
 *
 * @param kpiId the catalogue id
 * @param name the KPI's name
 * @param periodStart the first day of the period
 * @param periodEnd the last day of the period
 * @param breakdown what the row is broken down by, the empty string for the overall row
 * @param breakdownValue the group of the breakdown, the empty string for the overall row
 * @param numerator the count for counts and percentages; null for medians
 * @param denominator the cohort size for percentages and medians; null for counts
 * @param value the KPI's value; null when the denominator is 0
 */
public record KpiResult(String kpiId, String name, LocalDate periodStart, LocalDate periodEnd, String breakdown,
		String breakdownValue, Integer numerator, Integer denominator, BigDecimal value) {

	public boolean isOverall() {
		return this.breakdown.isEmpty();
	}

}
