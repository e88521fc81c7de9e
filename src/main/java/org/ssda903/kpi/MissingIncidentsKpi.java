package org.ssda903.kpi;

import java.util.ArrayList;
import java.util.List;

import org.ssda903.model.Columns;
import org.ssda903.model.Row;
import org.ssda903.model.Table;

/**
 * MIS-02 and MIS-03: missing (M) incidents, not children. Only children in MIS-01's
 * denominator (looked after at some time in the period) count, so that an incident after
 * a child left care is not the council's.
 */
final class MissingIncidentsKpi implements KpiCalculator {

	private final KpiDefinition definition;

	private final boolean medianDuration;

	/**
	 * @param medianDuration the median days of the incidents that ended in the period,
	 * rather than the number of incidents open in it
	 */
	MissingIncidentsKpi(KpiDefinition definition, boolean medianDuration) {
		this.definition = definition;
		this.medianDuration = medianDuration;
	}

	@Override
	public KpiDefinition definition() {
		return this.definition;
	}

	@Override
	public List<KpiResult> compute(KpiInputs inputs) {
		KpiPeriod period = inputs.period();
		int incidents = 0;
		List<Long> days = new ArrayList<>();
		for (ChildFacts child : ChildFacts.of(inputs)) {
			for (Row row : incidents(child)) {
				if (WiderCatalogue.openIn(row, period)) {
					incidents++;
				}
				WiderCatalogue.daysMissing(row, period).ifPresent(days::add);
			}
		}
		return List.of(this.medianDuration ? KpiRows.medianDays(this.definition, period, days)
				: KpiRows.count(this.definition, period, "", "", incidents));
	}

	/** Each child with an incident the row counts, once. */
	@Override
	public List<KpiMember> members(KpiInputs inputs) {
		KpiPeriod period = inputs.period();
		List<KpiMember> members = new ArrayList<>();
		for (ChildFacts child : ChildFacts.of(inputs)) {
			boolean counted = incidents(child).stream()
				.anyMatch((row) -> this.medianDuration ? WiderCatalogue.daysMissing(row, period).isPresent()
						: WiderCatalogue.openIn(row, period));
			if (counted) {
				members.add(KpiMember.of(this.definition, period, "", "", child.records().child(),
						this.medianDuration ? null : Boolean.TRUE));
			}
		}
		return members;
	}

	/** The child's missing (M) rows, when the child is looked after in the period. */
	private static List<Row> incidents(ChildFacts child) {
		if (!child.isLookedAfterDuringPeriod()) {
			return List.of();
		}
		return child.records()
			.rows(Table.MISSING)
			.stream()
			.filter((row) -> row.get(Columns.MISSING).equals("M"))
			.toList();
	}

}
