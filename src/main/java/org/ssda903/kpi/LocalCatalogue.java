package org.ssda903.kpi;

import static org.ssda903.kpi.Polarity.HIGHER_IS_BETTER;
import static org.ssda903.kpi.Polarity.NEUTRAL;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.ssda903.kpi.local.LocalExtracts;
import org.ssda903.model.Episodes;

/**
 * The KPIs of measures 903 does not carry, each read from a local extract
 * (jobs/local-extracts/README.md). A KPI whose extract was not given writes no row at
 * all: a committee must not read "0 visits" for "not supplied".
 */
final class LocalCatalogue {

	/**
	 * Initial health assessments are due within 20 working days of becoming looked after
	 * (kpis.md section 4).
	 */
	static final int IHA_WORKING_DAYS = 20;

	private static final int AFTERCARE_MIN_AGE = 18;

	private static final int AFTERCARE_MAX_AGE = 25;

	private LocalCatalogue() {
	}

	static List<KpiCalculator> kpis() {
		return List.of(initialHealthAssessments(), visitsInTime(), fosterHouseholds("EXT-02A"),
				fosterHouseholds("EXT-02D"), fosterHouseholds("EXT-02"), aftercareCaseload());
	}

	/**
	 * HLT-05 over the IHA extract's rows: children who became looked after in the period
	 * and whose assessment fell due (20 working days, Monday to Friday; bank holidays are
	 * not known) by the period end. A child the 903 data shows had left care before the
	 * due day was never due one and is left out.
	 */
	static KpiCalculator initialHealthAssessments() {
		KpiDefinition definition = new KpiDefinition("HLT-05", "Initial health assessments within 20 working days",
				HIGHER_IS_BETTER, KpiKind.PERCENT, "Children who became looked after in the period, due an initial"
						+ " health assessment by the period end, assessed within 20 working days.");
		return whenGiven(definition, LocalExtracts::healthAssessments, (inputs, assessments) -> {
			KpiPeriod period = inputs.period();
			List<ChildFacts> children = ChildFacts.of(inputs);
			int due = 0;
			int inTime = 0;
			for (LocalExtracts.HealthAssessment assessment : assessments) {
				LocalDate dueBy = plusWorkingDays(assessment.lookedAfterFrom(), IHA_WORKING_DAYS);
				if (!ChildFacts.within(assessment.lookedAfterFrom(), period) || dueBy.isAfter(period.end())
						|| leftCareBefore(children, assessment.child(), dueBy)) {
					continue;
				}
				due++;
				if (assessment.assessed() != null && !assessment.assessed().isAfter(dueBy)) {
					inTime++;
				}
			}
			return List.of(KpiRows.percent(definition, period, "", "", inTime, due));
		});
	}

	/**
	 * EXT-01: CLA-01 children whose latest visit on or before the period end is within
	 * the interval that applies.
	 */
	static KpiCalculator visitsInTime() {
		KpiDefinition definition = new KpiDefinition("EXT-01", "% of CLA visited within timescale", HIGHER_IS_BETTER,
				KpiKind.PERCENT, "Children looked after at the period end whose latest statutory visit is no longer"
						+ " ago than the interval that applies to them (six weeks unless the file says otherwise).");
		return whenGiven(definition, LocalExtracts::visits, (inputs, visits) -> {
			Predicate<ChildFacts> visitedInTime = (child) -> visits.stream()
				.filter((v) -> v.child().equals(child.records().child()) && !v.visited().isAfter(child.period().end()))
				.max((a, b) -> a.visited().compareTo(b.visited()))
				.map((v) -> !v.visited().plusDays(v.intervalDays()).isBefore(child.period().end()))
				.orElse(false);
			return new ChildPercentKpi(definition, ChildFacts::isLookedAfterAtEnd, visitedInTime,
					List.of(Breakdown.PLACEMENT_GROUP, Breakdown.LOCALITY))
				.compute(inputs);
		});
	}

	/**
	 * EXT-02A approvals, EXT-02D deregistrations and EXT-02 their net change, by
	 * household type.
	 */
	static KpiCalculator fosterHouseholds(String id) {
		KpiDefinition definition = switch (id) {
			case "EXT-02A" -> new KpiDefinition(id, "Foster households approved", HIGHER_IS_BETTER, KpiKind.COUNT,
					"Foster carer households approved in the period.");
			case "EXT-02D" -> new KpiDefinition(id, "Foster households deregistered", Polarity.LOWER_IS_BETTER,
					KpiKind.COUNT, "Foster carer households deregistered in the period.");
			default -> new KpiDefinition(id, "Foster households: net change", HIGHER_IS_BETTER, KpiKind.COUNT,
					"Households approved in the period less households deregistered in it.");
		};
		return whenGiven(definition, LocalExtracts::fosterHouseholds, (inputs, households) -> {
			KpiPeriod period = inputs.period();
			Function<List<LocalExtracts.FosterHousehold>, Integer> measure = (list) -> {
				int approved = (int) list.stream().filter((h) -> ChildFacts.within(h.approved(), period)).count();
				int deregistered = (int) list.stream()
					.filter((h) -> h.deregistered() != null && ChildFacts.within(h.deregistered(), period))
					.count();
				return switch (id) {
					case "EXT-02A" -> approved;
					case "EXT-02D" -> deregistered;
					default -> approved - deregistered;
				};
			};
			return List.of(KpiRows.count(definition, period, "", "", measure.apply(households)),
					KpiRows.count(definition, period, "household_type", "mainstream",
							measure.apply(households.stream().filter((h) -> !h.familyAndFriends()).toList())),
					KpiRows.count(definition, period, "household_type", "family and friends", measure
						.apply(households.stream().filter(LocalExtracts.FosterHousehold::familyAndFriends).toList())));
		});
	}

	/**
	 * AFT-01: young people aged 18 to 25 at the period end with aftercare support open
	 * then.
	 */
	static KpiCalculator aftercareCaseload() {
		KpiDefinition definition = new KpiDefinition("AFT-01", "Care leavers aged 18-25 supported by aftercare",
				NEUTRAL, KpiKind.COUNT, "Young people aged 18 to 25 at the period end whose aftercare support had"
						+ " started and not ended by then.");
		return whenGiven(definition, LocalExtracts::aftercare, (inputs, cases) -> {
			LocalDate end = inputs.period().end();
			List<Integer> ages = new ArrayList<>();
			for (LocalExtracts.AftercareCase c : cases) {
				int age = ChildFacts.age(c.dob(), end);
				boolean open = !c.from().isAfter(end) && (c.to() == null || c.to().isAfter(end));
				if (open && age >= AFTERCARE_MIN_AGE && age <= AFTERCARE_MAX_AGE) {
					ages.add(age);
				}
			}
			KpiPeriod period = inputs.period();
			return List.of(KpiRows.count(definition, period, "", "", ages.size()),
					KpiRows.count(definition, period, "age_band", "18-20",
							(int) ages.stream().filter((a) -> a <= 20).count()),
					KpiRows.count(definition, period, "age_band", "21-25",
							(int) ages.stream().filter((a) -> a > 20).count()));
		});
	}

	/** The day that many working days (Monday to Friday) after the given one. */
	static LocalDate plusWorkingDays(LocalDate day, int workingDays) {
		LocalDate result = day;
		int added = 0;
		while (added < workingDays) {
			result = result.plusDays(1);
			if (result.getDayOfWeek() != DayOfWeek.SATURDAY && result.getDayOfWeek() != DayOfWeek.SUNDAY) {
				added++;
			}
		}
		return result;
	}

	private static boolean leftCareBefore(List<ChildFacts> children, String child, LocalDate day) {
		Optional<ChildFacts> facts = children.stream().filter((c) -> c.records().child().equals(child)).findFirst();
		return facts.isPresent() && !facts.get().inScopeEpisodes().isEmpty()
				&& facts.get().inScopeEpisodes().stream().noneMatch((e) -> Episodes.isOpenOn(e, day));
	}

	private static <T> KpiCalculator whenGiven(KpiDefinition definition,
			Function<LocalExtracts, Optional<List<T>>> extract, LocalComputation<T> computation) {
		return KpiCalculator.of(definition,
				(inputs) -> extract.apply(inputs.local())
					.map((rows) -> computation.compute(inputs, rows))
					.orElse(List.of()));
	}

	/** How a local KPI computes its rows from the inputs and its extract's rows. */
	@FunctionalInterface
	private interface LocalComputation<T> {

		List<KpiResult> compute(KpiInputs inputs, List<T> rows);

	}

}
