package org.ssda903.kpi;

import java.util.List;
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
	public Tally tally(KpiContext context) {
		BreakdownTally counts = new BreakdownTally(this.breakdowns);
		return new Tally() {
			@Override
			public void add(ChildFacts child) {
				if (ChildPercentKpi.this.cohort.test(child)) {
					counts.add(child, ChildPercentKpi.this.counted.test(child));
				}
			}

			@Override
			public List<KpiResult> rows() {
				return counts.rows((breakdown, group, counted, cohort) -> KpiRows
					.percent(ChildPercentKpi.this.definition, context.period(), breakdown, group, counted, cohort));
			}

			@Override
			public List<MemberList> members() {
				return counts.members();
			}
		};
	}

}
