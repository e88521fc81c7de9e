package org.ssda903.kpi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which rows of a split are hidden: a count from 1 to 4, and one more whenever a single
 * hidden row could be derived.
 */
class SuppressionTests {

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			# counts of the rows | rows hidden | why
			12 30 7 0           | ''          | nothing small: all shown; 0 is not suppressed
			12 30 3 0           | 0 2         | 3 is small; alone it would be the total less 12 and 30, so 12 goes too
			12 3 2 40           | 1 2         | two small rows hide each other
			3 4 1 9             | 0 1 2       | three small rows: nothing to add
			2 0 0 0             | 0           | the only row with children: equal to a total that is itself suppressed
			""")
	void hidesSmallCountsAndWhatWouldGiveThemAway(String counts, String hidden, String why) {
		List<Integer> values = Arrays.stream(counts.trim().split(" +")).map(Integer::valueOf).toList();
		Set<Integer> expected = new TreeSet<>();
		if (!hidden.isBlank()) {
			Arrays.stream(hidden.trim().split(" +")).map(Integer::valueOf).forEach(expected::add);
		}

		Set<Integer> actual = Suppression.hidden(values.stream().map(List::of).toList(), values);

		assertThat(actual).as(why).isEqualTo(expected);
	}

}
