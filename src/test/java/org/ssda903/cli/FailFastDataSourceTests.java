package org.ssda903.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FailFastDataSourceTests {

	@Test
	void afterOneRequestWaitedInVainTheOthersFailAtOnceUntilTheWindowEndsThenThePoolIsTriedAgain() throws Exception {
		Pool pool = new Pool();
		MovingClock clock = new MovingClock();
		FailFastDataSource dataSource = new FailFastDataSource(pool, clock, Duration.ofSeconds(30));

		assertThatThrownBy(dataSource::getConnection).isSameAs(Pool.UNREACHABLE);
		clock.now = clock.now.plusSeconds(29);
		assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLTransientConnectionException.class)
			.hasMessageContaining("not retried until")
			.hasRootCauseMessage("Connection refused");
		assertThat(pool.requests).hasValue(1);

		clock.now = clock.now.plusSeconds(2);
		pool.reachable = true;
		assertThat(dataSource.getConnection()).isNull();
		assertThat(pool.requests).hasValue(2);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("otherFailures")
	void aFailureThatIsNotTheDatabasesAbsenceIsNotRemembered(String description, SQLException failure) {
		Pool pool = new Pool();
		pool.failure = failure;
		FailFastDataSource dataSource = new FailFastDataSource(pool, new MovingClock(), Duration.ofSeconds(30));

		assertThatThrownBy(dataSource::getConnection).isSameAs(failure);
		assertThatThrownBy(dataSource::getConnection).isSameAs(failure);
		assertThat(pool.requests).hasValue(2);
	}

	static Stream<Arguments> otherFailures() {
		return Stream.of(Arguments.of("wrong credentials", new SQLException("Access denied for user", "28000", 1045)),
				Arguments.of("a pool busy with other work", new SQLTransientConnectionException(
						"HikariPool-1 - Connection is not available, request timed out after 10000ms")));
	}

	/**
	 * A pool that answers with no connection (null) when reachable, else fails as Hikari
	 * does.
	 */
	static final class Pool implements DataSource {

		static final SQLException UNREACHABLE = new SQLTransientConnectionException(
				"HikariPool-1 - Connection is not available, request timed out after 10000ms", "08001",
				new java.net.ConnectException("Connection refused"));

		final AtomicInteger requests = new AtomicInteger();

		boolean reachable;

		SQLException failure = UNREACHABLE;

		@Override
		public Connection getConnection() throws SQLException {
			this.requests.incrementAndGet();
			if (!this.reachable) {
				throw this.failure;
			}
			return null;
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return getConnection();
		}

		@Override
		public PrintWriter getLogWriter() {
			return null;
		}

		@Override
		public void setLogWriter(PrintWriter out) {
		}

		@Override
		public void setLoginTimeout(int seconds) {
		}

		@Override
		public int getLoginTimeout() {
			return 0;
		}

		@Override
		public Logger getParentLogger() {
			return Logger.getGlobal();
		}

		@Override
		public <T> T unwrap(Class<T> iface) {
			return null;
		}

		@Override
		public boolean isWrapperFor(Class<?> iface) {
			return false;
		}

	}

	static final class MovingClock extends Clock {

		Instant now = Instant.parse("2026-11-28T02:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
