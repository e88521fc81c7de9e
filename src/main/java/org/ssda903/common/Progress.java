package org.ssda903.common;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Tells an operator watching a long step that it moves: at most one line per interval
 * with how much is done, of how many, and the rate, and a last line saying it is done. A
 * step that ends within the first interval says nothing, so short runs stay quiet.
 * Several threads may add to it. The lines carry only counts and the label the caller
 * gives, never a value read from a file.
 */
public final class Progress {

	/** How often a long step reports. */
	public static final Duration INTERVAL = Duration.ofSeconds(10);

	private final Consumer<String> sink;

	private final String label;

	private final String unit;

	private final LongSupplier nanoClock;

	private final long intervalNanos;

	private final long startNanos;

	private final AtomicLong done = new AtomicLong();

	private final AtomicLong nextReportNanos;

	private volatile long total;

	private volatile boolean estimated;

	private volatile boolean reported;

	Progress(Consumer<String> sink, String label, String unit, LongSupplier nanoClock, Duration interval) {
		this.sink = sink;
		this.label = label;
		this.unit = unit;
		this.nanoClock = nanoClock;
		this.intervalNanos = interval.toNanos();
		this.startNanos = nanoClock.getAsLong();
		this.nextReportNanos = new AtomicLong(this.startNanos + this.intervalNanos);
	}

	/**
	 * Progress reported every {@link #INTERVAL}.
	 * @param sink where the lines go, a logger's {@code info} say
	 * @param label what is being done, for example {@code run 7: validate}
	 * @param unit what is counted, plural, for example {@code children}
	 */
	public static Progress every(Consumer<String> sink, String label, String unit) {
		return new Progress(sink, label, unit, System::nanoTime, INTERVAL);
	}

	/** Progress that reports nothing, for work that no operator watches. */
	public static Progress silent() {
		return new Progress((line) -> {
		}, "", "", () -> 0L, INTERVAL);
	}

	/**
	 * How many there are to do in all. Without it the lines say how many are done so far:
	 * work whose size is known only at its end, such as rows of files not yet read.
	 */
	public void expect(long total) {
		this.total = total;
		this.estimated = false;
	}

	/** About how many there are to do in all, shown with a {@code ~}. */
	public void expectAbout(long total) {
		this.total = total;
		this.estimated = true;
	}

	/**
	 * Counts more as done, and reports if an interval has passed since the last report.
	 */
	public void add(long count) {
		long now = this.nanoClock.getAsLong();
		long doneNow = this.done.addAndGet(count);
		long next = this.nextReportNanos.get();
		if (now >= next && this.nextReportNanos.compareAndSet(next, now + this.intervalNanos)) {
			this.reported = true;
			if (this.total == 0) {
				this.sink.accept(String.format(Locale.UK, "%s %,d %s so far, %s", this.label, doneNow, this.unit,
						rate(doneNow, now)));
			}
			else {
				this.sink.accept(String.format(Locale.UK, "%s %,d of %s%,d %s, %s", this.label, doneNow,
						this.estimated ? "~" : "", Math.max(this.total, doneNow), this.unit, rate(doneNow, now)));
			}
		}
	}

	/** Says the work is done, if a report was made before. */
	public void finish() {
		if (this.reported) {
			sayDone();
		}
	}

	/**
	 * Says the work is done, how much and in how long, whether or not it reported on the
	 * way: for work whose end an operator should always see.
	 */
	public void sayDone() {
		long now = this.nanoClock.getAsLong();
		long doneNow = this.done.get();
		this.sink.accept(String.format(Locale.UK, "%s done: %,d %s in %.1f s, %s", this.label, doneNow, this.unit,
				(now - this.startNanos) / 1e9, rate(doneNow, now)));
	}

	private String rate(long doneNow, long now) {
		double seconds = Math.max(now - this.startNanos, 1) / 1e9;
		return String.format(Locale.UK, "%,.0f %s/s", doneNow / seconds, this.unit);
	}

}
