package org.ssda903.validation.rules;

import static org.ssda903.model.Table.HEADER;
import static org.ssda903.validation.Severity.ERROR;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.ChildSource;
import org.ssda903.model.Columns;
import org.ssda903.model.Row;
import org.ssda903.validation.ChildRule;
import org.ssda903.validation.CohortRule;
import org.ssda903.validation.Rule;
import org.ssda903.validation.RuleInfo;
import org.ssda903.validation.ValidationContext;
import org.ssda903.validation.Years;

/** Checks of header.csv that compare children with each other (ssda903.md 3.C). */
public final class HeaderCohortRules {

	private static final List<Rule> RULES = List
		.of(new DuplicateUpn(new RuleInfo("444", ERROR, "The same UPN is recorded for more than one child.",
				List.of(HEADER), List.of(Columns.UPN), Years.from(2026))));

	private HeaderCohortRules() {
	}

	public static List<Rule> rules() {
		return RULES;
	}

	/**
	 * Rule 444: every header row whose UPN is on another header row too. The unknown
	 * codes UN1-UN5 and blanks are shared by design and left out; two header rows of one
	 * child are reported by INT32 as well.
	 */
	record DuplicateUpn(RuleInfo info) implements CohortRule {

		@Override
		public Rule prepare(ChildSource children, ValidationContext context) {
			Map<String, Integer> rowsByUpn = new HashMap<>();
			children.forEachSlice(EnumSet.of(HEADER), (slice) -> {
				for (ChildRecords child : slice) {
					for (Row header : child.rows(HEADER)) {
						if (isRealUpn(header, context)) {
							rowsByUpn.merge(header.get(Columns.UPN), 1, Integer::sum);
						}
					}
				}
			});
			Set<String> shared = new HashSet<>();
			rowsByUpn.forEach((upn, rows) -> {
				if (rows > 1) {
					shared.add(upn);
				}
			});
			return new ChildRule(this.info, (child, ctx, flag) -> flagShared(child, shared, flag));
		}

		private static boolean isRealUpn(Row header, ValidationContext context) {
			return header.isPresent(Columns.UPN) && !context.codes().upnUnknown().contains(header.get(Columns.UPN));
		}

		private static void flagShared(ChildRecords child, Set<String> shared, Consumer<Row> flag) {
			for (Row header : child.rows(HEADER)) {
				if (shared.contains(header.get(Columns.UPN))) {
					flag.accept(header);
				}
			}
		}

	}

}
