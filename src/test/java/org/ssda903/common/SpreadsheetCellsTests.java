package org.ssda903.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpreadsheetCellsTests {

	static Stream<Arguments> cells() {
		return Stream.of(Arguments.of("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
				Arguments.of("+44 1375", "'+44 1375"), Arguments.of("-1+2", "'-1+2"),
				Arguments.of("@SUM(A1)", "'@SUM(A1)"), Arguments.of("\tC1", "'\tC1"), Arguments.of("\rC1", "'\rC1"),
				Arguments.of("C100001", "C100001"), Arguments.of("01/06/2024", "01/06/2024"),
				Arguments.of("a=b", "a=b"), Arguments.of(" =1", " =1"), Arguments.of("", ""), Arguments.of(null, null));
	}

	@ParameterizedTest
	@MethodSource("cells")
	void aValueASpreadsheetWouldEvaluateIsWrittenAsText(String value, String written) {
		assertThat(SpreadsheetCells.inert(value)).isEqualTo(written);
	}

}
