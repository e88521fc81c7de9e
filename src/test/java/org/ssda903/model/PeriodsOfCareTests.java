package org.ssda903.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PeriodsOfCareTests {

	private long line = 2;

	@Test
	void aGapStartsANewPeriodAndABlankOrOverlappingEndContinuesIt() {
		Row first = episode("01/01/2024", "S", "C2", "01/03/2024", "X1");
		// same day as the previous DEC: continues
		Row second = episode("01/03/2024", "P", "C2", "01/05/2024", "E4A");
		// the day after the previous DEC: a gap, a new period
		Row third = episode("02/05/2024", "S", "C2", "", "");
		// after an open episode (bad data): continues
		Row fourth = episode("01/06/2024", "P", "C2", "01/07/2024", "E8");
		// starts before the previous DEC, overlapping it: continues
		Row fifth = episode("20/06/2024", "P", "C2", "", "");

		List<PeriodsOfCare.Period> periods = PeriodsOfCare.fromEpisodes(List.of(fifth, third, first, fourth, second),
				List.of());

		assertThat(periods).extracting(PeriodsOfCare.Period::start)
			.containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 5, 2));
		assertThat(periods.get(0).episodes()).containsExactly(first, second);
		assertThat(periods.get(0).end()).isEqualTo(LocalDate.of(2024, 5, 1));
		assertThat(periods.get(1).episodes()).containsExactly(third, fourth, fifth);
		assertThat(periods.get(1).end()).isNull();
		assertThat(PeriodsOfCare.containing(periods, fourth)).contains(periods.get(1));
	}

	@Test
	void walksBackIntoLastYearsEpisodesBeforeThisYearsFirst() {
		Row lastYearStart = episode("01/06/2023", "S", "C1", "01/02/2024", "X1");
		Row lastYearOpen = episode("01/02/2024", "L", "C2", "", "");
		// the same episode in this year's file, now closed: this year's file is the
		// record from its first DECOM
		Row thisYearFirst = episode("01/02/2024", "L", "C2", "01/08/2024", "X1");
		Row thisYearSecond = episode("01/08/2024", "P", "C2", "", "");

		List<PeriodsOfCare.Period> periods = PeriodsOfCare.fromEpisodes(List.of(thisYearFirst, thisYearSecond),
				List.of(lastYearStart, lastYearOpen));

		assertThat(periods).hasSize(1);
		assertThat(periods.get(0).start()).isEqualTo(LocalDate.of(2023, 6, 1));
		assertThat(periods.get(0).episodes()).containsExactly(lastYearStart, thisYearFirst, thisYearSecond);
	}

	@Test
	void withoutLastYearTheEarliestDecomReachedIsTheStart() {
		Row thisYearFirst = episode("01/02/2024", "L", "C2", "01/08/2024", "X1");

		assertThat(PeriodsOfCare.fromEpisodes(List.of(thisYearFirst), List.of())).singleElement()
			.extracting(PeriodsOfCare.Period::start)
			.isEqualTo(LocalDate.of(2024, 2, 1));
	}

	@Test
	void shortBreaksBelongToNoPeriodOfTheChild() {
		ChildRecords child = new ChildRecords("A");
		Row care = episode("01/01/2024", "S", "C2", "01/03/2024", "E4A");
		Row shortBreak = episode("01/03/2024", "S", "V3", "05/03/2024", "E8");
		Row again = episode("05/03/2024", "S", "C2", "", "");
		child.add(care);
		child.add(shortBreak);
		child.add(again);

		// without the short break bridging them, the two care episodes are separate
		// periods
		assertThat(PeriodsOfCare.of(child, null)).extracting(PeriodsOfCare.Period::start)
			.containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 5));
	}

	private Row episode(String decom, String rne, String ls, String dec, String rec) {
		return Row.of(Table.EPISODES, this.line++, "A", decom, rne, ls, "N1", "U4", "PR1", dec, rec, "", "", "", "");
	}

}
