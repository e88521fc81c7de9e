package org.ssda903.kpi;

import java.time.LocalDate;

/**
 * One child behind one row of kpi.csv, for the drill-down (kpi/children.csv) that lets a
 * performance officer check a figure child by child. Personal data: written to the run
 * folder only, never to the committee report.
 *
 * @param kpiId the row's KPI
 * @param periodEnd the row's period end
 * @param breakdown the row's breakdown, the empty string for the overall row
 * @param breakdownValue the row's group, the empty string for the overall row
 * @param childId the child
 * @param inNumerator whether the child is in the numerator; null for a median, which has
 * none
 */
public record KpiMember(String kpiId, LocalDate periodEnd, String breakdown, String breakdownValue, String childId,
		Boolean inNumerator) {
}
