package org.ssda903.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import org.ssda903.common.BadExtractException;

class DatabaseFailuresTests {

	static Stream<Arguments> failures() {
		SQLException refused = new SQLException("Communications link failure\n\nThe last packet...", "08S01",
				new ConnectException("Connection refused"));
		Throwable poolTimedOut = new IllegalStateException("Could not open JDBC Connection for transaction",
				new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
						new SQLTransientConnectionException("HikariPool-1 - Connection is not available", refused)));
		return Stream.of(
				Arguments.of("the pool could not connect", poolTimedOut,
						"the database is unavailable (Connection refused)"),
				Arguments.of("a connection lost in a statement", new CannotGetJdbcConnectionException("x", refused),
						"the database is unavailable (Connection refused)"),
				Arguments.of("H2 closed after a write error",
						new SQLException("The database has been closed [90098-240]", "90098", 90098),
						"the database is unavailable (The database has been closed [90098-240])"),
				Arguments.of("a full disk under H2",
						new SQLException("General error", "HY000", new IOException("No space left on device")),
						"the disk is full (No space left on device)"),
				Arguments.of("an output file that cannot be written",
						new UncheckedIOException("cannot write out/x.csv", new IOException("Read-only file system")),
						"a file could not be read or written (Read-only file system)"),
				Arguments.of("bad input is not restartable",
						new BadExtractException("header.csv: cannot be read", new IOException("Permission denied")),
						null),
				Arguments.of("a defect is not restartable", new IllegalStateException("No value present"), null),
				Arguments.of("a constraint violation is not restartable",
						new SQLException("Duplicate entry", "23000", 1062), null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("failures")
	void failuresOfTheDatabaseOrTheDiskAreRestartableAndSaidInOneLine(String description, Throwable failure,
			String said) {
		assertThat(DatabaseFailures.describe(failure).orElse(null)).isEqualTo(said);
	}

}
