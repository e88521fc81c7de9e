package org.ssda903.schedule;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.function.Consumer;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.support.CronExpression;

import org.ssda903.job.NightlyRunner;
import org.ssda903.run.JobParams;

/**
 * Runs the nightly job on each ready delivery of the inbound folder, on a cron schedule.
 * It keeps no state of its own: a delivery already processed is recognised by the job
 * from its checksums (and a failed one resumed), so a restarted service, or a cron user
 * calling one tick a night, behaves exactly like a long-lived service.
 */
public final class Scheduler {

	private static final Logger log = LoggerFactory.getLogger(Scheduler.class);

	private final CronExpression cron;

	private final InboundFolder inbound;

	private final Function<Path, JobParams> params;

	private final NightlyRunner runner;

	private final Consumer<Pickup> onPickup;

	private final Clock clock;

	private final Sleeper sleeper;

	/**
	 * @param cron when to look, or null for {@link #tick()} only
	 * @param params the parameters of a run of a delivery folder
	 * @param onPickup told of every delivery the job was started on, in order
	 */
	public Scheduler(CronExpression cron, InboundFolder inbound, Function<Path, JobParams> params, NightlyRunner runner,
			Consumer<Pickup> onPickup, Clock clock, Sleeper sleeper) {
		this.cron = cron;
		this.inbound = inbound;
		this.params = params;
		this.runner = runner;
		this.onPickup = onPickup;
		this.clock = clock;
		this.sleeper = sleeper;
	}

	/**
	 * Parses a cron expression: Spring's six fields (seconds first), a macro such as
	 * {@code @daily}, or the five fields of a crontab line, which operators copy from
	 * their existing jobs.
	 */
	public static CronExpression cron(String expression) {
		String trimmed = expression.trim();
		boolean crontab = !trimmed.startsWith("@") && trimmed.split("\\s+").length == 5;
		return CronExpression.parse(crontab ? "0 " + trimmed : trimmed);
	}

	/**
	 * Ticks at every fire time of the cron expression until the sleeper says the process
	 * is stopping.
	 */
	public void runUntilStopped() {
		while (!this.sleeper.stopping()) {
			ZonedDateTime now = ZonedDateTime.now(this.clock);
			ZonedDateTime next = this.cron.next(now);
			if (next == null) {
				log.info("the schedule {} fires no more; stopping", this.cron);
				return;
			}
			log.info("next look at the inbound folder at {}", next);
			if (!this.sleeper.pause(Duration.between(now, next))) {
				return;
			}
			tick();
		}
	}

	/**
	 * Looks once: starts the job on every ready delivery, oldest first, and logs one line
	 * per delivery.
	 */
	public void tick() {
		for (InboundFolder.Readiness delivery : this.inbound.check()) {
			if (this.sleeper.stopping()) {
				log.info("stopping: leaving the remaining deliveries to the next start");
				return;
			}
			if (!delivery.ready()) {
				log.info("delivery {}: skipped, not ready: {}", delivery.name(), delivery.reason());
				continue;
			}
			this.onPickup.accept(start(delivery.delivery()));
		}
	}

	private Pickup start(Path delivery) {
		String name = delivery.getFileName().toString();
		try {
			NightlyRunner.Outcome outcome = this.runner.run(this.params.apply(delivery));
			switch (outcome.kind()) {
				case ALREADY_COMPLETED -> log.info("delivery {}: already processed by run {}", name,
						outcome.execution().getJobInstance().getInstanceId());
				case LOCKED ->
					log.info("delivery {}: skipped, another run for this council and year is in progress", name);
				case RAN -> log.info("delivery {}: picked up; execution {} ended {}", name, outcome.execution().getId(),
						outcome.execution().getStatus());
			}
			return new Pickup(delivery, outcome, null);
		}
		catch (Exception ex) {
			// one bad delivery must not stop the service: it is reported and tried again
			// on the next tick
			log.warn("delivery {}: picked up, but the run could not start: {}", name, ex.getMessage());
			return new Pickup(delivery, null, ex);
		}
	}

	/**
	 * A ready delivery the job was started on.
	 *
	 * @param outcome what the run came to; null when it could not start
	 * @param failure why it could not start (an unreadable extract, no database); null
	 * when it started
	 */
	public record Pickup(Path delivery, NightlyRunner.Outcome outcome, Exception failure) {
	}

}
