package org.ssda903.cli;

import java.io.Closeable;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The pool, failing at once for a while after the database could not be reached. Each
 * request for a connection waits up to the pool's connection time-out while the pool
 * retries; a failing job asks many times (the chunk, then the step's and the job's
 * bookkeeping, the run lock), so without this a lost database took minutes to end the
 * run. After one request has waited in vain, the others within {@code window} fail at
 * once with the same cause; the first request after the window tries the pool again, so a
 * long-lived scheduler recovers when the database does.
 */
final class FailFastDataSource extends DelegatingDataSource implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(FailFastDataSource.class);

	private final Clock clock;

	private final Duration window;

	private final AtomicReference<Outage> outage = new AtomicReference<>();

	FailFastDataSource(DataSource pool, Clock clock, Duration window) {
		super(pool);
		this.clock = clock;
		this.window = window;
	}

	@Override
	public Connection getConnection() throws SQLException {
		Outage current = this.outage.get();
		Instant now = this.clock.instant();
		if (current != null && now.isBefore(current.until())) {
			throw new SQLTransientConnectionException("the database could not be reached at " + current.since() + " ("
					+ current.cause().getMessage() + "); not retried until " + current.until(), "08001",
					current.cause());
		}
		try {
			Connection connection = super.getConnection();
			this.outage.set(null);
			return connection;
		}
		catch (SQLException ex) {
			// a pool that timed out with no cause was only busy: the database answers, so
			// nothing is remembered
			boolean busy = ex instanceof SQLTransientConnectionException && ex.getCause() == null;
			// an embedded database another process holds is a run in progress, which the
			// command says in its line
			boolean inUse = DatabaseInUse.message(ex).isPresent();
			if (!busy && !inUse && DatabaseFailures.isUnavailable(ex)) {
				Instant until = this.clock.instant().plus(this.window);
				if (this.outage.getAndSet(new Outage(now, until, ex)) == null) {
					log.warn("the database could not be reached: {}; further requests fail at once until {}",
							DatabaseFailures.firstLine(ex), until);
				}
			}
			throw ex;
		}
	}

	@Override
	public void close() throws IOException {
		if (getTargetDataSource() instanceof Closeable pool) {
			pool.close();
		}
	}

	private record Outage(Instant since, Instant until, SQLException cause) {
	}

}
