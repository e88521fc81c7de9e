package org.ssda903.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.CollectionYear;
import org.ssda903.model.Row;
import org.ssda903.model.Table;
import org.ssda903.store.RejectCount;

/** When the gate stops a run before anything is stored, and what it says. */
class PlausibilityGateTests {

	private static final String FIELDS = "has 14 fields, the header has 13";

	private static final String DECOM = "DECOM is not a valid dd/mm/yyyy date";

	/**
	 * Rows read in episodes.csv, its reject counts, the share allowed, then the message's
	 * parts or null to pass.
	 */
	static Stream<Arguments> rejects() {
		return Stream.of(Arguments.of("no rejects", 2329L, List.of(), 0.05, null),
				Arguments.of("a small file with one bad row loads", 6L, List.of(count(FIELDS, 1, 8)), 0.05, null),
				Arguments.of("19 rows for one reason are a few bad rows, however small the file", 100L,
						List.of(count(FIELDS, 19, 5)), 0.05, null),
				Arguments.of("20 rows, but not more than 5% of the file", 400L, List.of(count(FIELDS, 20, 5)), 0.05,
						null),
				Arguments.of("21 of 400 rows for one reason", 400L, List.of(count(FIELDS, 21, 5)), 0.05,
						List.of("episodes.csv: 21 of 400 rows were rejected because " + FIELDS + " (e.g. line 5)",
								"more than 5% of the file")),
				Arguments.of("reasons are not added up", 400L,
						List.of(count(FIELDS, 15, 5), count(DECOM, 15, 9), count("CHILD is blank", 15, 3)), 0.05, null),
				Arguments.of("duplicates of different lines are one reason", 400L,
						List.of(count("exact duplicate of line 2", 12, 30), count("exact duplicate of line 3", 12, 31)),
						0.05,
						List.of("24 of 400 rows were rejected because exact duplicate of an earlier line"
								+ " (e.g. line 30)")),
				Arguments.of("every row of a file rejected", 542L, List.of(count(DECOM, 542, 2)), 0.05,
						List.of("episodes.csv: every row was rejected (542 of 542), 542 because " + DECOM
								+ " (e.g. line 2)")),
				Arguments.of("every row of a small file rejected", 4L, List.of(count(DECOM, 3, 2), count(FIELDS, 1, 5)),
						0.05, List.of("every row was rejected (4 of 4), 3 because " + DECOM)),
				Arguments.of("a higher threshold accepts more", 400L, List.of(count(FIELDS, 21, 5)), 0.10, null),
				Arguments.of("the message says what to do", 2329L, List.of(count(FIELDS, 2329, 2)), 0.05,
						List.of("correct the file", "nothing was stored")),
				Arguments.of("and how to accept more when a share was exceeded", 400L, List.of(count(FIELDS, 40, 5)),
						0.05, List.of("40 of 400 rows were rejected", "raise --max-reject-share")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rejects")
	void manyRowsRejectedForOneReasonStopTheRun(String description, long read, List<RejectCount> rejects, double share,
			List<String> message) {
		Optional<String> stop = new PlausibilityGate(share)
			.checkRejects(Map.of("episodes.csv", read, "header.csv", 336L), rejects);

		if (message == null) {
			assertThat(stop).isEmpty();
		}
		else {
			assertThat(stop).hasValueSatisfying((text) -> assertThat(text).contains(message));
		}
	}

	/**
	 * Episodes as DECOM/DEC pairs, the year the run is for, then the message's parts or
	 * null to pass.
	 */
	static Stream<Arguments> years() {
		List<String[]> year2425 = List.of(episode("01/06/2019", ""), episode("12/08/2024", "20/11/2024"),
				episode("03/02/2025", ""));
		return Stream.of(Arguments.of("the year the extract is of", year2425, 2025, null),
				Arguments.of("an extract of an earlier year", year2425, 2026,
						List.of("no date of the extract", "falls in the collection year 2025-26",
								"the latest, 03/02/2025, is in 2024-25", "run it with --year 2025")),
				Arguments.of("most open episodes start after the year", List.of(episode("01/06/2024", ""),
						episode("01/05/2025", ""), episode("10/06/2025", ""), episode("01/01/2025", "01/02/2025")),
						2025,
						List.of("2 of the 3 open episodes start after the collection year 2024-25 ends",
								"run it with --year 2026")),
				Arguments.of("half the open episodes after the year is not most",
						List.of(episode("01/06/2024", ""), episode("01/05/2025", "")), 2025, null),
				Arguments.of("no dated activity to judge by", List.of(), 2025, null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("years")
	void anExtractThatDoesNotFitTheYearStopsTheRunWithTheYearThatFits(String description, List<String[]> episodes,
			int year, List<String> message) {
		List<ChildRecords> children = new ArrayList<>();
		int n = 0;
		for (String[] dates : episodes) {
			ChildRecords child = new ChildRecords("C" + (++n));
			child.add(Row.of(Table.EPISODES, n + 1, "C" + n, dates[0], "S", "C2", "N1", "U4", "PR1", dates[1],
					dates[1].isEmpty() ? "" : "E4A", "", "", "", ""));
			children.add(child);
		}

		Optional<String> stop = PlausibilityGate.checkYear(new CollectionYear(year), children);

		if (message == null) {
			assertThat(stop).isEmpty();
		}
		else {
			assertThat(stop).hasValueSatisfying((text) -> assertThat(text).contains(message));
		}
	}

	@Test
	void theSampleExtractFitsItsYearAndTheWrongYearFixtureIsToldTheYearThatFits() {
		Collection<ChildRecords> sample = ExtractLoader.load(Path.of("fixtures/sample/2024-25")).values();
		Collection<ChildRecords> wrongYear = ExtractLoader.load(Path.of("fixtures/broken/wrong-year")).values();

		assertThat(PlausibilityGate.checkYear(new CollectionYear(2025), sample)).isEmpty();
		assertThat(PlausibilityGate.checkYear(new CollectionYear(2026), sample))
			.hasValueSatisfying((text) -> assertThat(text).contains("run it with --year 2025"));
		assertThat(PlausibilityGate.checkYear(new CollectionYear(2026), wrongYear)).hasValueSatisfying(
				(text) -> assertThat(text).contains("the latest, 20/11/2024, is in 2024-25", "--year 2025"));
	}

	private static RejectCount count(String reason, long rows, long firstLine) {
		return new RejectCount("episodes.csv", reason, rows, firstLine);
	}

	private static String[] episode(String decom, String dec) {
		return new String[] { decom, dec };
	}

	static Stream<Arguments> whileReading() {
		return Stream.of(
				// rows read, rejects by reason, stop?
				Arguments.of("every row of the first 1000 rejected for one reason", 1000L,
						Map.of("has 2 fields, the header has 13", 1000L), true),
				Arguments.of("not yet enough rows to judge", 999L, Map.of("has 2 fields, the header has 13", 999L),
						false),
				Arguments.of("one row of 1000 loaded", 1000L, Map.of("has 2 fields, the header has 13", 999L), false),
				Arguments.of("two reasons: perhaps a few kinds of bad rows", 1000L,
						Map.of("has 2 fields, the header has 13", 500L, "CHILD is blank", 500L), false),
				Arguments.of("duplicates of different lines are one reason", 1000L,
						Map.of("an exact duplicate of line 2", 600L, "an exact duplicate of line 3", 400L), true));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("whileReading")
	void aFileWhoseFirstRowsAreAllRejectedForOneReasonStopsWhileItIsRead(String description, long read,
			Map<String, Long> rejects, boolean stops) {
		Optional<String> stop = PlausibilityGate.checkWhileReading("episodes.csv", read, rejects, 2);

		assertThat(stop.isPresent()).isEqualTo(stops);
		stop.ifPresent((message) -> assertThat(message).startsWith("episodes.csv: the first " + read)
			.contains("(e.g. line 2)", "nothing was stored"));
	}

}
