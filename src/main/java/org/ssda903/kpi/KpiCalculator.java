package org.ssda903.kpi;

import java.util.List;
import java.util.function.Function;

/** Computes one KPI: its overall row first, then its breakdown rows in a fixed order. */
public interface KpiCalculator {

	KpiDefinition definition();

	List<KpiResult> compute(KpiInputs inputs);

	/**
	 * The children behind each row of {@link #compute}, in the same row order; none for a
	 * KPI that does not count 903 children (those of the council's local extracts).
	 */
	default List<KpiMember> members(KpiInputs inputs) {
		return List.of();
	}

	/** A KPI whose rows a function computes, with no children behind them to list. */
	static KpiCalculator of(KpiDefinition definition, Function<KpiInputs, List<KpiResult>> rows) {
		return new KpiCalculator() {
			@Override
			public KpiDefinition definition() {
				return definition;
			}

			@Override
			public List<KpiResult> compute(KpiInputs inputs) {
				return rows.apply(inputs);
			}
		};
	}

}
