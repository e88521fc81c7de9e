package org.ssda903.validation.rules;

import static org.ssda903.model.Table.EPISODES;
import static org.ssda903.model.Table.MISSING;
import static org.ssda903.validation.Severity.ERROR;
import static org.ssda903.validation.rules.ChildChecks.leftCare;
import static org.ssda903.validation.rules.RowChecks.is;
import static org.ssda903.validation.rules.RowChecks.isSameDay;
import static org.ssda903.validation.rules.RowChecks.plusYears;

import java.time.LocalDate;
import java.util.List;

import org.ssda903.model.Columns;
import org.ssda903.model.Row;
import org.ssda903.validation.ChildRule;
import org.ssda903.validation.Rule;
import org.ssda903.validation.Years;

/**
 * Checks of missing or away periods against the child's episodes (ssda903.md 3.D,
 * episodes and missing).
 */
public final class MissingEpisodeRules {

	private static final List<Rule> RULES = List.of(
			// the public validator flags a period starting in any closed episode, also
			// one that closed with X1 and
			// was followed by another; only an episode that ended care means the child
			// can no longer be missing
			ChildRule.of("575", ERROR, List.of(MISSING, EPISODES),
					List.of(Columns.MIS_START, Columns.MIS_END, Columns.DECOM, Columns.DEC), Years.all(),
					"A missing period is still open, but it started in an episode after which the child left care.",
					(child, ctx, flag) -> {
						for (Row period : child.rows(MISSING)) {
							LocalDate start = period.dateOrNull(Columns.MIS_START);
							if (period.isBlank(Columns.MIS_END) && start != null
									&& child.rows(EPISODES)
										.stream()
										.anyMatch((episode) -> leftCare(episode) && within(start, episode))) {
								flag.accept(period);
							}
						}
					}),
			ChildRule.of("581", ERROR, List.of(MISSING, EPISODES),
					List.of(Columns.MIS_START, Columns.DECOM, Columns.DEC), Years.all(),
					"A missing period starts when the child was not looked after.", (child, ctx, flag) -> {
						for (Row period : child.rows(MISSING)) {
							LocalDate start = period.dateOrNull(Columns.MIS_START);
							if (start != null && child.rows(EPISODES)
								.stream()
								.noneMatch((episode) -> withinOrOpen(start, episode))) {
								flag.accept(period);
							}
						}
					}),
			ChildRule.of("580", ERROR, List.of(MISSING, EPISODES),
					List.of(Columns.MIS_END, Columns.DOB, Columns.DEC, Columns.REC), Years.all(),
					"The child was missing until their 18th birthday, when care ended: the reason ceased should be E8.",
					(child, ctx, flag) -> {
						for (Row period : child.rows(MISSING)) {
							LocalDate end = period.dateOrNull(Columns.MIS_END);
							if (!isSameDay(end, plusYears(period.dateOrNull(Columns.DOB), 18))) {
								continue;
							}
							for (Row episode : child.rows(EPISODES)) {
								if (isSameDay(end, episode.dateOrNull(Columns.DEC)) && episode.isPresent(Columns.REC)
										&& !is(episode, Columns.REC, "E8")) {
									flag.accept(episode);
								}
							}
						}
					}));

	private MissingEpisodeRules() {
	}

	public static List<Rule> rules() {
		return RULES;
	}

	private static boolean within(LocalDate day, Row episode) {
		LocalDate decom = episode.dateOrNull(Columns.DECOM);
		LocalDate dec = episode.dateOrNull(Columns.DEC);
		return decom != null && dec != null && !day.isBefore(decom) && !day.isAfter(dec);
	}

	private static boolean withinOrOpen(LocalDate day, Row episode) {
		LocalDate decom = episode.dateOrNull(Columns.DECOM);
		if (decom == null || day.isBefore(decom)) {
			return false;
		}
		LocalDate dec = episode.dateOrNull(Columns.DEC);
		return episode.isBlank(Columns.DEC) || (dec != null && !day.isAfter(dec));
	}

}
