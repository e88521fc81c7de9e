package org.ssda903.kpi;

import java.util.List;

/** Computes one KPI: its overall row first, then its breakdown rows in a fixed order. */
public interface KpiCalculator {

	KpiDefinition definition();

	List<KpiResult> compute(KpiInputs inputs);

}
