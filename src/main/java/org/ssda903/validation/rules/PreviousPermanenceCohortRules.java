package org.ssda903.validation.rules;

import static org.ssda903.model.Table.EPISODES;
import static org.ssda903.model.Table.PREVIOUS_PERMANENCE;
import static org.ssda903.validation.Severity.ERROR;
import static org.ssda903.validation.rules.RowChecks.anyBlank;
import static org.ssda903.validation.rules.RowChecks.anyPresent;
import static org.ssda903.validation.rules.RowChecks.is;
import static org.ssda903.validation.rules.RowChecks.isBefore;
import static org.ssda903.validation.rules.RowChecks.isOnOrAfter;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.Columns;
import org.ssda903.model.Row;
import org.ssda903.validation.ChildRule;
import org.ssda903.validation.Rule;
import org.ssda903.validation.ValidationContext;
import org.ssda903.validation.Years;

/**
 * Checks of previous_permanence.csv against the child's episodes (ssda903.md 3.D,
 * episodes and previous permanence).
 */
public final class PreviousPermanenceCohortRules {

	private static final List<String> ITEMS = List.of(Columns.PREV_PERM, Columns.LA_PERM, Columns.DATE_PERM);

	/**
	 * Previous permanence is collected for children who started to be looked after from
	 * this day.
	 */
	private static final LocalDate COLLECTED_FROM = LocalDate.of(2016, 4, 1);

	/** A day, month or year of DATE_PERM written as Z's because it is not known. */
	private static final int UNKNOWN = 0;

	private static final int INVALID = -1;

	private static final List<Rule> RULES = List.of(
			ChildRule.of("630", ERROR, List.of(EPISODES, PREVIOUS_PERMANENCE),
					List.of(Columns.RNE, Columns.DECOM, Columns.PREV_PERM, Columns.LA_PERM, Columns.DATE_PERM),
					Years.all(),
					"The child started to be looked after in the year, so previous permanence must be given: the"
							+ " kind of order, and unless it is Z1 the council and date.",
					PreviousPermanenceCohortRules::startedWithoutPreviousPermanence),
			// DATE_PERM may have an unknown day, month or year written ZZ/ZZ/ZZZZ; a
			// partly known date is compared at
			// the earliest day it can mean, so it is only reported when it is certainly
			// too late
			ChildRule.of("632", ERROR, List.of(PREVIOUS_PERMANENCE, EPISODES),
					List.of(Columns.DATE_PERM, Columns.DECOM), Years.all(),
					"Date of the previous permanence order is not a dd/mm/yyyy date (ZZ for an unknown part), or is"
							+ " not before the child's first episode.",
					(child, ctx, flag) -> {
						Row first = ChildChecks.firstEpisode(child);
						LocalDate started = first == null ? null : first.dateOrNull(Columns.DECOM);
						for (Row row : child.rows(PREVIOUS_PERMANENCE)) {
							String date = row.get(Columns.DATE_PERM);
							if (!date.isEmpty() && (!isWellFormed(date) || isOnOrAfter(earliestDay(date), started))) {
								flag.accept(row);
							}
						}
					}),
			// the DfE text asks for previous permanence only for children who started to
			// be looked after from
			// 1 April 2016; the public validator compares with the start of the
			// collection year instead. The latest
			// episode's start is used: if even that is before April 2016, the period
			// certainly began before it
			ChildRule.of("634", ERROR, List.of(PREVIOUS_PERMANENCE, EPISODES),
					List.of(Columns.PREV_PERM, Columns.LA_PERM, Columns.DATE_PERM, Columns.DECOM), Years.all(),
					"Previous permanence is given for a child who has not started to be looked after since 1 April"
							+ " 2016.",
					(child, ctx, flag) -> {
						Row latest = ChildChecks.latestEpisode(child);
						if (latest != null && isBefore(latest.dateOrNull(Columns.DECOM), COLLECTED_FROM)) {
							child.rows(PREVIOUS_PERMANENCE)
								.stream()
								.filter((row) -> anyPresent(row, ITEMS))
								.forEach(flag);
						}
					}));

	private PreviousPermanenceCohortRules() {
	}

	public static List<Rule> rules() {
		return RULES;
	}

	/**
	 * Without a previous permanence row the starting episode is flagged, so the missing
	 * row is seen.
	 */
	private static void startedWithoutPreviousPermanence(ChildRecords child, ValidationContext ctx,
			Consumer<Row> flag) {
		Row starting = null;
		for (Row episode : child.rows(EPISODES)) {
			if (is(episode, Columns.RNE, "S")
					&& ChildChecks.isWithin(episode.dateOrNull(Columns.DECOM), ctx.start(), ctx.end())) {
				starting = episode;
				break;
			}
		}
		if (starting == null) {
			return;
		}
		if (!child.has(PREVIOUS_PERMANENCE)) {
			flag.accept(starting);
			return;
		}
		for (Row row : child.rows(PREVIOUS_PERMANENCE)) {
			boolean incomplete = row.isBlank(Columns.PREV_PERM) || (!is(row, Columns.PREV_PERM, "Z1")
					&& anyBlank(row, List.of(Columns.LA_PERM, Columns.DATE_PERM)));
			if (incomplete) {
				flag.accept(row);
			}
		}
	}

	/**
	 * dd/mm/yyyy where the day, month or year may be all Z's; a fully or partly known
	 * date must be possible.
	 */
	static boolean isWellFormed(String text) {
		if (text.length() != 10 || text.charAt(2) != '/' || text.charAt(5) != '/') {
			return false;
		}
		int day = part(text, 0, 2);
		int month = part(text, 3, 5);
		int year = part(text, 6, 10);
		if (day == INVALID || month == INVALID || year == INVALID || day > 31 || month > 12) {
			return false;
		}
		if (day == UNKNOWN || month == UNKNOWN) {
			return true;
		}
		// 29 February with an unknown year is possible in a leap year
		int length = year == UNKNOWN ? YearMonth.of(2000, month).lengthOfMonth()
				: YearMonth.of(year, month).lengthOfMonth();
		return day <= length;
	}

	/**
	 * The earliest day a well-formed DATE_PERM can mean, or null when its year is not
	 * known.
	 */
	static LocalDate earliestDay(String text) {
		int year = part(text, 6, 10);
		if (year <= UNKNOWN) {
			return null;
		}
		int month = part(text, 3, 5);
		int day = part(text, 0, 2);
		return LocalDate.of(year, month == UNKNOWN ? 1 : month, day == UNKNOWN ? 1 : day);
	}

	/**
	 * The number written in the characters, {@link #UNKNOWN} when all are Z,
	 * {@link #INVALID} otherwise.
	 */
	private static int part(String text, int from, int to) {
		int value = 0;
		int zeds = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c == 'Z') {
				zeds++;
			}
			else if (c >= '0' && c <= '9') {
				value = value * 10 + (c - '0');
			}
			else {
				return INVALID;
			}
		}
		if (zeds == to - from) {
			return UNKNOWN;
		}
		return zeds > 0 || value == 0 ? INVALID : value;
	}

}
