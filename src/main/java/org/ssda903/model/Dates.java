package org.ssda903.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** The 903 date format, dd/mm/yyyy, read strictly: 31/02/2024 is not a date. */
public final class Dates {

	public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private Dates() {
	}

	/**
	 * Reads dd/mm/yyyy. Validation reads every date of every row many times, and
	 * {@link DateTimeFormatter} was the largest single cost of a validation run, so the
	 * ten characters are read by hand; the result is the same as
	 * {@code LocalDate.parse(text, FORMAT)} (a test compares the two).
	 */
	public static Optional<LocalDate> parse(String text) {
		LocalDate date = parseOrNull(text);
		return date == null ? Optional.empty() : Optional.of(date);
	}

	/** As {@link #parse(String)}, null when blank or not a valid date. */
	public static LocalDate parseOrNull(String text) {
		if (text == null || text.length() != 10 || text.charAt(2) != '/' || text.charAt(5) != '/') {
			return null;
		}
		int day = digits(text, 0, 2);
		int month = digits(text, 3, 5);
		int year = digits(text, 6, 10);
		if (day < 0 || month < 0 || year < 0) {
			return null;
		}
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	public static boolean isValid(String text) {
		return parseOrNull(text) != null;
	}

	public static String format(LocalDate date) {
		return date == null ? "" : FORMAT.format(date);
	}

	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

}
