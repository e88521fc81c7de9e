package org.ssda903.validation.rules;

import static org.ssda903.model.Table.SW_EPISODES;
import static org.ssda903.validation.Severity.ERROR;
import static org.ssda903.validation.rules.RowChecks.anyBlank;
import static org.ssda903.validation.rules.RowChecks.isAfter;
import static org.ssda903.validation.rules.RowChecks.isBefore;
import static org.ssda903.validation.rules.RowChecks.isInvalidDate;
import static org.ssda903.validation.rules.RowChecks.isMissingOrNotIn;
import static org.ssda903.validation.rules.RowChecks.isNotIn;
import static org.ssda903.validation.rules.RowChecks.isOnOrAfter;
import static org.ssda903.validation.rules.RowChecks.isSameDay;

import java.time.LocalDate;
import java.util.List;

import org.ssda903.model.Columns;
import org.ssda903.model.Row;
import org.ssda903.validation.RowRule;
import org.ssda903.validation.Rule;
import org.ssda903.validation.ValidationContext;
import org.ssda903.validation.Years;

/**
 * Checks on one sw_episodes.csv row (ssda903.md 3.H), a file collected from 2023-24.
 * Rules comparing a child's social worker episodes with each other or with care episodes
 * (SW01STG1, SW08, SW10-SW12, SW14, SW17) are cross-row rules.
 */
public final class SwEpisodeRules {

	/**
	 * Social worker episodes that started before this date were collected without an ID
	 * or reason.
	 */
	private static final LocalDate FULL_DETAILS_FROM = LocalDate.of(2023, 4, 1);

	private static final List<Rule> RULES = List.of(RowRule.of("SW01aSTG1", ERROR, SW_EPISODES,
			List.of(Columns.SW_DECOM, Columns.SW_ID), Years.from(2025),
			"Social worker episode start date is missing, or the social worker ID is missing.",
			(row, ctx) -> row.isBlank(Columns.SW_DECOM)
					|| (isBefore(row.dateOrNull(Columns.SW_DECOM), FULL_DETAILS_FROM) && row.isBlank(Columns.SW_ID))),
			RowRule.of("SW01bSTG1", ERROR, SW_EPISODES, List.of(Columns.SW_DECOM, Columns.SW_ID, Columns.SW_REASON),
					Years.from(2025),
					"Social worker episode start date is missing, or an episode from April 2023 lacks an ID or reason.",
					(row, ctx) -> row.isBlank(Columns.SW_DECOM)
							|| (isOnOrAfter(row.dateOrNull(Columns.SW_DECOM), FULL_DETAILS_FROM)
									&& anyBlank(row, List.of(Columns.SW_ID, Columns.SW_REASON)))),
			RowRule.of("SW02STG1", ERROR, SW_EPISODES, List.of(Columns.SW_ID), Years.from(2024),
					"Social worker ID must start with SW or XX.",
					(row, ctx) -> row.isPresent(Columns.SW_ID) && !row.get(Columns.SW_ID).startsWith("SW")
							&& !row.get(Columns.SW_ID).startsWith("XX")),
			RowRule.of("SW03STG1", ERROR, SW_EPISODES, List.of(Columns.SW_ID, Columns.SW_DECOM, Columns.SW_REASON),
					Years.only(2024), "Social worker ID, start date and reason for change must all be given.",
					(row, ctx) -> anyBlank(row, List.of(Columns.SW_ID, Columns.SW_DECOM, Columns.SW_REASON))),
			RowRule.of("SW04STG1", ERROR, SW_EPISODES, List.of(Columns.SW_DECOM), Years.from(2024),
					"Social worker episode start date is not a valid dd/mm/yyyy date.",
					(row, ctx) -> isInvalidDate(row, Columns.SW_DECOM)),
			RowRule.of("SW05STG1", ERROR, SW_EPISODES, List.of(Columns.SW_DEC), Years.from(2024),
					"Social worker episode end date is not a valid dd/mm/yyyy date.",
					(row, ctx) -> isInvalidDate(row, Columns.SW_DEC)),
			RowRule.of("SW06STG2", ERROR, SW_EPISODES, List.of(Columns.SW_DECOM), Years.from(2024),
					"Social worker episode starts after the end of the collection year.",
					(row, ctx) -> isAfter(row.dateOrNull(Columns.SW_DECOM), ctx.end())),
			RowRule.of("SW07STG2", ERROR, SW_EPISODES, List.of(Columns.SW_DEC), Years.only(2024),
					"Social worker episode end date is outside the collection year.",
					(row, ctx) -> isEndOutside(row, ctx.start(), ctx)),
			// from 2024-25 episodes ended in the previous year may be sent again, so the
			// window opens a year earlier
			RowRule.of("SW07STG2", ERROR, SW_EPISODES, List.of(Columns.SW_DEC), Years.from(2025),
					"Social worker episode end date is after the end of this year or before the start of last year.",
					(row, ctx) -> isEndOutside(row, ctx.start().minusYears(1), ctx)),
			RowRule.of("SW09STG2", ERROR, SW_EPISODES, List.of(Columns.SW_DECOM, Columns.SW_DEC), Years.from(2024),
					"Social worker episode starts and ends on the same day: it must last at least 24 hours.",
					(row, ctx) -> isSameDay(row.dateOrNull(Columns.SW_DECOM), row.dateOrNull(Columns.SW_DEC))),
			RowRule.of("SW13STG1", ERROR, SW_EPISODES, List.of(Columns.SW_REASON), Years.only(2024),
					"Reason for change of social worker is missing or not a valid code.",
					(row, ctx) -> isMissingOrNotIn(row, Columns.SW_REASON, ctx.codes().swReason())),
			RowRule.of("SW13STG1", ERROR, SW_EPISODES, List.of(Columns.SW_REASON, Columns.SW_DECOM), Years.from(2025),
					"Reason for change of social worker is not a valid code, or is missing for an episode from"
							+ " April 2023.",
					(row, ctx) -> isNotIn(row, Columns.SW_REASON, ctx.codes().swReason())
							|| (row.isBlank(Columns.SW_REASON)
									&& isOnOrAfter(row.dateOrNull(Columns.SW_DECOM), FULL_DETAILS_FROM))));

	private SwEpisodeRules() {
	}

	public static List<Rule> rules() {
		return RULES;
	}

	private static boolean isEndOutside(Row row, LocalDate earliest, ValidationContext ctx) {
		LocalDate end = row.dateOrNull(Columns.SW_DEC);
		return isBefore(end, earliest) || isAfter(end, ctx.end());
	}

}
