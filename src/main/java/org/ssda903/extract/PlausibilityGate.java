package org.ssda903.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.CollectionYear;
import org.ssda903.model.Columns;
import org.ssda903.model.Dates;
import org.ssda903.model.Row;
import org.ssda903.model.Table;
import org.ssda903.store.RejectCount;

/**
 * Decides, after ingest and before anything is stored, whether the extract is plausible
 * as the year's data (contract.md, "Plausibility gate"). Many rows rejected for one
 * reason point to a format problem (dates written another way, a column too many on every
 * row) rather than a few bad rows, and an extract whose dates do not fall in the
 * collection year was run for the wrong year: storing either would give a return that
 * looks whole and is not. Each check is a function of data the job already has, and gives
 * the message to stop with, naming files, reasons, counts and line numbers only, never a
 * value.
 *
 * @param maxRejectShare the share of a file's rows that may be rejected for one reason
 * (0.05 is 5%)
 */
public record PlausibilityGate(double maxRejectShare) {

	/**
	 * Below this many rows rejected for one reason, a file is judged to have a few bad
	 * rows, whatever its size.
	 */
	public static final long MIN_REJECTED_ROWS = 20;

	/**
	 * How many rows of a file, every one rejected for one reason, stop the run while the
	 * file is still being read: a file of garbage is refused in seconds, not after all of
	 * it has been read and its rejects stored.
	 */
	public static final long ROWS_READ_BEFORE_EARLY_STOP = 1000;

	/** What a file stopped by the gate needs, whichever check stopped it. */
	private static final String FORMAT_PROBLEM = "This looks like a problem with how the file was written, not a few"
			+ " bad rows: correct the file (or export it again) and run again; nothing was stored.";

	/**
	 * Numbers that make each row's reason its own, such as the line a duplicate repeats.
	 */
	private static final Pattern LINE_NUMBER = Pattern.compile("line \\d+");

	/**
	 * Dates that say what happened in a year; a date of birth says nothing about which
	 * year an extract is.
	 */
	private static final Map<Table, List<String>> ACTIVITY_DATES = activityDates();

	/**
	 * The message to stop with when a file's rejects look like a format problem: more
	 * than the share, and at least {@value #MIN_REJECTED_ROWS} rows, rejected for the
	 * same reason, or every row of a file rejected.
	 * @param rowsReadByFile rows read per source file name, as delivered
	 * @param rejects the run's reject counts by file and reason
	 * @return empty when every file is plausible
	 */
	public Optional<String> checkRejects(Map<String, Long> rowsReadByFile, List<RejectCount> rejects) {
		Map<String, Map<String, Group>> byFile = new TreeMap<>();
		for (RejectCount count : rejects) {
			String reason = sameReason(count.reason());
			byFile.computeIfAbsent(count.sourceFile(), (file) -> new LinkedHashMap<>())
				.merge(reason, new Group(reason, count.rows(), count.firstLine()), Group::plus);
		}
		List<String> stops = new ArrayList<>();
		byFile.forEach((file, groups) -> {
			long read = rowsReadByFile.getOrDefault(file, 0L);
			long rejected = groups.values().stream().mapToLong(Group::rows).sum();
			Group largest = groups.values().stream().max(Comparator.comparingLong(Group::rows)).orElseThrow();
			if (read > 0 && rejected >= read) {
				stops.add(file + ": every row was rejected (" + rejected + " of " + read + "), " + largest.rows()
						+ " because " + largest.reason() + " (e.g. line " + largest.firstLine() + ")");
				return;
			}
			for (Group group : groups.values()) {
				if (group.rows() >= MIN_REJECTED_ROWS && group.rows() > this.maxRejectShare * read) {
					stops.add(file + ": " + group.rows() + " of " + read + " rows were rejected because "
							+ group.reason() + " (e.g. line " + group.firstLine() + "), more than "
							+ percent(this.maxRejectShare) + " of the file");
				}
			}
		});
		if (stops.isEmpty()) {
			return Optional.empty();
		}
		boolean everyRowRejected = stops.stream().allMatch((stop) -> stop.contains(": every row was rejected"));
		// a file with no row loaded can give no return, whatever share is accepted
		return Optional.of(String.join("; ", stops) + ". " + FORMAT_PROBLEM
				+ (everyRowRejected ? "" : " To accept this many rejects, raise --max-reject-share"));
	}

	/**
	 * The message to stop with while a file is being read, when every row read so far,
	 * and at least {@value #ROWS_READ_BEFORE_EARLY_STOP} of them, was rejected for one
	 * reason.
	 * @param rejectedByReason the rows rejected so far, by reason
	 * @param firstLine the line of the first row rejected, as an example
	 * @return empty while the file may still be plausible
	 */
	public static Optional<String> checkWhileReading(String file, long rowsRead, Map<String, Long> rejectedByReason,
			long firstLine) {
		Map<String, Long> byReason = new TreeMap<>();
		rejectedByReason.forEach((reason, rows) -> byReason.merge(sameReason(reason), rows, Long::sum));
		if (rowsRead < ROWS_READ_BEFORE_EARLY_STOP || byReason.size() != 1) {
			return Optional.empty();
		}
		Map.Entry<String, Long> only = byReason.entrySet().iterator().next();
		if (only.getValue() < rowsRead) {
			return Optional.empty();
		}
		return Optional.of(file + ": the first " + rowsRead + " rows were all rejected because " + only.getKey()
				+ " (e.g. line " + firstLine + "), so the run stopped while reading it. " + FORMAT_PROBLEM);
	}

	/**
	 * A reject reason without what makes each row's own, such as the line a duplicate
	 * repeats.
	 */
	static String sameReason(String reason) {
		return LINE_NUMBER.matcher(reason).replaceAll("an earlier line");
	}

	/**
	 * The message to stop with when the extract does not fit the collection year: none of
	 * its dates of what happened (episodes starting and ending, reviews, missing
	 * episodes, ...) falls in the year, or most episodes still open start after the year
	 * ends. The message suggests the year the latest such date falls in.
	 * @return empty when the extract fits the year, or has no such dates to judge by
	 */
	public static Optional<String> checkYear(CollectionYear year, Collection<ChildRecords> children) {
		return checkYear(year, (table, rows) -> children.forEach((child) -> child.rows(table).forEach(rows)));
	}

	/**
	 * As {@link #checkYear(CollectionYear, Collection)}, over rows read table by table,
	 * so that a national extract is judged without holding it.
	 * @param rows gives every row of a table to the consumer
	 */
	public static Optional<String> checkYear(CollectionYear year, BiConsumer<Table, Consumer<Row>> rows) {
		long[] inYear = { 0 };
		long[] dated = { 0 };
		LocalDate[] latest = { null };
		for (Map.Entry<Table, List<String>> entry : ACTIVITY_DATES.entrySet()) {
			rows.accept(entry.getKey(), (row) -> {
				for (String column : entry.getValue()) {
					LocalDate date = row.dateOrNull(column);
					if (date == null) {
						continue;
					}
					dated[0]++;
					if (!date.isBefore(year.start()) && !date.isAfter(year.end())) {
						inYear[0]++;
					}
					if (latest[0] == null || date.isAfter(latest[0])) {
						latest[0] = date;
					}
				}
			});
		}
		long[] open = { 0 };
		long[] openAfterEnd = { 0 };
		rows.accept(Table.EPISODES, (episode) -> {
			LocalDate start = episode.dateOrNull(Columns.DECOM);
			if (start != null && episode.isBlank(Columns.DEC)) {
				open[0]++;
				if (start.isAfter(year.end())) {
					openAfterEnd[0]++;
				}
			}
		});
		return judgeYear(year, inYear[0], dated[0], latest[0], open[0], openAfterEnd[0]);
	}

	private static Optional<String> judgeYear(CollectionYear year, long inYear, long dated, LocalDate latest, long open,
			long openAfterEnd) {
		if (dated == 0) {
			return Optional.empty();
		}
		String suggestion = suggestion(year, latest);
		if (inYear == 0) {
			return Optional.of("no date of the extract (episode starts and ends, reviews, missing episodes, ...) falls"
					+ " in the collection year " + year.label() + " (" + range(year) + "); the latest, "
					+ Dates.format(latest) + ", is in " + label(endYearOf(latest)) + suggestion
					+ "; nothing was stored");
		}
		if (open > 0 && openAfterEnd * 2 > open) {
			return Optional.of(openAfterEnd + " of the " + open + " open episodes start after the collection year "
					+ year.label() + " ends (" + range(year) + ")" + suggestion + "; nothing was stored");
		}
		return Optional.empty();
	}

	private static String suggestion(CollectionYear year, LocalDate latest) {
		int fits = endYearOf(latest);
		if (fits == year.endYear() || fits < CollectionYear.FIRST_SUPPORTED || fits > CollectionYear.LAST_SUPPORTED) {
			return ": check --year and the extract";
		}
		return ": is this the " + label(fits) + " extract? Then run it with --year " + fits;
	}

	/** The year, named by the year it ends, that a date falls in. */
	private static int endYearOf(LocalDate date) {
		return date.getMonthValue() >= 4 ? date.getYear() + 1 : date.getYear();
	}

	/** As {@link CollectionYear#label()}, for a year the product may not support. */
	private static String label(int endYear) {
		return (endYear - 1) + "-" + String.format("%02d", endYear % 100);
	}

	private static String range(CollectionYear year) {
		return Dates.format(year.start()) + " to " + Dates.format(year.end());
	}

	private static String percent(double share) {
		double percent = share * 100;
		return (percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent)) + "%";
	}

	private static Map<Table, List<String>> activityDates() {
		Map<Table, List<String>> dates = new LinkedHashMap<>();
		dates.put(Table.EPISODES, List.of(Columns.DECOM, Columns.DEC));
		dates.put(Table.REVIEWS, List.of(Columns.REVIEW));
		dates.put(Table.MISSING, List.of(Columns.MIS_START, Columns.MIS_END));
		dates.put(Table.AD1, List.of(Columns.DATE_INT, Columns.DATE_MATCH));
		dates.put(Table.PLACED_FOR_ADOPTION, List.of(Columns.DATE_PLACED, Columns.DATE_PLACED_CEASED));
		dates.put(Table.SW_EPISODES, List.of(Columns.SW_DECOM, Columns.SW_DEC));
		return dates;
	}

	/** The rows of one file rejected for one reason, with the first line among them. */
	private record Group(String reason, long rows, long firstLine) {

		Group plus(Group other) {
			return new Group(this.reason, this.rows + other.rows, Math.min(this.firstLine, other.firstLine));
		}

	}

}
