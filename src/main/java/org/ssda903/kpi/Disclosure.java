package org.ssda903.kpi;

import java.math.BigDecimal;

/**
 * Disclosure control for published KPI figures, as DfE does it: a count from 1 to 4, and
 * a rate or median built on one, is shown as "c", because a committee paper is public and
 * a small count can identify a child. The stored figures are never changed; only what is
 * published is.
 */
public final class Disclosure {

	/** What a suppressed figure is shown as. */
	public static final String SUPPRESSED = "c";

	/** Counts below this are suppressed. */
	static final int SUPPRESS_BELOW = 5;

	private Disclosure() {
	}

	/**
	 * Whether a count may be shown: 0 and 5 or more; blank counts have nothing to hide.
	 */
	public static boolean disclosable(Integer count) {
		return count == null || count == 0 || count >= SUPPRESS_BELOW;
	}

	/** The value that may be published, null when blank or suppressed. */
	public static BigDecimal shown(KpiResult row, KpiKind kind) {
		if (row.value() == null) {
			return null;
		}
		boolean disclosable = switch (kind) {
			case COUNT -> row.value().signum() < 0 || disclosable(row.value().abs().intValue());
			case PERCENT -> disclosable(row.numerator()) && disclosable(row.denominator());
			case MEDIAN_DAYS, DAYS -> disclosable(row.denominator());
			// a rate is built on a count of children over a population: its count decides
			case RATE_PER_10000 -> disclosable(row.numerator());
		};
		return disclosable ? row.value() : null;
	}

	/** Whether the row's value is there but may not be published. */
	public static boolean suppressed(KpiResult row, KpiKind kind) {
		return row.value() != null && shown(row, kind) == null;
	}

}
