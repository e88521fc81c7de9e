package org.ssda903.kpi;

import java.util.ArrayList;
import java.util.List;

/**
 * Computes one KPI: its overall row first, then its breakdown rows in a fixed order. A
 * KPI is fed its period's children one at a time, so that the pack reads each child once
 * for every KPI and holds only a slice of them.
 */
public interface KpiCalculator {

	KpiDefinition definition();

	/** A fresh tally of the KPI over the children of one period. */
	Tally tally(KpiContext context);

	/** The rows over children held in memory, as a table test has them. */
	default List<KpiResult> compute(KpiInputs inputs) {
		return tallied(inputs).rows();
	}

	/**
	 * The children behind each row of {@link #compute}, in the same row order; none for a
	 * KPI that does not count 903 children (those of the council's local extracts).
	 */
	default List<KpiMember> members(KpiInputs inputs) {
		Tally tally = tallied(inputs);
		List<KpiResult> rows = tally.rows();
		List<MemberList> members = tally.members();
		List<KpiMember> listed = new ArrayList<>();
		for (int row = 0; row < members.size(); row++) {
			KpiResult result = rows.get(row);
			MemberList children = members.get(row);
			for (int i = 0; i < children.size(); i++) {
				listed
					.add(new KpiMember(result.kpiId(), result.periodEnd(), result.breakdown(), result.breakdownValue(),
							inputs.children().get(children.child(i)).child(), children.inNumerator(i)));
			}
		}
		return listed;
	}

	private Tally tallied(KpiInputs inputs) {
		Tally tally = tally(inputs.context());
		inputs.facts().forEach(tally::add);
		return tally;
	}

	/** One KPI being computed over the children of a period, fed in child id order. */
	interface Tally {

		void add(ChildFacts child);

		/** The KPI's rows over the children added. */
		List<KpiResult> rows();

		/**
		 * The children behind each of {@link #rows()}, in the same order and each in the
		 * order added; empty for a KPI with no children to list.
		 */
		default List<MemberList> members() {
			return List.of();
		}

	}

}
