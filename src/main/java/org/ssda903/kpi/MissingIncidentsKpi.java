package org.ssda903.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

	/** Lists each child with an incident the row counts, once. */
	@Override
	public Tally tally(KpiContext context) {
		KpiPeriod period = context.period();
		List<Long> days = new ArrayList<>();
		MemberList members = new MemberList();
		int[] incidents = new int[1];
		return new Tally() {
			@Override
			public void add(ChildFacts child) {
				boolean listed = false;
				for (Row row : incidents(child)) {
					boolean open = WiderCatalogue.openIn(row, period);
					Optional<Long> ended = WiderCatalogue.daysMissing(row, period);
					incidents[0] += open ? 1 : 0;
					ended.ifPresent(days::add);
					listed |= MissingIncidentsKpi.this.medianDuration ? ended.isPresent() : open;
				}
				if (listed) {
					members.add(child.index(), MissingIncidentsKpi.this.medianDuration ? null : Boolean.TRUE);
				}
			}

			@Override
			public List<KpiResult> rows() {
				KpiDefinition definition = MissingIncidentsKpi.this.definition;
				return List.of(MissingIncidentsKpi.this.medianDuration ? KpiRows.medianDays(definition, period, days)
						: KpiRows.count(definition, period, "", "", incidents[0]));
			}

			@Override
			public List<MemberList> members() {
				return List.of(members.trimmed());
			}
		};
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
