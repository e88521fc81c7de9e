package org.ssda903.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ssda903.model.Row;
import org.ssda903.model.Table;

/**
 * CL-02: OC3 rows, not children, make the cohort: those whose own DOB puts the 19th, 20th or 21st birthday in the
 * period, less those who died or went home (IN_TOUCH DIED, RHOM).
 */
final class CareLeaversInEducationKpi implements KpiCalculator {

	private static final Set<String> IN_EDUCATION_EMPLOYMENT_OR_TRAINING = Set.of("F1", "P1", "F2", "P2", "F4",
			"P4", "F5", "P5");

	private static final Set<String> OUT_OF_COHORT = Set.of("DIED", "RHOM");

	private static final List<Integer> COHORT_BIRTHDAYS = List.of(19, 20, 21);

	private final KpiDefinition definition;

	CareLeaversInEducationKpi(KpiDefinition definition) {
		this.definition = definition;
	}

	@Override
	public KpiDefinition definition() {
		return this.definition;
	}

	@Override
	public List<KpiResult> compute(KpiInputs inputs) {
		KpiPeriod period = inputs.period();
		List<Row> cohort = ChildFacts.of(inputs)
			.stream()
			.filter((child) -> !child.hasOnlyShortBreaks())
			.flatMap((child) -> child.records().rows(Table.OC3).stream())
			.filter((row) -> isInCohort(row, period))
			.toList();
		int inEducation = (int) cohort.stream()
			.filter((row) -> IN_EDUCATION_EMPLOYMENT_OR_TRAINING.contains(row.get("ACTIV")))
			.count();
		return List.of(KpiRows.percent(this.definition, period, "", "", inEducation, cohort.size()));
	}

	private static boolean isInCohort(Row row, KpiPeriod period) {
		LocalDate dob = row.dateOrNull("DOB");
		if (dob == null || OUT_OF_COHORT.contains(row.get("IN_TOUCH"))) {
			return false;
		}
		return COHORT_BIRTHDAYS.stream().anyMatch((age) -> ChildFacts.within(dob.plusYears(age), period));
	}

}
