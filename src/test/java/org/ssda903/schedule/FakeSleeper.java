package org.ssda903.schedule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Passes time at once, doing what the test says happens meanwhile (a file growing), and
 * records each wait. It says stop after a given number of waits, so a service loop can be
 * run to an end.
 */
final class FakeSleeper implements Sleeper {

	final List<Duration> pauses = new ArrayList<>();

	private final Runnable meanwhile;

	private final int pausesBeforeStop;

	FakeSleeper(Runnable meanwhile, int pausesBeforeStop) {
		this.meanwhile = meanwhile;
		this.pausesBeforeStop = pausesBeforeStop;
	}

	static FakeSleeper quiet() {
		return new FakeSleeper(() -> {
		}, Integer.MAX_VALUE);
	}

	@Override
	public boolean pause(Duration duration) {
		this.pauses.add(duration);
		this.meanwhile.run();
		return !stopping();
	}

	@Override
	public boolean stopping() {
		return this.pauses.size() > this.pausesBeforeStop;
	}

}
