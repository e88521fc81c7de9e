package org.ssda903.run;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A lease in the database that lets one process at a time run the job for a council and year. The holder renews it
 * every third of its length; a process that is killed stops renewing, its lease expires, and the next run takes it
 * over — so a crash never leaves a council locked out, and two schedulers never run the same night twice.
 */
@Service
public class RunLock {

	private static final Logger log = LoggerFactory.getLogger(RunLock.class);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Duration lease;

	public RunLock(JdbcTemplate jdbc, Clock clock, @Value("${ssda903.lock.lease:PT2M}") Duration lease) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.lease = lease;
	}

	/** Takes the lock, or gives empty when a live process holds it. */
	public Optional<Lease> acquire(String laCode, int collectionYear, String who) {
		String holder = who + " " + UUID.randomUUID();
		Instant now = this.clock.instant();
		try {
			this.jdbc.update("insert into run_lock (la_code, collection_year, holder, acquired_at, expires_at)"
					+ " values (?, ?, ?, ?, ?)", laCode, collectionYear, holder, Timestamp.from(now),
					Timestamp.from(now.plus(this.lease)));
		}
		catch (DuplicateKeyException held) {
			int taken = this.jdbc.update("update run_lock set holder = ?, acquired_at = ?, expires_at = ?"
					+ " where la_code = ? and collection_year = ? and expires_at < ?", holder, Timestamp.from(now),
					Timestamp.from(now.plus(this.lease)), laCode, collectionYear, Timestamp.from(now));
			if (taken == 0) {
				return Optional.empty();
			}
			log.info("took over the expired run lock of {} {}", laCode, collectionYear);
		}
		return Optional.of(new Lease(laCode, collectionYear, holder));
	}

	/** Who holds the lock now, for the message to an operator who cannot take it. */
	public Optional<String> holder(String laCode, int collectionYear) {
		return this.jdbc
			.queryForList("select holder from run_lock where la_code = ? and collection_year = ?", String.class, laCode,
					collectionYear)
			.stream()
			.findFirst()
			.map((h) -> h.substring(0, h.lastIndexOf(' ')));
	}

	/**
	 * When the process running the execution last renewed its lease, or empty when it never held one: a process
	 * killed mid-run ended between that beat and the next.
	 */
	public Optional<Instant> lastHeartbeat(long executionId) {
		return this.jdbc
			.queryForList("select beat_at from run_heartbeat where execution_id = ?", Timestamp.class, executionId)
			.stream()
			.findFirst()
			.map(Timestamp::toInstant);
	}

	/** A held lock, renewed in the background until closed. */
	public final class Lease implements AutoCloseable {

		private final String laCode;

		private final int collectionYear;

		private final String holder;

		private final ScheduledExecutorService renewer;

		private volatile Long executionId;

		Lease(String laCode, int collectionYear, String holder) {
			this.laCode = laCode;
			this.collectionYear = collectionYear;
			this.holder = holder;
			this.renewer = Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(task, "run-lock-renewal");
				thread.setDaemon(true);
				return thread;
			});
			long period = Math.max(1, RunLock.this.lease.toMillis() / 3);
			this.renewer.scheduleAtFixedRate(this::renew, period, period, TimeUnit.MILLISECONDS);
		}

		/**
		 * Ties the lease to the execution it is held for: from now on each renewal is also that execution's
		 * heartbeat, the first one now.
		 */
		public void attach(long executionId) {
			this.executionId = executionId;
			RunLock.this.jdbc.update("insert into run_heartbeat (execution_id, beat_at) values (?, ?)", executionId,
					Timestamp.from(RunLock.this.clock.instant()));
		}

		private void renew() {
			try {
				Instant now = RunLock.this.clock.instant();
				RunLock.this.jdbc.update("update run_lock set expires_at = ? where la_code = ? and collection_year = ?"
						+ " and holder = ?", Timestamp.from(now.plus(RunLock.this.lease)), this.laCode,
						this.collectionYear, this.holder);
				Long execution = this.executionId;
				if (execution != null) {
					RunLock.this.jdbc.update("update run_heartbeat set beat_at = ? where execution_id = ?",
							Timestamp.from(now), execution);
				}
			}
			catch (RuntimeException ex) {
				// the database may be away for a moment; the lease lasts three renewals
				log.warn("could not renew the run lock of {} {}: {}", this.laCode, this.collectionYear,
						ex.getMessage());
			}
		}

		@Override
		public void close() {
			this.renewer.shutdownNow();
			try {
				RunLock.this.jdbc.update("delete from run_lock where la_code = ? and collection_year = ? and holder = ?",
						this.laCode, this.collectionYear, this.holder);
			}
			catch (RuntimeException ex) {
				log.warn("could not release the run lock of {} {}; it expires by itself: {}", this.laCode,
						this.collectionYear, ex.getMessage());
			}
		}

	}

}
