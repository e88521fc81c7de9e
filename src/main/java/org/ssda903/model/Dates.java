package org.ssda903.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** The 903 date format, dd/mm/yyyy, read strictly: 31/02/2024 is not a date. */
public final class Dates {

	public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private Dates() {
	}

	public static Optional<LocalDate> parse(String text) {
		if (text == null || text.length() != 10) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text, FORMAT));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	public static boolean isValid(String text) {
		return parse(text).isPresent();
	}

	public static String format(LocalDate date) {
		return date == null ? "" : FORMAT.format(date);
	}

}
