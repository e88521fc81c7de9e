package org.ssda903.kpi;

/** Which way a KPI should move, for the committee's red/amber/green reading. */
public enum Polarity {

	HIGHER_IS_BETTER, LOWER_IS_BETTER, NEUTRAL

}
