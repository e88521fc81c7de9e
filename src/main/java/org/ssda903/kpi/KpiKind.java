package org.ssda903.kpi;

/**
 * What a KPI's value is, which decides how its row is written (kpi-core.md, "How KPI rows
 * are written").
 */
public enum KpiKind {

	/** Numerator = value = a count of children; no denominator. */
	COUNT,

	/** Numerator over denominator, x 100, one decimal place. */
	PERCENT,

	/**
	 * A median number of days over the denominator's children, one decimal place; no
	 * numerator.
	 */
	MEDIAN_DAYS,

	/**
	 * Another statistic of days over the denominator's children or incidents (a quartile,
	 * the longest), one decimal place; no numerator. Written as {@link #MEDIAN_DAYS} is.
	 */
	DAYS,

	/** Numerator over a resident population, x 10,000, one decimal place. */
	RATE_PER_10000

}
