package org.ssda903.schedule;

import java.time.Duration;

/**
 * How the scheduler waits, for the next fire time and across a stability interval. It is
 * an interface so that tests can pass time (and change files "meanwhile") without waiting
 * in real time.
 */
public interface Sleeper {

	/**
	 * Waits for the duration; false when the wait ended early because the process is
	 * stopping.
	 */
	boolean pause(Duration duration);

	/**
	 * Whether the process has been asked to stop, checked between deliveries so a stop is
	 * not held up by a queue.
	 */
	boolean stopping();

}
