package org.ssda903.common;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/** Threads a step hands work to, and waiting for that work. */
public final class Futures {

	private Futures() {
	}

	/**
	 * Threads of the given name that never keep the JVM alive: a command ends when its
	 * work does, even where a failure left a helper thread running.
	 */
	public static ThreadFactory daemonThreads(String name) {
		return (task) -> {
			Thread thread = new Thread(task, name);
			thread.setDaemon(true);
			return thread;
		};
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
