package org.ssda903.schedule;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The real {@link Sleeper}: waits in real time until {@link #stop()} is called, which
 * wakes any wait at once. A stop never interrupts a thread, because interrupting a
 * running job would fail it mid-chunk.
 */
public final class StopSignal implements Sleeper {

	private final CountDownLatch stopped = new CountDownLatch(1);

	@Override
	public boolean pause(Duration duration) {
		try {
			return !this.stopped.await(duration.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Override
	public boolean stopping() {
		return this.stopped.getCount() == 0;
	}

	public void stop() {
		this.stopped.countDown();
	}

}
