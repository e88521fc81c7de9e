package org.ssda903.validation.facts;

import java.time.LocalDate;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.Columns;
import org.ssda903.model.Episodes;
import org.ssda903.model.Row;
import org.ssda903.model.Table;
import org.ssda903.validation.ValidationContext;

/**
 * Whether a child was continuously looked after for the 12 months to 31 March (CLA12,
 * ssda903.md 4.4), the OC2 cohort: looked after at some time in the year, with no period
 * of care starting in the year after its first day, no leaving care before 31 March and
 * no short breaks in the year.
 */
public final class ContinuouslyLookedAfter {

	private ContinuouslyLookedAfter() {
	}

	public static boolean isTrueFor(ChildRecords child, ValidationContext ctx) {
		LocalDate start = ctx.start();
		LocalDate end = ctx.end();
		boolean inYear = false;
		for (Row episode : child.rows(Table.EPISODES)) {
			boolean overlaps = Episodes.overlaps(episode, start, end);
			if (overlaps && Episodes.isShortBreak(episode)) {
				return false;
			}
			LocalDate decom = episode.dateOrNull(Columns.DECOM);
			if (episode.get(Columns.RNE).equals("S") && decom != null && decom.isAfter(start) && !decom.isAfter(end)) {
				return false;
			}
			LocalDate dec = episode.dateOrNull(Columns.DEC);
			boolean left = episode.isPresent(Columns.REC) && !episode.get(Columns.REC).equals("X1");
			if (left && dec != null && !dec.isBefore(start) && dec.isBefore(end)) {
				return false;
			}
			inYear |= overlaps;
		}
		return inYear;
	}

}
