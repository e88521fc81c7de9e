package org.ssda903.run;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
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

import org.ssda903.common.Futures;

/**
 * A lease in the database that lets one process at a time run the job for a council and
 * year. The holder renews it every third of its length; a process that is killed stops
 * renewing, its lease expires, and the next run takes it over — so a crash never leaves a
 * council locked out, and two schedulers never run the same night twice. A lock whose
 * holder ran on this host and is gone is taken over at once, without waiting for the
 * lease.
 *
 * <p>
 * The lease is timed by the database's clock ({@code current_timestamp} in every
 * statement), never the local one: the processes sharing a database may run on hosts
 * whose clocks disagree, and a host whose clock is ahead would otherwise see a live
 * holder's lease as expired.
 */
@Service
public class RunLock {

	private static final Logger log = LoggerFactory.getLogger(RunLock.class);

	private static final String EXPIRY = "timestampadd(microsecond, ?, current_timestamp)";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	/** Taking the lock races with its holder releasing it; a few tries settle that. */
	private static final int ATTEMPTS = 3;

	private final JdbcTemplate jdbc;

	private final Duration lease;

	private final String host;

	private final long pid;

	public RunLock(JdbcTemplate jdbc, @Value("${ssda903.lock.lease:PT2M}") Duration lease) {
		this.jdbc = jdbc;
		this.lease = lease;
		this.host = localHost();
		this.pid = ProcessHandle.current().pid();
	}

	/** Takes the lock, or gives empty when a live process holds it. */
	public Optional<Lease> acquire(String laCode, int collectionYear, String who) {
		String holder = who + " " + UUID.randomUUID();
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			try {
				this.jdbc.update(
						"insert into run_lock (la_code, collection_year, holder, host, pid, acquired_at,"
								+ " expires_at) values (?, ?, ?, ?, ?, current_timestamp, " + EXPIRY + ")",
						laCode, collectionYear, holder, this.host, this.pid, leaseMicros());
				return Optional.of(new Lease(laCode, collectionYear, holder));
			}
			catch (DuplicateKeyException held) {
				int taken = this.jdbc.update(
						"update run_lock set holder = ?, host = ?, pid = ?,"
								+ " acquired_at = current_timestamp, expires_at = " + EXPIRY
								+ " where la_code = ? and collection_year = ? and expires_at < current_timestamp",
						holder, this.host, this.pid, leaseMicros(), laCode, collectionYear);
				if (taken == 1) {
					log.info("took over the expired run lock of {} {}", laCode, collectionYear);
					return Optional.of(new Lease(laCode, collectionYear, holder));
				}
				Optional<Holder> current = holderOf(laCode, collectionYear);
				if (current.isPresent() && !deadOnThisHost(current.get())) {
					return Optional.empty();
				}
				if (current.isPresent() && takeOverFromDead(laCode, collectionYear, current.get(), holder)) {
					return Optional.of(new Lease(laCode, collectionYear, holder));
				}
				// the holder released it (or another process took it) meanwhile: try
				// again
			}
		}
		return Optional.empty();
	}

	/** Who holds the lock now, for the message to an operator who cannot take it. */
	public Optional<String> holder(String laCode, int collectionYear) {
		return holderOf(laCode, collectionYear).map(Holder::toString);
	}

	/** The holder's row as the database has it now. */
	private Optional<Holder> holderOf(String laCode, int collectionYear) {
		List<Holder> holders = this.jdbc.query(
				"select holder, host, pid, acquired_at, expires_at from run_lock"
						+ " where la_code = ? and collection_year = ?",
				(rs, i) -> new Holder(rs.getString("holder"), rs.getString("host"),
						rs.getObject("pid") == null ? null : rs.getLong("pid"),
						rs.getTimestamp("acquired_at").toInstant(), rs.getTimestamp("expires_at").toInstant()),
				laCode, collectionYear);
		return holders.stream().findFirst();
	}

	private boolean deadOnThisHost(Holder holder) {
		return this.host.equals(holder.host()) && holder.pid() != null && holder.pid() != this.pid
				&& ProcessHandle.of(holder.pid()).isEmpty();
	}

	/**
	 * Compare-and-set on the dead holder's name, so that two processes seeing it dead
	 * cannot both take it.
	 */
	private boolean takeOverFromDead(String laCode, int collectionYear, Holder dead, String holder) {
		int taken = this.jdbc.update(
				"update run_lock set holder = ?, host = ?, pid = ?," + " acquired_at = current_timestamp, expires_at = "
						+ EXPIRY + " where la_code = ? and collection_year = ? and holder = ?",
				holder, this.host, this.pid, leaseMicros(), laCode, collectionYear, dead.holder());
		if (taken == 1) {
			log.info("took over the run lock of {} {} at once: its holder (process {} on this host) is no longer"
					+ " running", laCode, collectionYear, dead.pid());
		}
		return taken == 1;
	}

	private long leaseMicros() {
		return TimeUnit.MILLISECONDS.toMicros(this.lease.toMillis());
	}

	private static String localHost() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return Objects.requireNonNullElse(System.getenv("HOSTNAME"), "unknown");
		}
	}

	/**
	 * The row of the process holding a lock.
	 *
	 * @param holder who asked for the run, and a random suffix that tells two of their
	 * processes apart
	 * @param host the holder's host, null for a lock taken before hosts were recorded
	 * @param pid the holder's process id on that host, or null
	 * @param since when it took the lock, by the database's clock
	 * @param expires when its lease runs out unless renewed, by the database's clock
	 */
	private record Holder(String holder, String host, Long pid, Instant since, Instant expires) {

		@Override
		public String toString() {
			String who = this.holder.substring(0, this.holder.lastIndexOf(' '));
			String where = this.host == null ? "" : ", process " + this.pid + " on " + this.host;
			return "held by " + who + where + " since " + TIME.format(this.since.truncatedTo(ChronoUnit.SECONDS))
					+ "; its lease expires at " + TIME.format(this.expires.truncatedTo(ChronoUnit.SECONDS))
					+ " unless renewed";
		}

	}

	/**
	 * When the process running the execution last renewed its lease, or empty when it
	 * never held one: a process killed mid-run ended between that beat and the next.
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
			this.renewer = Executors.newSingleThreadScheduledExecutor(Futures.daemonThreads("run-lock-renewal"));
			long period = Math.max(1, RunLock.this.lease.toMillis() / 3);
			this.renewer.scheduleAtFixedRate(this::renew, period, period, TimeUnit.MILLISECONDS);
		}

		/**
		 * Ties the lease to the execution it is held for: from now on each renewal is
		 * also that execution's heartbeat, the first one now.
		 */
		public void attach(long executionId) {
			this.executionId = executionId;
			RunLock.this.jdbc.update("insert into run_heartbeat (execution_id, beat_at) values (?, ?)", executionId,
					Timestamp.from(Instant.now()));
		}

		private void renew() {
			try {
				int renewed = RunLock.this.jdbc.update(
						"update run_lock set expires_at = " + EXPIRY
								+ " where la_code = ? and collection_year = ? and holder = ?",
						leaseMicros(), this.laCode, this.collectionYear, this.holder);
				if (renewed == 0) {
					log.warn("the run lock of {} {} was taken over by another process: its lease had expired",
							this.laCode, this.collectionYear);
				}
				Long execution = this.executionId;
				if (execution != null) {
					// by this process's clock, as Spring Batch times the execution it
					// ends
					RunLock.this.jdbc.update("update run_heartbeat set beat_at = ? where execution_id = ?",
							Timestamp.from(Instant.now()), execution);
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
				RunLock.this.jdbc.update(
						"delete from run_lock where la_code = ? and collection_year = ? and holder = ?", this.laCode,
						this.collectionYear, this.holder);
			}
			catch (RuntimeException ex) {
				log.warn("could not release the run lock of {} {}; it expires by itself: {}", this.laCode,
						this.collectionYear, ex.getMessage());
			}
		}

	}

}
