package org.ssda903.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Utf8mb4BinTests {

	static Stream<Arguments> pairs() {
		return Stream.of(Arguments.of("upper case comes first", "C1", "c1", -1),
				Arguments.of("a prefix comes first", "c1", "c10", -1),
				Arguments.of("trailing spaces are ignored", "c1", "c1  ", 0),
				Arguments.of("a character below a space comes before the end", "c1\tb", "c1", -1),
				Arguments.of("a character above a space comes after the end", "c1", "c1!", -1),
				Arguments.of("beyond U+FFFF comes after U+FF21, unlike in Java", "c\uFF21", "c\uD83D\uDE00", -1),
				Arguments.of("code points beyond U+FFFF in their order", "c\uD83D\uDE00", "c\uD83D\uDE01", -1),
				Arguments.of("equal", "c\uD83D\uDE00", "c\uD83D\uDE00", 0));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pairs")
	void comparesAsTheCollation(String description, String first, String second, int sign) {
		assertThat(Integer.signum(Utf8mb4Bin.compare(first, second))).isEqualTo(sign);
		assertThat(Integer.signum(Utf8mb4Bin.compare(second, first))).isEqualTo(-sign);
	}

}
