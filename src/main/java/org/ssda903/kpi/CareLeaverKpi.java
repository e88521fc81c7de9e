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

	@Override
	public List<KpiResult> compute(KpiInputs inputs) {
		List<Row> cohort = cohort(inputs);
		int counted = (int) cohort.stream().filter(this.counted).count();
		return List.of(KpiRows.percent(this.definition, inputs.period(), "", "", counted, cohort.size()));
	}

	@Override
	public List<KpiMember> members(KpiInputs inputs) {
		return cohort(inputs).stream()
			.map((row) -> KpiMember.of(this.definition, inputs.period(), "", "", row.child(), this.counted.test(row)))
			.toList();
	}

	private List<Row> cohort(KpiInputs inputs) {
		KpiPeriod period = inputs.period();
		return ChildFacts.of(inputs)
			.stream()
			.filter((child) -> !child.hasOnlyShortBreaks())
			.flatMap((child) -> child.records().rows(Table.OC3).stream())
			.filter((row) -> isInCohort(row, period))
			.toList();
	}

	private boolean isInCohort(Row row, KpiPeriod period) {
		LocalDate dob = row.dateOrNull(Columns.DOB);
		if (dob == null || OUT_OF_COHORT.contains(row.get(Columns.IN_TOUCH))) {
			return false;
		}
		return this.birthdays.stream().anyMatch((age) -> ChildFacts.within(dob.plusYears(age), period));
	}

}
