package org.ssda903.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.ssda903.model.Table;

class RecordClassifierTests {

	static Stream<Arguments> records() {
		String[] good = { "C1", "01/05/2024", "s", "C2", "N1", "U4", "PR1", "", "", "", "RM17 6AA", "RM17 6AB", "" };
		String[] badDecom = good.clone();
		badDecom[1] = "2024-05-01";
		String[] blankChild = good.clone();
		blankChild[0] = "  ";
		String[] badDec = good.clone();
		badDec[7] = "31/04/2025";
		String[] twoDigitYear = good.clone();
		twoDigitYear[1] = "01/05/24";
		String[] tooLong = good.clone();
		tooLong[11] = "X".repeat(256);
		return Stream.of(Arguments.of("a valid episode loads", Table.EPISODES, record(good, 0), null),
				Arguments.of("an invalid DEC is a rule's business, not the loader's", Table.EPISODES, record(badDec, 0),
						null),
				Arguments.of("an episode without a valid DECOM has no identity", Table.EPISODES, record(badDecom, 0),
						"DECOM is not a valid dd/mm/yyyy date"),
				Arguments.of("a DECOM with a two-digit year is refused by name", Table.EPISODES,
						record(twoDigitYear, 0),
						"DECOM has a two-digit year, which is never guessed: write dd/mm/yyyy"),
				Arguments.of("the same bad date in another file loads", Table.HEADER,
						record(new String[] { "C1", "M", "2024-05-01", "WBRI", "UN1", "", "" }, 0), null),
				Arguments.of("blank CHILD", Table.EPISODES, record(blankChild, 0), "CHILD is blank"),
				Arguments.of("too few fields", Table.EPISODES, record(new String[] { "C1", "01/05/2024" }, 0),
						"has 2 fields, the header has 13"),
				Arguments.of("an exact duplicate", Table.EPISODES, record(good, 2), "exact duplicate of line 2"),
				Arguments.of("a value wider than the staging column", Table.EPISODES, record(tooLong, 0),
						"PL_POST is longer than 255 characters"),
				Arguments.of("broken quoting", Table.EPISODES, new ExtractRecord("episodes.csv", 7, null, "C1,\"x", 0),
						"unterminated quote: the record's quoting cannot be parsed"),
				Arguments.of("a NUL in a field", Table.EPISODES, record(with(good, 6, "PR\u00001"), 0),
						"PLACE_PROVIDER holds a control character"),
				Arguments.of("a stray carriage return in CHILD", Table.EPISODES, record(with(good, 0, "C\r101257"), 0),
						"CHILD holds a control character"),
				Arguments.of("a record too long to hold", Table.EPISODES,
						new ExtractRecord("episodes.csv", 9, null, "C1,01/05/2024", 0,
								new ExtractRecord.Oversize(52_428_812, 52_428_800)),
						"the record is 52428812 bytes long, longer than the limit of 65536 bytes"));
	}

	private static String[] with(String[] fields, int index, String value) {
		String[] changed = fields.clone();
		changed[index] = value;
		return changed;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("records")
	void onlyRecordsThatCannotBePlacedAreRejected(String description, Table table, ExtractRecord record,
			String expectedReason) {
		LoadOutcome outcome = new RecordClassifier(table).process(record);

		if (expectedReason == null) {
			assertThat(outcome).isInstanceOf(LoadOutcome.Loaded.class);
		}
		else {
			assertThat(outcome).isInstanceOfSatisfying(LoadOutcome.Rejected.class,
					(rejected) -> assertThat(rejected.record().reason()).isEqualTo(expectedReason));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("records")
	void loadedValuesAreTrimmedAndCodesUpperCasedButChildIsKeptAsWritten(String description, Table table,
			ExtractRecord record, String expectedReason) {
		LoadOutcome outcome = new RecordClassifier(table).process(record);
		if (outcome instanceof LoadOutcome.Loaded loaded && table == Table.EPISODES) {
			assertThat(loaded.row().get("RNE")).isEqualTo("S");
			assertThat(loaded.row().child()).isEqualTo("C1");
			assertThat(loaded.row().line()).isEqualTo(5);
		}
	}

	private static ExtractRecord record(String[] fields, long duplicateOf) {
		return new ExtractRecord("episodes.csv", 5, fields, String.join(",", fields), duplicateOf);
	}

}
