package org.ssda903.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.scheduling.support.CronExpression;

import org.ssda903.cli.Ssda903Application;
import org.ssda903.job.NightlyRunner;
import org.ssda903.model.CollectionYear;
import org.ssda903.run.JobParams;
import org.ssda903.run.ReferenceFiles;
import org.ssda903.support.ExtractWriter;

/**
 * The scheduler against the real job on a private in-memory database, with time passed by
 * a fake sleeper.
 */
@SpringBootTest(classes = Ssda903Application.class,
		properties = "spring.datasource.url=jdbc:h2:mem:scheduler-tests;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class SchedulerTests {

	static final String LA = "E06000034";

	static final Clock ONE_FIFTY_NINE = Clock.fixed(Instant.parse("2025-11-21T01:59:30Z"), ZoneId.of("UTC"));

	@Autowired
	NightlyRunner runner;

	@TempDir
	Path work;

	final List<Scheduler.Pickup> pickups = new ArrayList<>();

	@Test
	void aTickRunsTheCompleteDeliveryIgnoresThePartialOnesAndDoesNotRunTheCompletedOneAgain() {
		Path inbound = this.work.resolve("inbound");
		Path complete = ExtractWriter.smallCouncil(inbound.resolve("2025-11-20"), 4);
		ExtractWriter.write(complete, InboundFolder.DEFAULT_MARKER);
		ExtractWriter.smallCouncil(inbound.resolve("2025-11-21"), 6);
		Path growing = ExtractWriter.smallCouncil(inbound.resolve("2025-11-22"), 6);
		ExtractWriter.write(growing, InboundFolder.DEFAULT_MARKER);
		// the sender is still appending to the marked delivery while the stability
		// interval passes
		Scheduler scheduler = scheduler(inbound,
				new FakeSleeper(() -> ExtractWriter.smallCouncil(growing, 9), Integer.MAX_VALUE));

		scheduler.tick();

		assertThat(this.pickups).singleElement().satisfies((pickup) -> {
			assertThat(pickup.delivery()).isEqualTo(complete);
			assertThat(pickup.outcome().kind()).isEqualTo(NightlyRunner.Kind.RAN);
			assertThat(pickup.outcome().execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		});

		this.pickups.clear();
		scheduler(inbound, FakeSleeper.quiet()).tick();

		assertThat(this.pickups).extracting(Scheduler.Pickup::delivery).containsExactly(complete, growing);
		assertThat(this.pickups.get(0).outcome().kind()).isEqualTo(NightlyRunner.Kind.ALREADY_COMPLETED);
		assertThat(this.pickups.get(1).outcome().kind()).isEqualTo(NightlyRunner.Kind.RAN);
		assertThat(this.pickups.get(1).outcome().execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void theServiceWaitsForEachFireTimeThenTicksUntilStopped() {
		Path inbound = this.work.resolve("empty-inbound");
		ExtractWriter.write(inbound, "README", "deliveries go in sub-folders");
		FakeSleeper sleeper = new FakeSleeper(() -> {
		}, 2);

		new Scheduler(Scheduler.cron("0 2 * * *"), new InboundFolder(inbound, "READY", Duration.ofMinutes(2), sleeper),
				this::params, this.runner, this.pickups::add, ONE_FIFTY_NINE, sleeper)
			.runUntilStopped();

		assertThat(sleeper.pauses).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(30),
				Duration.ofSeconds(30));
		assertThat(this.pickups).isEmpty();
	}

	@Test
	void crontabLinesSpringExpressionsAndMacrosAreAccepted() {
		assertThat(Scheduler.cron("*/10 * * * *")).isEqualTo(CronExpression.parse("0 */10 * * * *"));
		assertThat(Scheduler.cron("30 0 2 * * MON-FRI")).isEqualTo(CronExpression.parse("30 0 2 * * MON-FRI"));
		assertThat(Scheduler.cron("@daily")).isEqualTo(CronExpression.parse("@daily"));
	}

	private Scheduler scheduler(Path inbound, FakeSleeper sleeper) {
		return new Scheduler(null,
				new InboundFolder(inbound, InboundFolder.DEFAULT_MARKER, Duration.ofMinutes(2), sleeper), this::params,
				this.runner, this.pickups::add, ONE_FIFTY_NINE, sleeper);
	}

	private JobParams params(Path delivery) {
		return JobParams.of(LA, new CollectionYear(2025), delivery, null, ReferenceFiles.none(),
				this.work.resolve("out"), "scheduler-test");
	}

}
