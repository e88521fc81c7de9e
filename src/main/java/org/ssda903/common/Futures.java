package org.ssda903.common;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work a step hands to threads of its own. */
public final class Futures {

	private Futures() {
	}

	/**
	 * Waits for every task, in order, and fails as the first failed task did, so that the
	 * step reports the task's own error rather than a wrapper.
	 * @param what what the tasks do, for the message when the wait is interrupted
	 */
	public static void awaitAll(List<? extends Future<?>> tasks, String what) {
		try {
			for (Future<?> task : tasks) {
				task.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while " + what, ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

}
