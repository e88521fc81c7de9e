package org.ssda903.kpi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The percentage of a cohort of children that meets a test, overall and within each
 * breakdown group.
 */
final class ChildPercentKpi implements KpiCalculator {

	private final KpiDefinition definition;

	private final Predicate<ChildFacts> cohort;

	private final Predicate<ChildFacts> counted;

	private final List<Breakdown> breakdowns;

	/**
	 * @param cohort who is in the denominator
	 * @param counted who of the cohort is in the numerator; only asked of cohort children
	 */
	ChildPercentKpi(KpiDefinition definition, Predicate<ChildFacts> cohort, Predicate<ChildFacts> counted,
			List<Breakdown> breakdowns) {
		this.definition = definition;
		this.cohort = cohort;
		this.counted = counted;
		this.breakdowns = List.copyOf(breakdowns);
	}

	@Override
	public KpiDefinition definition() {
		return this.definition;
	}

	@Override
	public List<KpiResult> compute(KpiInputs inputs) {
		List<ChildFacts> cohortChildren = ChildFacts.of(inputs).stream().filter(this.cohort).toList();
		List<ChildFacts> countedChildren = cohortChildren.stream().filter(this.counted).toList();
		KpiPeriod period = inputs.period();
		List<KpiResult> rows = new ArrayList<>();
		rows.add(KpiRows.percent(this.definition, period, "", "", countedChildren.size(), cohortChildren.size()));
		for (Breakdown breakdown : this.breakdowns) {
			for (String group : breakdown.groups()) {
				Predicate<ChildFacts> inGroup = (c) -> group.equals(breakdown.groupOf().apply(c));
				rows.add(KpiRows.percent(this.definition, period, breakdown.name(), group,
						(int) countedChildren.stream().filter(inGroup).count(),
						(int) cohortChildren.stream().filter(inGroup).count()));
			}
		}
		return rows;
	}

	@Override
	public List<KpiMember> members(KpiInputs inputs) {
		List<ChildFacts> cohortChildren = ChildFacts.of(inputs).stream().filter(this.cohort).toList();
		Set<ChildFacts> countedChildren = new HashSet<>(cohortChildren.stream().filter(this.counted).toList());
		KpiPeriod period = inputs.period();
		List<KpiMember> members = new ArrayList<>();
		cohortChildren.forEach((c) -> members
			.add(KpiMember.of(this.definition, period, "", "", c.records().child(), countedChildren.contains(c))));
		for (Breakdown breakdown : this.breakdowns) {
			for (String group : breakdown.groups()) {
				cohortChildren.stream()
					.filter((c) -> group.equals(breakdown.groupOf().apply(c)))
					.forEach((c) -> members.add(KpiMember.of(this.definition, period, breakdown.name(), group,
							c.records().child(), countedChildren.contains(c))));
			}
		}
		return members;
	}

}
