package org.ssda903.validation.rules;

import java.time.LocalDate;
import java.util.List;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.Columns;
import org.ssda903.model.Episodes;
import org.ssda903.model.Row;
import org.ssda903.model.Table;
import org.ssda903.validation.ValidationContext;

/** Facts about one child that several cross-row rules share. */
final class ChildChecks {

	private ChildChecks() {
	}

	/**
	 * The child's episodes with a valid DECOM, by start: the chain sequence rules walk
	 * (undated ones sort last).
	 */
	static List<Row> datedEpisodes(ChildRecords child) {
		return child.datedEpisodesByStart();
	}

	/** The child's first episode by start, or null. */
	static Row firstEpisode(ChildRecords child) {
		List<Row> episodes = datedEpisodes(child);
		return episodes.isEmpty() ? null : episodes.get(0);
	}

	/** The child's latest episode by start (not by end, ssda903.md 4.2), or null. */
	static Row latestEpisode(ChildRecords child) {
		List<Row> episodes = datedEpisodes(child);
		return episodes.isEmpty() ? null : episodes.get(episodes.size() - 1);
	}

	/**
	 * The header date of birth, or null when there is no header row or the date is not
	 * valid.
	 */
	static LocalDate dob(ChildRecords child) {
		Row header = child.header();
		return header == null ? null : header.dateOrNull(Columns.DOB);
	}

	/**
	 * DEC, or the end of the year for an episode still open at 31 March; null when DEC is
	 * given but invalid.
	 */
	static LocalDate endOrYearEnd(Row episode, ValidationContext ctx) {
		return episode.isBlank(Columns.DEC) ? ctx.end() : episode.dateOrNull(Columns.DEC);
	}

	/** REC given and not X1: the child left care when this episode ended. */
	static boolean leftCare(Row episode) {
		return episode.isPresent(Columns.REC) && !episode.get(Columns.REC).equals("X1");
	}

	static boolean isAdoption(Row episode) {
		String rec = episode.get(Columns.REC);
		return rec.equals("E11") || rec.equals("E12");
	}

	/** Any non-short-break episode open at some time in the year. */
	static boolean lookedAfterInYear(ChildRecords child, ValidationContext ctx) {
		for (Row episode : child.rows(Table.EPISODES)) {
			if (!Episodes.isShortBreak(episode) && Episodes.overlaps(episode, ctx.start(), ctx.end())) {
				return true;
			}
		}
		return false;
	}

	static boolean anyPresent(List<Row> rows, List<String> columns) {
		for (Row row : rows) {
			if (RowChecks.anyPresent(row, columns)) {
				return true;
			}
		}
		return false;
	}

	static boolean isWithin(LocalDate date, LocalDate from, LocalDate to) {
		return date != null && !date.isBefore(from) && !date.isAfter(to);
	}

}
