package org.ssda903.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A count of distinct children, overall and by each breakdown. */
final class ChildCountKpi implements KpiCalculator {

	private final KpiDefinition definition;

	private final Predicate<ChildFacts> counted;

	private final List<Breakdown> breakdowns;

	ChildCountKpi(KpiDefinition definition, Predicate<ChildFacts> counted, List<Breakdown> breakdowns) {
		this.definition = definition;
		this.counted = counted;
		this.breakdowns = List.copyOf(breakdowns);
	}

	@Override
	public KpiDefinition definition() {
		return this.definition;
	}

	@Override
	public List<KpiResult> compute(KpiInputs inputs) {
		List<ChildFacts> children = ChildFacts.of(inputs).stream().filter(this.counted).toList();
		KpiPeriod period = inputs.period();
		List<KpiResult> rows = new ArrayList<>();
		rows.add(KpiRows.count(this.definition, period, "", "", children.size()));
		for (Breakdown breakdown : this.breakdowns) {
			for (String group : breakdown.groups()) {
				int count = (int) children.stream().filter((c) -> group.equals(breakdown.groupOf().apply(c))).count();
				rows.add(KpiRows.count(this.definition, period, breakdown.name(), group, count));
			}
		}
		return rows;
	}

	@Override
	public List<KpiMember> members(KpiInputs inputs) {
		List<ChildFacts> children = ChildFacts.of(inputs).stream().filter(this.counted).toList();
		KpiPeriod period = inputs.period();
		List<KpiMember> members = new ArrayList<>();
		children.forEach((c) -> members.add(KpiMember.of(this.definition, period, "", "", c.records().child(), true)));
		for (Breakdown breakdown : this.breakdowns) {
			for (String group : breakdown.groups()) {
				children.stream()
					.filter((c) -> group.equals(breakdown.groupOf().apply(c)))
					.forEach((c) -> members.add(
							KpiMember.of(this.definition, period, breakdown.name(), group, c.records().child(), true)));
			}
		}
		return members;
	}

}
