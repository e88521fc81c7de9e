package org.ssda903.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.ssda903.model.Columns;
import org.ssda903.model.Row;
import org.ssda903.model.Table;

/**
 * A care-leaver KPI over OC3 rows, not children: the cohort is the rows whose own DOB
 * puts one of the given birthdays in the period, less those who died or went home
 * (IN_TOUCH DIED, RHOM), as kpi-core.md defines CL-02.
 */
final class CareLeaverKpi implements KpiCalculator {

	private static final Set<String> OUT_OF_COHORT = Set.of("DIED", "RHOM");

	private final KpiDefinition definition;

	private final List<Integer> birthdays;

	private final Predicate<Row> counted;

	/**
	 * @param birthdays the birthdays that put a row in the cohort, e.g. 19, 20 and 21
	 * @param counted which cohort rows are in the numerator
	 */
	CareLeaverKpi(KpiDefinition definition, List<Integer> birthdays, Predicate<Row> counted) {
		this.definition = definition;
		this.birthdays = List.copyOf(birthdays);
		this.counted = counted;
	}

	@Override
	public KpiDefinition definition() {
		return this.definition;
	}

	/**
	 * Each cohort row lists its child, so a child with two such OC3 rows is listed twice.
	 */
	@Override
	public Tally tally(KpiContext context) {
		KpiPeriod period = context.period();
		MemberList members = new MemberList();
		int[] counted = new int[1];
		return new Tally() {
			@Override
			public void add(ChildFacts child) {
				if (child.hasOnlyShortBreaks()) {
					return;
				}
				for (Row row : child.records().rows(Table.OC3)) {
					if (isInCohort(row, period)) {
						boolean inNumerator = CareLeaverKpi.this.counted.test(row);
						counted[0] += inNumerator ? 1 : 0;
						members.add(child.index(), inNumerator);
					}
				}
			}

			@Override
			public List<KpiResult> rows() {
				return List
					.of(KpiRows.percent(CareLeaverKpi.this.definition, period, "", "", counted[0], members.size()));
			}

			@Override
			public List<MemberList> members() {
				return List.of(members.trimmed());
			}
		};
	}

	private boolean isInCohort(Row row, KpiPeriod period) {
		LocalDate dob = row.dateOrNull(Columns.DOB);
		if (dob == null || OUT_OF_COHORT.contains(row.get(Columns.IN_TOUCH))) {
			return false;
		}
		return this.birthdays.stream().anyMatch((age) -> ChildFacts.within(dob.plusYears(age), period));
	}

}
