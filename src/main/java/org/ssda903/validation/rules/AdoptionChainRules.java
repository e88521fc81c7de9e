package org.ssda903.validation.rules;

import static org.ssda903.model.Table.PLACED_FOR_ADOPTION;
import static org.ssda903.validation.Severity.ERROR;
import static org.ssda903.validation.rules.RowChecks.isBefore;

import java.util.Comparator;
import java.util.List;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.Columns;
import org.ssda903.model.Row;
import org.ssda903.validation.ChildRule;
import org.ssda903.validation.Rule;
import org.ssda903.validation.Years;

/**
 * Checks that compare a child's decisions to place for adoption with each other
 * (ssda903.md 3.C).
 */
public final class AdoptionChainRules {

	private static final Comparator<Row> BY_DECISION = Comparator
		.comparing((Row row) -> row.dateOrNull(Columns.DATE_PLACED), Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparingLong(Row::line);

	private static final List<Rule> RULES = List.of(ChildRule.of("579", ERROR, List.of(PLACED_FOR_ADOPTION),
			List.of(Columns.DATE_PLACED, Columns.DATE_PLACED_CEASED), Years.all(),
			"A decision to place for adoption is made before the previous decision was reversed.",
			(child, ctx, flag) -> {
				List<Row> decisions = datedDecisions(child);
				for (int i = 1; i < decisions.size(); i++) {
					Row previous = decisions.get(i - 1);
					Row decision = decisions.get(i);
					if (previous.isBlank(Columns.DATE_PLACED_CEASED)
							|| isBefore(decision.dateOrNull(Columns.DATE_PLACED),
									previous.dateOrNull(Columns.DATE_PLACED_CEASED))) {
						flag.accept(decision);
					}
				}
			}),
			ChildRule.of("583", ERROR, List.of(PLACED_FOR_ADOPTION),
					List.of(Columns.DATE_PLACED, Columns.DATE_PLACED_CEASED), Years.all(),
					"An earlier decision to place for adoption has no date it was reversed, though a later one exists.",
					(child, ctx, flag) -> {
						List<Row> decisions = datedDecisions(child);
						for (int i = 0; i < decisions.size() - 1; i++) {
							if (decisions.get(i).isBlank(Columns.DATE_PLACED_CEASED)) {
								flag.accept(decisions.get(i));
							}
						}
					}));

	private AdoptionChainRules() {
	}

	public static List<Rule> rules() {
		return RULES;
	}

	private static List<Row> datedDecisions(ChildRecords child) {
		return child.rows(PLACED_FOR_ADOPTION)
			.stream()
			.filter((row) -> row.dateOrNull(Columns.DATE_PLACED) != null)
			.sorted(BY_DECISION)
			.toList();
	}

}
