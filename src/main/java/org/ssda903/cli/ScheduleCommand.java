package org.ssda903.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.support.CronExpression;

import org.ssda903.common.BadExtractException;
import org.ssda903.job.NightlyRunner;
import org.ssda903.model.CollectionYear;
import org.ssda903.schedule.InboundFolder;
import org.ssda903.schedule.Scheduler;
import org.ssda903.schedule.Sleeper;
import org.ssda903.schedule.StopSignal;

/**
 * {@code schedule}: a long-lived service that runs the nightly job on each new complete
 * delivery of the inbound folder, or with {@code --once} a single look for cron users.
 * Each run is the one {@code run} would make with the same options, so its outcome,
 * history and exit code are the same.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true,
		description = "Watch an inbound folder on a cron schedule and run the job on each new delivery (a"
				+ " sub-folder) once it is complete: its ready marker is there and no file changed for a while.",
		footer = { "", "Exit codes with --once: the most serious of the runs it started, as for run; 0 when no new"
				+ " delivery was ready." })
class ScheduleCommand implements Callable<Integer> {

	/**
	 * Most serious first: a --once exit code reports the worst outcome among the
	 * deliveries it started. A delivery already processed is not among them: deliveries
	 * stay in the inbound folder, so it says nothing about tonight.
	 */
	private static final List<Integer> SEVERITY = List.of(ExitCodes.INTERNAL_ERROR, ExitCodes.FAILED_RESTARTABLE,
			ExitCodes.BAD_INPUT, ExitCodes.RUN_IN_PROGRESS, ExitCodes.COMPLETED_WITH_ERRORS, ExitCodes.COMPLETED);

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Option(names = "--cron", paramLabel = "EXPR",
			description = "When to look: a crontab expression (\"*/10 * * * *\"), Spring's six fields with seconds"
					+ " first, or @hourly/@daily. Required unless --once.")
	String cron;

	@Option(names = "--inbound", required = true, paramLabel = "DIR",
			description = "The folder deliveries arrive in, one sub-folder each (e.g. inbound/2025-11-21/).")
	Path inbound;

	@Option(names = "--ready-marker", paramLabel = "NAME",
			description = "The file a delivery is complete with (default: " + InboundFolder.DEFAULT_MARKER + ").")
	String readyMarker;

	@Option(names = "--no-marker", description = "Do not wait for a ready marker; rely on the stability check.")
	boolean noMarker;

	@Option(names = "--stable-for", paramLabel = "DURATION", defaultValue = "PT2M",
			description = "How long every file's size and time must stay unchanged (ISO-8601, default:"
					+ " ${DEFAULT-VALUE}).")
	Duration stableFor;

	@Option(names = "--once", description = "Look once, run the job on what is ready, and exit.")
	boolean once;

	@Mixin
	JobOptions job;

	@Override
	public Integer call() throws InterruptedException {
		CollectionYear year = this.job.check();
		CronExpression schedule = schedule();
		if (this.noMarker && this.readyMarker != null) {
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					"--ready-marker and --no-marker cannot be used together");
		}
		if (this.stableFor.isNegative()) {
			throw new CommandLine.ParameterException(this.spec.commandLine(), "--stable-for cannot be negative");
		}
		if (!Files.isDirectory(this.inbound)) {
			throw new BadExtractException("inbound folder " + this.inbound + " does not exist");
		}
		String marker = this.noMarker ? null
				: (this.readyMarker == null ? InboundFolder.DEFAULT_MARKER : this.readyMarker);
		StopSignal stop = new StopSignal();
		return this.once ? once(year, marker, stop) : service(year, schedule, marker, stop);
	}

	private int once(CollectionYear year, String marker, Sleeper sleeper) {
		List<Integer> codes = new ArrayList<>();
		try (ConfigurableApplicationContext context = SpringContexts.start(this.job.settings())) {
			scheduler(context, year, null, marker, sleeper, codes).tick();
		}
		return codes.stream()
			.filter(SEVERITY::contains)
			.min((a, b) -> SEVERITY.indexOf(a) - SEVERITY.indexOf(b))
			.orElse(ExitCodes.COMPLETED);
	}

	/**
	 * Runs until SIGTERM or Ctrl-C. Spring's own shutdown hook is turned off because it
	 * would close the database under a running job; this one wakes the wait, lets a
	 * running job finish, then lets the context close.
	 */
	private int service(CollectionYear year, CronExpression schedule, String marker, StopSignal stop)
			throws InterruptedException {
		CountDownLatch finished = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			stop.stop();
			try {
				finished.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}, "schedule-stop"));
		Map<String, Object> settings = new HashMap<>(this.job.settings());
		settings.put("spring.main.register-shutdown-hook", false);
		try (ConfigurableApplicationContext context = SpringContexts.start(settings)) {
			this.spec.commandLine().getOut().printf("Watching %s on %s. Stop with Ctrl-C.%n", this.inbound, this.cron);
			this.spec.commandLine().getOut().flush();
			scheduler(context, year, schedule, marker, stop, new ArrayList<>()).runUntilStopped();
		}
		finally {
			finished.countDown();
		}
		return ExitCodes.COMPLETED;
	}

	private Scheduler scheduler(ConfigurableApplicationContext context, CollectionYear year, CronExpression schedule,
			String marker, Sleeper sleeper, List<Integer> codes) {
		RunSummary summary = context.getBean(RunSummary.class);
		CommandLine commandLine = this.spec.commandLine();
		return new Scheduler(schedule, new InboundFolder(this.inbound, marker, this.stableFor, sleeper),
				(delivery) -> this.job.params(year, delivery, context.getEnvironment()),
				context.getBean(NightlyRunner.class), (pickup) -> codes.add(exitCode(pickup, summary, commandLine)),
				Clock.systemDefaultZone(), sleeper);
	}

	private int exitCode(Scheduler.Pickup pickup, RunSummary summary, CommandLine commandLine) {
		commandLine.getOut().println("Delivery " + pickup.delivery().getFileName() + ":");
		if (pickup.outcome() != null) {
			return summary.report(pickup.outcome(), commandLine, this.job.strict);
		}
		boolean badInput = pickup.failure() instanceof BadExtractException;
		commandLine.getErr().println((badInput ? "bad input: " : "error: ") + pickup.failure().getMessage());
		commandLine.getErr().flush();
		return badInput ? ExitCodes.BAD_INPUT : ExitCodes.INTERNAL_ERROR;
	}

	private CronExpression schedule() {
		if (this.cron == null) {
			if (!this.once) {
				throw new CommandLine.ParameterException(this.spec.commandLine(), "--cron is required unless --once");
			}
			return null;
		}
		try {
			return Scheduler.cron(this.cron);
		}
		catch (IllegalArgumentException ex) {
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					"--cron '" + this.cron + "' is not a cron expression: " + ex.getMessage());
		}
	}

}
