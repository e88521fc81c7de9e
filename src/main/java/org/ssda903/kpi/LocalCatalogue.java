package org.ssda903.kpi;

import static org.ssda903.kpi.Polarity.HIGHER_IS_BETTER;
import static org.ssda903.kpi.Polarity.NEUTRAL;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

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
		return whenGiven(definition, LocalExtracts::healthAssessments, (context, assessments) -> {
			KpiPeriod period = context.period();
			int count = assessments.size();
			LocalDate[] dueBy = new LocalDate[count];
			boolean[] due = new boolean[count];
			boolean[] leftCare = new boolean[count];
			// only the children of the assessments due are looked at as the children pass
			Map<String, List<Integer>> dueByChild = new HashMap<>();
			for (int i = 0; i < count; i++) {
				LocalExtracts.HealthAssessment assessment = assessments.get(i);
				dueBy[i] = plusWorkingDays(assessment.lookedAfterFrom(), IHA_WORKING_DAYS);
				due[i] = ChildFacts.within(assessment.lookedAfterFrom(), period) && !dueBy[i].isAfter(period.end());
				if (due[i]) {
					dueByChild.computeIfAbsent(assessment.child(), (child) -> new ArrayList<>()).add(i);
				}
			}
			return new KpiCalculator.Tally() {
				@Override
				public void add(ChildFacts child) {
					for (int i : dueByChild.getOrDefault(child.records().child(), List.of())) {
						leftCare[i] = leftCareBefore(child, dueBy[i]);
					}
				}

				@Override
				public List<KpiResult> rows() {
					int dueCount = 0;
					int inTime = 0;
					for (int i = 0; i < count; i++) {
						if (!due[i] || leftCare[i]) {
							continue;
						}
						dueCount++;
						LocalDate assessed = assessments.get(i).assessed();
						if (assessed != null && !assessed.isAfter(dueBy[i])) {
							inTime++;
						}
					}
					return List.of(KpiRows.percent(definition, period, "", "", inTime, dueCount));
				}
			};
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
		return whenGiven(definition, LocalExtracts::visits, (context, visits) -> {
			LocalDate end = context.period().end();
			// the first of a child's latest visits on or before the end, as a stream's
			// max keeps
			Map<String, LocalExtracts.Visit> latest = new HashMap<>();
			for (LocalExtracts.Visit visit : visits) {
				LocalExtracts.Visit kept = latest.get(visit.child());
				if (!visit.visited().isAfter(end) && (kept == null || visit.visited().isAfter(kept.visited()))) {
					latest.put(visit.child(), visit);
				}
			}
			Predicate<ChildFacts> visitedInTime = (child) -> {
				LocalExtracts.Visit visit = latest.get(child.records().child());
				return visit != null && !visit.visited().plusDays(visit.intervalDays()).isBefore(end);
			};
			KpiCalculator.Tally percent = new ChildPercentKpi(definition, ChildFacts::isLookedAfterAtEnd, visitedInTime,
					List.of(Breakdown.PLACEMENT_GROUP, Breakdown.LOCALITY))
				.tally(context);
			// the drill-down lists the 903 children of 903 KPIs only
			return new KpiCalculator.Tally() {
				@Override
				public void add(ChildFacts child) {
					percent.add(child);
				}

				@Override
				public List<KpiResult> rows() {
					return percent.rows();
				}
			};
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
		return whenGiven(definition, LocalExtracts::fosterHouseholds, (context, households) -> noChildren(() -> {
			KpiPeriod period = context.period();
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
		}));
	}

	/**
	 * AFT-01: young people aged 18 to 25 at the period end with aftercare support open
	 * then.
	 */
	static KpiCalculator aftercareCaseload() {
		KpiDefinition definition = new KpiDefinition("AFT-01", "Care leavers aged 18-25 supported by aftercare",
				NEUTRAL, KpiKind.COUNT, "Young people aged 18 to 25 at the period end whose aftercare support had"
						+ " started and not ended by then.");
		return whenGiven(definition, LocalExtracts::aftercare, (context, cases) -> noChildren(() -> {
			LocalDate end = context.period().end();
			List<Integer> ages = new ArrayList<>();
			for (LocalExtracts.AftercareCase c : cases) {
				int age = ChildFacts.age(c.dob(), end);
				boolean open = !c.from().isAfter(end) && (c.to() == null || c.to().isAfter(end));
				if (open && age >= AFTERCARE_MIN_AGE && age <= AFTERCARE_MAX_AGE) {
					ages.add(age);
				}
			}
			KpiPeriod period = context.period();
			return List.of(KpiRows.count(definition, period, "", "", ages.size()),
					KpiRows.count(definition, period, "age_band", "18-20",
							(int) ages.stream().filter((a) -> a <= 20).count()),
					KpiRows.count(definition, period, "age_band", "21-25",
							(int) ages.stream().filter((a) -> a > 20).count()));
		}));
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

	private static boolean leftCareBefore(ChildFacts child, LocalDate day) {
		return !child.inScopeEpisodes().isEmpty()
				&& child.inScopeEpisodes().stream().noneMatch((e) -> Episodes.isOpenOn(e, day));
	}

	/** A tally of a KPI whose rows read its extract only. */
	private static KpiCalculator.Tally noChildren(Supplier<List<KpiResult>> rows) {
		return new KpiCalculator.Tally() {
			@Override
			public void add(ChildFacts child) {
				// the extract alone gives the rows
			}

			@Override
			public List<KpiResult> rows() {
				return rows.get();
			}
		};
	}

	private static <T> KpiCalculator whenGiven(KpiDefinition definition,
			Function<LocalExtracts, Optional<List<T>>> extract, LocalTally<T> tally) {
		return new KpiCalculator() {
			@Override
			public KpiDefinition definition() {
				return definition;
			}

			@Override
			public Tally tally(KpiContext context) {
				return extract.apply(context.local())
					.map((rows) -> tally.tally(context, rows))
					.orElseGet(() -> noChildren(List::of));
			}
		};
	}

	/** How a local KPI tallies a period from its extract's rows. */
	@FunctionalInterface
	private interface LocalTally<T> {

		KpiCalculator.Tally tally(KpiContext context, List<T> rows);

	}

}
