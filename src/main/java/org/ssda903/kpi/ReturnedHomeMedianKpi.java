package org.ssda903.kpi;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ssda903.model.Columns;
import org.ssda903.model.Episodes;
import org.ssda903.model.PeriodsOfCare;
import org.ssda903.model.Row;

/**
 * PRM-02: over children whose last leaving in the period was a return home (REC E4A or
 * E4B), the median days from the start of the period of care that leaving ended to its
 * DEC.
 */
final class ReturnedHomeMedianKpi implements KpiCalculator {

	private static final Set<String> RETURNED_HOME = Set.of("E4A", "E4B");

	private static final Comparator<Row> BY_END = Comparator.comparing((Row e) -> e.dateOrNull(Columns.DEC))
		.thenComparing(Episodes.BY_START);

	private final KpiDefinition definition;

	ReturnedHomeMedianKpi(KpiDefinition definition) {
		this.definition = definition;
	}

	@Override
	public KpiDefinition definition() {
		return this.definition;
	}

	@Override
	public Tally tally(KpiContext context) {
		List<Long> days = new ArrayList<>();
		MemberList members = new MemberList();
		return new Tally() {
			@Override
			public void add(ChildFacts child) {
				Optional<Long> inCare = daysInCareBeforeReturningHome(child);
				if (inCare.isPresent()) {
					days.add(inCare.get());
					members.add(child.index(), null);
				}
			}

			@Override
			public List<KpiResult> rows() {
				return List.of(KpiRows.medianDays(ReturnedHomeMedianKpi.this.definition, context.period(), days));
			}

			@Override
			public List<MemberList> members() {
				return List.of(members.trimmed());
			}
		};
	}

	static Optional<Long> daysInCareBeforeReturningHome(ChildFacts child) {
		return child.timeInCareBeforeReturningHome().map((time) -> ChronoUnit.DAYS.between(time.start(), time.home()));
	}

	/**
	 * The start of the period of care and the day of the return home, for a child whose
	 * last leaving was one; {@link ChildFacts#timeInCareBeforeReturningHome()} keeps it.
	 */
	static Optional<TimeInCare> timeInCareBeforeReturningHome(ChildFacts child) {
		Optional<Row> lastLeaving = child.leavingEpisodesInPeriod().stream().max(BY_END);
		if (lastLeaving.isEmpty() || !RETURNED_HOME.contains(lastLeaving.get().get(Columns.REC))) {
			return Optional.empty();
		}
		Row leaving = lastLeaving.get();
		return PeriodsOfCare.containing(child.periodsOfCare(), leaving)
			.map((period) -> new TimeInCare(period.start(), leaving.dateOrNull(Columns.DEC)));
	}

	/**
	 * A period of care that ended in a return home: the day it began and the day the
	 * child went home.
	 */
	record TimeInCare(LocalDate start, LocalDate home) {
	}

}
