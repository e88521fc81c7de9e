package org.ssda903.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import org.ssda903.cli.Ssda903Application;

/**
 * Who may take a council's run lock, judged by the database's clock; on H2 and MariaDB by
 * the subclasses.
 */
@SpringBootTest(classes = Ssda903Application.class)
abstract class RunLockTests {

	private static final String LA = "E06000034";

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void noLock() {
		this.jdbc.update("delete from run_lock");
	}

	@Test
	void theLeaseRunsFromTheDatabaseClockAndASecondProcessIsToldWhoHoldsItUntilWhen() {
		RunLock lock = new RunLock(this.jdbc, Duration.ofMinutes(2));

		try (RunLock.Lease held = lock.acquire(LA, 2025, "scheduler").orElseThrow()) {
			Integer secondsLeft = this.jdbc.queryForObject(
					"select timestampdiff(second, current_timestamp," + " expires_at) from run_lock", Integer.class);
			assertThat(secondsLeft).isBetween(110, 120);
			assertThat(lock.acquire(LA, 2025, "operator")).isEmpty();
			assertThat(lock.holder(LA, 2025).orElseThrow()).matches("held by scheduler, process "
					+ ProcessHandle.current().pid() + " on \\S+ since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC;"
					+ " its lease expires at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC unless renewed");
		}
		assertThat(lock.acquire(LA, 2025, "operator")).as("released on close").isPresent();
	}

	@ParameterizedTest(name = "a lease of a process on another host that ends {0} s from now: taken over {1}")
	@CsvSource({ "-2, true", "60, false" })
	void aLeaseIsTakenOverOnceItHasExpiredByTheDatabaseClock(int secondsLeft, boolean taken) {
		this.jdbc.update("insert into run_lock (la_code, collection_year, holder, host, pid, acquired_at, expires_at)"
				+ " values (?, 2025, 'scheduler 1234', 'elsewhere', 1, current_timestamp,"
				+ " timestampadd(second, ?, current_timestamp))", LA, secondsLeft);

		Optional<RunLock.Lease> lease = new RunLock(this.jdbc, Duration.ofMinutes(2)).acquire(LA, 2025, "next");

		assertThat(lease.isPresent()).isEqualTo(taken);
	}

	@ParameterizedTest(name = "holder on {0}, its process {1}: taken over at once {2}")
	@CsvSource({ "this host, ended, true", "this host, running, false", "another host, ended, false" })
	void aLeaseStillRunningIsTakenOverAtOnceOnlyFromAProcessOfThisHostThatEnded(String host, String process,
			boolean taken) throws Exception {
		String hostName = "this host".equals(host) ? InetAddress.getLocalHost().getHostName() : "elsewhere";
		long pid = "ended".equals(process) ? endedProcess() : ProcessHandle.current().parent().orElseThrow().pid();
		this.jdbc.update("insert into run_lock (la_code, collection_year, holder, host, pid, acquired_at, expires_at)"
				+ " values (?, 2025, 'scheduler 1234', ?, ?, current_timestamp,"
				+ " timestampadd(hour, 1, current_timestamp))", LA, hostName, pid);

		Optional<RunLock.Lease> lease = new RunLock(this.jdbc, Duration.ofMinutes(2)).acquire(LA, 2025, "next");

		assertThat(lease.isPresent()).isEqualTo(taken);
	}

	private static long endedProcess() throws Exception {
		Process process = new ProcessBuilder("true").start();
		process.waitFor();
		return process.pid();
	}

}
