package org.ssda903.validation.rules;

import static org.ssda903.model.Table.DOLO;
import static org.ssda903.model.Table.EPISODES;
import static org.ssda903.validation.Severity.ERROR;
import static org.ssda903.validation.rules.ChildChecks.endOrYearEnd;
import static org.ssda903.validation.rules.RowChecks.isAfter;
import static org.ssda903.validation.rules.RowChecks.isBefore;
import static org.ssda903.validation.rules.RowChecks.isInvalidDate;
import static org.ssda903.validation.rules.RowChecks.isMissingOrInvalidDate;
import static org.ssda903.validation.rules.RowChecks.isOnOrBefore;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.Columns;
import org.ssda903.model.PeriodsOfCare;
import org.ssda903.model.PeriodsOfCare.Period;
import org.ssda903.model.Row;
import org.ssda903.validation.ChildRule;
import org.ssda903.validation.Needs;
import org.ssda903.validation.Rule;
import org.ssda903.validation.ValidationContext;
import org.ssda903.validation.Years;

/**
 * Deprivation of liberty orders (ssda903.md 3.I), a file collected from 2026-27. The
 * rules follow the public validator because the DfE has not yet published them, so they
 * are unconfirmed; a council's DoLO is a row of DoLo.csv, open while DOLO_END is blank.
 */
public final class DoloRules {

	private static final Years FROM_2026_27 = Years.from(2027);

	private static final Comparator<Row> BY_DOLO_START = Comparator
		.comparing((Row row) -> row.dateOrNull(Columns.DOLO_START), Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparingLong(Row::line);

	/** The placements a child under a DoLO may be in; every other placement makes 709. */
	private static final Set<String> DOLO_PLACEMENTS = Set.of("K2", "Z12", "Z13");

	/**
	 * Placements that can never hold a child under a DoLO: 710, a finding on top of
	 * 709's.
	 */
	private static final Set<String> EXCLUDED_PLACEMENTS = Set.of("K1", "P1", "R5", "K3");

	// the public validator reads 709 and 710 from a column PLACEMENT, which no 903 file
	// has, so both rules error
	// there; PLACE is the placement type they mean (ssda903.md 8)
	private static final List<Rule> RULES = List.of(
			ChildRule.of("700", ERROR, List.of(DOLO), List.of(Columns.DOLO_START), FROM_2026_27,
					"The start date of the deprivation of liberty order is missing or is not a valid date.",
					(child, ctx, flag) -> eachDolo(child, flag,
							(dolo) -> isMissingOrInvalidDate(dolo, Columns.DOLO_START))),
			ChildRule.of("701", ERROR, List.of(DOLO), List.of(Columns.DOLO_END), FROM_2026_27,
					"The end date of the deprivation of liberty order is not a valid date.",
					(child, ctx, flag) -> eachDolo(child, flag, (dolo) -> isInvalidDate(dolo, Columns.DOLO_END))),
			ChildRule.of("702", ERROR, List.of(DOLO), List.of(Columns.DOLO_START, Columns.DOLO_END), FROM_2026_27,
					"The deprivation of liberty order ends on or before the day it starts.",
					(child, ctx, flag) -> eachDolo(child, flag,
							(dolo) -> isOnOrBefore(dolo.dateOrNull(Columns.DOLO_END),
									dolo.dateOrNull(Columns.DOLO_START)))),
			ChildRule.of("703", ERROR, List.of(DOLO), List.of(Columns.DOLO_START), FROM_2026_27,
					"The deprivation of liberty order starts after the end of the collection year.",
					(child, ctx, flag) -> eachDolo(child, flag,
							(dolo) -> isAfter(dolo.dateOrNull(Columns.DOLO_START), ctx.end()))),
			ChildRule.of("704", ERROR, List.of(DOLO), List.of(Columns.DOLO_END), FROM_2026_27,
					"The deprivation of liberty order ends outside the collection year.",
					(child, ctx, flag) -> eachDolo(child, flag,
							(dolo) -> isBefore(dolo.dateOrNull(Columns.DOLO_END), ctx.start())
									|| isAfter(dolo.dateOrNull(Columns.DOLO_END), ctx.end()))),
			// as for missing periods (574), an order may start on the day the previous
			// one ended; the later order is
			// reported because it is the one that cannot have begun
			ChildRule.of("705", ERROR, List.of(DOLO), List.of(Columns.DOLO_START, Columns.DOLO_END), FROM_2026_27,
					"A deprivation of liberty order starts before the previous one ended, or while it is still open.",
					(child, ctx, flag) -> {
						List<Row> orders = child.rows(DOLO)
							.stream()
							.filter((dolo) -> dolo.dateOrNull(Columns.DOLO_START) != null)
							.sorted(BY_DOLO_START)
							.toList();
						for (int i = 1; i < orders.size(); i++) {
							Row previous = orders.get(i - 1);
							Row order = orders.get(i);
							if (previous.isBlank(Columns.DOLO_END) || isBefore(order.dateOrNull(Columns.DOLO_START),
									previous.dateOrNull(Columns.DOLO_END))) {
								flag.accept(order);
							}
						}
					}),
			// an order open at 31 March goes on into this year, so it is repeated with
			// the same start date; when the
			// child has no order this year the header row carries the finding, as there
			// is no DoLo row to point at
			ChildRule.of("706", ERROR, List.of(DOLO), List.of(Columns.DOLO_START), FROM_2026_27,
					"A deprivation of liberty order open at the end of last year's return is not in this year's with"
							+ " the same start date.",
					(child, ctx, flag) -> {
						ChildRecords lastYear = ctx.previousYearOf(child);
						if (lastYear == null || !lastYear.has(DOLO) || !openOrderNotCarriedOver(child, lastYear)) {
							return;
						}
						if (child.has(DOLO)) {
							child.rows(DOLO).forEach(flag);
						}
						else if (child.header() != null) {
							flag.accept(child.header());
						}
					})
				.needing(Needs.PREVIOUS_RETURN),
			// periods of care as for missing periods (577/578): an order outside every
			// period, or one open or ending
			// after the period it started in ended
			ChildRule.of("707", ERROR, List.of(DOLO, EPISODES),
					List.of(Columns.DOLO_START, Columns.DOLO_END, Columns.DECOM, Columns.DEC), FROM_2026_27,
					"The deprivation of liberty order is outside the child's period of care: it starts outside it, or"
							+ " is open or ends after care ended.",
					(child, ctx, flag) -> {
						if (!child.has(DOLO)) {
							return;
						}
						List<Period> periods = PeriodsOfCare.of(child, ctx.previousYearOf(child));
						for (Row dolo : child.rows(DOLO)) {
							LocalDate start = dolo.dateOrNull(Columns.DOLO_START);
							if (start == null) {
								continue;
							}
							Period period = PeriodOfCareRules.periodAt(periods, start);
							if (period == null || endsAfter(dolo, period)) {
								flag.accept(dolo);
							}
						}
					}),
			// DoLo.csv repeats the date of birth, and the order is checked against its
			// own row's
			ChildRule.of("708", ERROR, List.of(DOLO), List.of(Columns.DOLO_START, Columns.DOB), FROM_2026_27,
					"The deprivation of liberty order starts on or before the child's date of birth.",
					(child, ctx, flag) -> eachDolo(child, flag,
							(dolo) -> isOnOrBefore(dolo.dateOrNull(Columns.DOLO_START), dolo.dateOrNull(Columns.DOB)))),
			ChildRule.of("709", ERROR, List.of(DOLO, EPISODES),
					List.of(Columns.DOLO_START, Columns.DOLO_END, Columns.PLACE), FROM_2026_27,
					"During the deprivation of liberty order the child was in a placement other than K2, Z12 or Z13.",
					(child, ctx, flag) -> eachDolo(child, flag,
							(dolo) -> overlapsPlacement(child, ctx, dolo,
									(place) -> !DOLO_PLACEMENTS.contains(place)))),
			ChildRule.of("710", ERROR, List.of(DOLO, EPISODES),
					List.of(Columns.DOLO_START, Columns.DOLO_END, Columns.PLACE), FROM_2026_27,
					"During the deprivation of liberty order the child was in a secure children's home, with a parent,"
							+ " in a young offender institution or prison, or in supported accommodation (K1, P1, R5"
							+ " or K3).",
					(child, ctx, flag) -> eachDolo(child, flag,
							(dolo) -> overlapsPlacement(child, ctx, dolo, EXCLUDED_PLACEMENTS::contains))));

	private DoloRules() {
	}

	public static List<Rule> rules() {
		return RULES;
	}

	private static void eachDolo(ChildRecords child, Consumer<Row> flag, Predicate<Row> fails) {
		for (Row dolo : child.rows(DOLO)) {
			if (fails.test(dolo)) {
				flag.accept(dolo);
			}
		}
	}

	/**
	 * Last year's return has an open order whose start date no order of this year's file
	 * has.
	 */
	private static boolean openOrderNotCarriedOver(ChildRecords child, ChildRecords lastYear) {
		for (Row before : lastYear.rows(DOLO)) {
			LocalDate start = before.dateOrNull(Columns.DOLO_START);
			if (start != null && before.isBlank(Columns.DOLO_END)
					&& child.rows(DOLO)
						.stream()
						.noneMatch((dolo) -> start.equals(dolo.dateOrNull(Columns.DOLO_START)))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Open though the period of care ended, or ending after it; a period without a known
	 * end is left alone.
	 */
	private static boolean endsAfter(Row dolo, Period period) {
		LocalDate periodEnd = period.end();
		if (periodEnd == null) {
			return false;
		}
		return dolo.isBlank(Columns.DOLO_END) || isAfter(dolo.dateOrNull(Columns.DOLO_END), periodEnd);
	}

	/**
	 * A closed order overlaps an episode whose PLACE matches. They only touch when the
	 * order starts on the day the episode ends or ends on the day it starts, so that a
	 * move of placement on the day an order starts or ends is not a finding; an open
	 * episode runs to the end of the year.
	 */
	private static boolean overlapsPlacement(ChildRecords child, ValidationContext ctx, Row dolo,
			Predicate<String> place) {
		LocalDate start = dolo.dateOrNull(Columns.DOLO_START);
		LocalDate end = dolo.dateOrNull(Columns.DOLO_END);
		if (start == null || end == null) {
			return false;
		}
		for (Row episode : child.rows(EPISODES)) {
			if (episode.isPresent(Columns.PLACE) && place.test(episode.get(Columns.PLACE))
					&& isBefore(episode.dateOrNull(Columns.DECOM), end) && isAfter(endOrYearEnd(episode, ctx), start)) {
				return true;
			}
		}
		return false;
	}

}
