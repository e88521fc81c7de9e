package org.ssda903.kpi;

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
	public Tally tally(KpiContext context) {
		BreakdownTally counts = new BreakdownTally(this.breakdowns);
		return new Tally() {
			@Override
			public void add(ChildFacts child) {
				if (ChildCountKpi.this.counted.test(child)) {
					counts.add(child, true);
				}
			}

			@Override
			public List<KpiResult> rows() {
				return counts.rows((breakdown, group, counted, cohort) -> KpiRows.count(ChildCountKpi.this.definition,
						context.period(), breakdown, group, counted));
			}

			@Override
			public List<MemberList> members() {
				return counts.members();
			}
		};
	}

}
