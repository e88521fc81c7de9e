package org.ssda903.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** The 903 date format, dd/mm/yyyy, read strictly: 31/02/2024 is not a date. */
public final class Dates {

	public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private Dates() {
	}

	public static Optional<LocalDate> parse(String text) {
		return Optional.ofNullable(parseOrNull(text));
	}

	/**
	 * The date, or null when the text is not a strict dd/mm/yyyy date. Read by hand rather than with
	 * {@link #FORMAT}: every rule reads dates, and a formatter (with an exception per bad value) dominated the cost
	 * of validating a large extract.
	 */
	public static LocalDate parseOrNull(String text) {
		if (text == null || text.length() != 10 || text.charAt(2) != '/' || text.charAt(5) != '/') {
			return null;
		}
		int day = digits(text, 0, 2);
		int month = digits(text, 3, 5);
		int year = digits(text, 6, 10);
		if (day < 1 || month < 1 || month > 12 || year < 0) {
			return null;
		}
		if (day > YearMonth.of(year, month).lengthOfMonth()) {
			return null;
		}
		return LocalDate.of(year, month, day);
	}

	/** The number written in text[from, to), or -1 when any character is not a digit. */
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

	public static boolean isValid(String text) {
		return parse(text).isPresent();
	}

	public static String format(LocalDate date) {
		return date == null ? "" : FORMAT.format(date);
	}

}
