package org.ssda903.kpi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ssda903.common.Progress;

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
		return compute(inputs, Progress.silent());
	}

	/** Computes, counting each KPI's pass over the children as one done. */
	public List<KpiResult> compute(KpiInputs inputs, Progress progress) {
		List<KpiResult> rows = new ArrayList<>();
		for (KpiCalculator calculator : this.calculators) {
			rows.addAll(calculator.compute(inputs));
			progress.add(1);
		}
		return rows;
	}

	/** The children behind the rows of {@link #compute}, in the same order. */
	public List<KpiMember> members(KpiInputs inputs) {
		return members(inputs, Progress.silent());
	}

	/** The children behind the rows, counting each KPI's pass as one done. */
	public List<KpiMember> members(KpiInputs inputs, Progress progress) {
		List<KpiMember> members = new ArrayList<>();
		for (KpiCalculator calculator : this.calculators) {
			members.addAll(calculator.members(inputs));
			progress.add(1);
		}
		return members;
	}

	/** How many KPIs it computes. */
	public int size() {
		return this.calculators.size();
	}

}
