package org.ssda903.model;

import java.time.LocalDate;
import java.util.Comparator;

/** Facts about episodes that rules, the return scope and KPIs all need. */
public final class Episodes {

	/** By DECOM (undated last), then source line, so that ties stay in extract order. */
	public static final Comparator<Row> BY_START = Comparator
		.comparing((Row e) -> e.dateOrNull(Columns.DECOM), Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparingLong(Row::line);

	private Episodes() {
	}

	/**
	 * An episode with LS V3 or V4: a short break, left out of almost every rule and every
	 * KPI.
	 */
	public static boolean isShortBreak(Row episode) {
		return CodeGroups.SHORT_BREAK_LEGAL_STATUSES.contains(episode.get(Columns.LS));
	}

	/**
	 * Open at any time in [start, end]: DECOM on or before end and DEC blank, unparsable
	 * or on or after start.
	 */
	public static boolean overlaps(Row episode, LocalDate start, LocalDate end) {
		LocalDate decom = episode.dateOrNull(Columns.DECOM);
		if (decom == null || decom.isAfter(end)) {
			return false;
		}
		LocalDate dec = episode.dateOrNull(Columns.DEC);
		return dec == null || !dec.isBefore(start);
	}

	/** open(e, d): started on or before d and not ceased by d. */
	public static boolean isOpenOn(Row episode, LocalDate day) {
		LocalDate decom = episode.dateOrNull(Columns.DECOM);
		if (decom == null || decom.isAfter(day)) {
			return false;
		}
		LocalDate dec = episode.dateOrNull(Columns.DEC);
		return dec == null || dec.isAfter(day);
	}

}
