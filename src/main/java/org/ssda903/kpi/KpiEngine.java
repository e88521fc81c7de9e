package org.ssda903.kpi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Computes a set of KPIs into kpi.csv rows, in a stable order: by KPI id, each KPI's
 * overall row first.
 */
public final class KpiEngine {

	private final List<KpiCalculator> calculators;

	public KpiEngine(List<KpiCalculator> calculators) {
		this.calculators = calculators.stream()
			.sorted(Comparator.comparing((KpiCalculator calculator) -> calculator.definition().id()))
			.toList();
	}

	public List<KpiResult> compute(KpiInputs inputs) {
		List<KpiResult> rows = new ArrayList<>();
		for (KpiCalculator calculator : this.calculators) {
			rows.addAll(calculator.compute(inputs));
		}
		return rows;
	}

}
