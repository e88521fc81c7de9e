package org.ssda903.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RejectedRecordTests {

	static Stream<Arguments> raws() {
		String start = "C1," + "x".repeat(1021);
		return Stream.of(Arguments.of("a short record is kept whole", "C1,F,01/01/2010", 15L, "C1,F,01/01/2010"),
				Arguments.of("a long record keeps its first 1 KB and its length", start + "yyyy", 1028L,
						start + "\u2026[truncated, 1028 characters]"),
				Arguments.of("a record too long to hold keeps the start read and its whole length", start, 52_428_800L,
						start + "\u2026[truncated, 52428800 characters]"),
				Arguments.of("control characters are shown, not copied", "C1,\u0000,F\r", 7L, "C1,\ufffd,F\ufffd"),
				Arguments.of("a line break of a quoted field and a tab are data", "C1,\"a\nb\",\t", 10L,
						"C1,\"a\nb\",\t"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("raws")
	void theRawTextKeptIsBoundedAndFreeOfControlCharacters(String description, String raw, long length, String kept) {
		assertThat(RejectedRecord.keptRaw(raw, length)).isEqualTo(kept);
	}

	@Test
	void aChildIdKeptWithARejectFitsItsColumn() {
		assertThat(RejectedRecord.keptChildId("C".repeat(70_000))).hasSize(255);
		assertThat(RejectedRecord.keptChildId("C\u00001")).isEqualTo("C\ufffd1");
	}

}
