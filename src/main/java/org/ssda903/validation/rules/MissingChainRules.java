package org.ssda903.validation.rules;

import static org.ssda903.model.Table.MISSING;
import static org.ssda903.validation.Severity.ERROR;
import static org.ssda903.validation.rules.RowChecks.isBefore;

import java.util.Comparator;
import java.util.List;

import org.ssda903.model.Columns;
import org.ssda903.model.Row;
import org.ssda903.validation.ChildRule;
import org.ssda903.validation.Rule;
import org.ssda903.validation.Years;

/**
 * Checks that compare a child's missing or away periods with each other (ssda903.md 3.C).
 */
public final class MissingChainRules {

	private static final Comparator<Row> BY_MISSING_START = Comparator
		.comparing((Row row) -> row.dateOrNull(Columns.MIS_START), Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparingLong(Row::line);

	// the public validator orders by end date (or start when open); ordering by start
	// finds the same overlaps and
	// reports the later period, the one that cannot have begun
	private static final List<Rule> RULES = List
		.of(ChildRule.of("574", ERROR, List.of(MISSING), List.of(Columns.MIS_START, Columns.MIS_END), Years.all(),
				"A missing or away period starts before the previous one ended, or while it is still open.",
				(child, ctx, flag) -> {
					List<Row> periods = child.rows(MISSING)
						.stream()
						.filter((row) -> row.dateOrNull(Columns.MIS_START) != null)
						.sorted(BY_MISSING_START)
						.toList();
					for (int i = 1; i < periods.size(); i++) {
						Row previous = periods.get(i - 1);
						Row period = periods.get(i);
						if (previous.isBlank(Columns.MIS_END) || isBefore(period.dateOrNull(Columns.MIS_START),
								previous.dateOrNull(Columns.MIS_END))) {
							flag.accept(period);
						}
					}
				}));

	private MissingChainRules() {
	}

	public static List<Rule> rules() {
		return RULES;
	}

}
