package org.ssda903.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProgressTests {

	/** Work done at a second of a fake clock: how many were added then. */
	record Step(double atSeconds, long added) {
	}

	static Stream<Arguments> cases() {
		return Stream.of(
				Arguments.of("a step shorter than the interval says nothing, not even done", 100,
						List.of(new Step(1, 40), new Step(9.9, 60)), 9.9, List.of()),
				Arguments.of("one line per interval however often work is added, then done", 1000,
						List.of(new Step(2, 100), new Step(10, 100), new Step(11, 100), new Step(19.9, 100),
								new Step(20, 100), new Step(25, 500)),
						30,
						List.of("run 7: validate 200 of 1,000 children, 20 children/s",
								"run 7: validate 500 of 1,000 children, 25 children/s",
								"run 7: validate done: 1,000 children in 30.0 s, 33 children/s")),
				Arguments.of("work of a size known only at its end says how much is done so far", 0,
						List.of(new Step(10, 500_000)), 12,
						List.of("run 7: validate 500,000 children so far, 50,000 children/s",
								"run 7: validate done: 500,000 children in 12.0 s, 41,667 children/s")),
				Arguments.of("a long pause gives one line when work comes, not one per interval missed", 50,
						List.of(new Step(45, 10), new Step(46, 40)), 47,
						List.of("run 7: validate 10 of 50 children, 0 children/s",
								"run 7: validate done: 50 children in 47.0 s, 1 children/s")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void logsAtMostOncePerIntervalAndSaysDoneLast(String name, long total, List<Step> steps, double finishAt,
			List<String> expected) {
		FakeClock clock = new FakeClock();
		List<String> lines = new ArrayList<>();
		Progress progress = new Progress(lines::add, "run 7: validate", "children", clock::nanos,
				Duration.ofSeconds(10));
		if (total > 0) {
			progress.expect(total);
		}
		for (Step step : steps) {
			clock.seconds = step.atSeconds();
			progress.add(step.added());
		}
		clock.seconds = finishAt;
		progress.finish();
		assertThat(lines).containsExactlyElementsOf(expected);
	}

	@Test
	void workWhoseEndIsAlwaysToldSaysDoneEvenWhenItWasTooShortToReport() {
		FakeClock clock = new FakeClock();
		List<String> quiet = new ArrayList<>();
		List<String> told = new ArrayList<>();
		Progress finished = new Progress(quiet::add, "run 5: staging last year's folder", "rows", clock::nanos,
				Duration.ofSeconds(10));
		Progress saidDone = new Progress(told::add, "run 5: staging last year's folder", "rows", clock::nanos,
				Duration.ofSeconds(10));
		clock.seconds = 2;
		finished.add(6_000);
		saidDone.add(6_000);
		clock.seconds = 4;
		finished.finish();
		saidDone.sayDone();
		assertThat(quiet).isEmpty();
		assertThat(told).containsExactly("run 5: staging last year's folder done: 6,000 rows in 4.0 s, 1,500 rows/s");
	}

	@Test
	void anEstimatedTotalIsMarkedAndNeverBelowWhatIsDone() {
		FakeClock clock = new FakeClock();
		List<String> lines = new ArrayList<>();
		Progress progress = new Progress(lines::add, "run 3: episodes.csv read", "rows", clock::nanos,
				Duration.ofSeconds(10));
		progress.expectAbout(716_150);
		clock.seconds = 10;
		progress.add(410_000);
		progress.expectAbout(700_000);
		clock.seconds = 20;
		progress.add(310_000);
		assertThat(lines).containsExactly("run 3: episodes.csv read 410,000 of ~716,150 rows, 41,000 rows/s",
				"run 3: episodes.csv read 720,000 of ~720,000 rows, 36,000 rows/s");
	}

	private static final class FakeClock {

		double seconds;

		long nanos() {
			return (long) (this.seconds * 1e9);
		}

	}

}
