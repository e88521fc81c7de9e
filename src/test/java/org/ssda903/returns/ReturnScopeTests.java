package org.ssda903.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.CollectionYear;
import org.ssda903.model.Row;
import org.ssda903.model.Table;

/**
 * Which of a child's loaded rows go into the 2024-25 return (1 April 2024 to 31 March
 * 2025).
 */
class ReturnScopeTests {

	private static final CollectionYear YEAR = new CollectionYear(2025);

	static Stream<Arguments> episodes() {
		return Stream.of(
				// DECOM, DEC, in the return?
				Arguments.of("open all year", "01/01/2020", "", true),
				Arguments.of("ended before the year", "01/01/2020", "31/03/2024", false),
				Arguments.of("ended on the year's first day", "01/01/2020", "01/04/2024", true),
				Arguments.of("started on the year's last day", "31/03/2025", "", true),
				Arguments.of("started after the year", "01/04/2025", "", false),
				Arguments.of("DEC unreadable: kept as if open", "01/01/2020", "31/02/2024", true));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("episodes")
	void anEpisodeIsInTheReturnWhenItIsOpenAtAnyTimeInTheYear(String description, String decom, String dec,
			boolean inReturn) {
		ChildRecords child = child("C1", episode("C1", decom, dec), header("C1"), review("C1"));

		List<Row> rows = ReturnScope.select(List.of(child), YEAR);

		// the child's other rows go with the episode: a child outside the year has none
		// in the return
		assertThat(rows).hasSize(inReturn ? 3 : 0);
	}

	@ParameterizedTest(name = "care leaver with oc3 row, episode {0}")
	@MethodSource("episodes")
	void aCareLeaverWithAnOc3RowIsInTheReturnWithOnlyTheEpisodesOfTheYear(String description, String decom, String dec,
			boolean episodeInReturn) {
		ChildRecords child = child("C2", episode("C2", decom, dec), header("C2"), oc3("C2"));

		List<Row> rows = ReturnScope.select(List.of(child), YEAR);

		assertThat(rows).extracting(Row::table)
			.containsExactlyElementsOf(episodeInReturn ? List.of(Table.HEADER, Table.EPISODES, Table.OC3)
					: List.of(Table.HEADER, Table.OC3));
	}

	private static ChildRecords child(String id, Row... rows) {
		ChildRecords child = new ChildRecords(id);
		for (Row row : rows) {
			child.add(row);
		}
		return child;
	}

	private static Row episode(String child, String decom, String dec) {
		return row(Table.EPISODES, child, "DECOM", decom, "RNE", "S", "LS", "C2", "PLACE", "U1", "DEC", dec);
	}

	private static Row header(String child) {
		return row(Table.HEADER, child, "SEX", "1", "DOB", "01/01/2010");
	}

	private static Row review(String child) {
		return row(Table.REVIEWS, child, "REVIEW", "01/06/2024");
	}

	private static Row oc3(String child) {
		return row(Table.OC3, child, "IN_TOUCH", "YES", "ACTIV", "F1");
	}

	private static Row row(Table table, String child, String... columnsAndValues) {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < table.columns().size(); i++) {
			values.add("");
		}
		values.set(0, child);
		for (int i = 0; i < columnsAndValues.length; i += 2) {
			values.set(table.columns().indexOf(columnsAndValues[i]), columnsAndValues[i + 1]);
		}
		return Row.of(table, 2, values.toArray(String[]::new));
	}

}
