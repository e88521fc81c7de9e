package org.ssda903.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.ssda903.common.BadExtractException;

class RunSummaryTests {

	static Stream<Arguments> failures() {
		return Stream.of(
				Arguments.of("the first cause, not the wrappers a step adds",
						new IllegalStateException("step failed",
								new UncheckedIOException("write failed", new IOException("No space left on device"))),
						"No space left on device"),
				Arguments.of("a bad extract, which names the file and line, not what it wraps",
						new IllegalStateException("partition failed",
								new BadExtractException("episodes.csv line 2: DECOM 01/02/24 has a two-digit year",
										new IllegalArgumentException("Text '01/02/24' could not be parsed"))),
						"episodes.csv line 2: DECOM 01/02/24 has a two-digit year"),
				Arguments.of("running out of memory, with what to do about it",
						new IllegalStateException("kpi failed", new OutOfMemoryError("Java heap space")),
						"the run ran out of memory (Java heap space): give java a larger heap with -Xmx, as the"
								+ " README's \"Size and memory\" says for the size of the extract"),
				Arguments.of("a cause without a message, by its kind",
						new IllegalStateException("step failed", new NullPointerException()), "NullPointerException"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("failures")
	void anOperatorIsToldTheCauseOfAFailedRun(String name, Throwable failure, String told) {
		assertThat(RunSummary.rootMessage(failure)).isEqualTo(told);
	}

}
