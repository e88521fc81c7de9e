package org.ssda903.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTests {

	@ParameterizedTest
	@ValueSource(strings = { "01/04/2024", "31/03/2025", "29/02/2024", "29/02/2023", "31/04/2024", "00/01/2024",
			"01/13/2024", "1/4/2024", "01-04-2024", "2024-04-01", "01/04/24", "", " 1/04/2024", "01/04/2024 ",
			"ab/cd/efgh", "31/12/9999", "01/01/0000", "+1/04/2024", "01/04/+024", "１２/04/2024" })
	void readsExactlyWhatTheStrictFormatterReads(String text) {
		LocalDate expected;
		try {
			expected = LocalDate.parse(text, Dates.FORMAT);
		}
		catch (DateTimeParseException ex) {
			expected = null;
		}
		assertThat(Dates.parseOrNull(text)).as(text).isEqualTo(expected);
	}

}
