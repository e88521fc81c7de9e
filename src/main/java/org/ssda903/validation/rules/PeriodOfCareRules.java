package org.ssda903.validation.rules;

import static org.ssda903.model.Table.EPISODES;
import static org.ssda903.model.Table.MISSING;
import static org.ssda903.validation.Severity.ERROR;

import java.time.LocalDate;
import java.util.List;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.Columns;
import org.ssda903.model.PeriodsOfCare;
import org.ssda903.model.PeriodsOfCare.Period;
import org.ssda903.model.Row;
import org.ssda903.validation.ChildRule;
import org.ssda903.validation.Rule;
import org.ssda903.validation.Years;

/**
 * Missing periods against the child's periods of care (ssda903.md 3.D 577/578, periods as
 * in 4.3). Last year's return is used, when there is one, to reach back to the start of a
 * period that began before this year; without it the earliest episode of this year's file
 * starts the period, so the rules still run.
 */
public final class PeriodOfCareRules {

	private static final List<Rule> RULES = List.of(
			// a period starting outside every period of care is 578's finding; 577 looks
			// at how the missing period
			// ends, within the period of care it started in
			ChildRule.of("577", ERROR, List.of(MISSING, EPISODES),
					List.of(Columns.MIS_START, Columns.MIS_END, Columns.DECOM, Columns.DEC), Years.all(),
					"A missing period does not end within the period of care it started in: it is still open after"
							+ " care ended, or ends after care ended.",
					(child, ctx, flag) -> {
						if (!child.has(MISSING)) {
							return;
						}
						List<Period> periods = PeriodsOfCare.of(child, ctx.previousYearOf(child));
						for (Row missing : child.rows(MISSING)) {
							Period period = periodAt(periods, missing.dateOrNull(Columns.MIS_START));
							if (period != null && endsOutside(missing, period)) {
								flag.accept(missing);
							}
						}
					}),
			// a child can go missing during a short break (V3/V4), so short breaks are
			// periods of care here, as in
			// ssda903.md 4.3
			ChildRule.of("578", ERROR, List.of(MISSING, EPISODES),
					List.of(Columns.MIS_START, Columns.DECOM, Columns.DEC), Years.all(),
					"A missing period starts before the child's period of care started or after it ended.",
					(child, ctx, flag) -> {
						if (!child.has(MISSING)) {
							return;
						}
						ChildRecords previous = ctx.previousYearOf(child);
						List<Period> periods = PeriodsOfCare.fromEpisodes(child.rows(EPISODES),
								previous == null ? List.of() : previous.rows(EPISODES));
						for (Row missing : child.rows(MISSING)) {
							LocalDate start = missing.dateOrNull(Columns.MIS_START);
							if (start != null && periodAt(periods, start) == null) {
								flag.accept(missing);
							}
						}
					}));

	private PeriodOfCareRules() {
	}

	public static List<Rule> rules() {
		return RULES;
	}

	/**
	 * The period of care the child was in on the day, or null (also when the day is
	 * null). A period whose end is unknown (still open, or its last DEC unreadable) holds
	 * every day from its start, so that a bad date never makes a finding here.
	 */
	static Period periodAt(List<Period> periods, LocalDate day) {
		if (day == null) {
			return null;
		}
		for (Period period : periods) {
			LocalDate end = period.end();
			if (!day.isBefore(period.start()) && (end == null || !day.isAfter(end))) {
				return period;
			}
		}
		return null;
	}

	/**
	 * Still open though the period ended, or ending after it ended. An unreadable MIS_END
	 * is left to 1005, and a period without a known end to the chain rules.
	 */
	private static boolean endsOutside(Row missing, Period period) {
		LocalDate periodEnd = period.end();
		if (periodEnd == null) {
			return false;
		}
		if (missing.isBlank(Columns.MIS_END)) {
			return true;
		}
		LocalDate end = missing.dateOrNull(Columns.MIS_END);
		return end != null && end.isAfter(periodEnd);
	}

}
