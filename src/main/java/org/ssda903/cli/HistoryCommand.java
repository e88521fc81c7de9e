package org.ssda903.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;

import org.ssda903.audit.RunFilter;
import org.ssda903.audit.RunHistory;
import org.ssda903.run.ManifestEntry;
import org.ssda903.run.RunEvent;
import org.ssda903.run.RunInput;

/** {@code history [ID]}: the runs of the nightly job, or one execution in detail. */
@Command(name = "history", mixinStandardHelpOptions = true,
		description = "List the runs of the nightly job, or show one execution's steps, inputs and outputs.")
class HistoryCommand implements Callable<Integer> {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "An execution id to show in detail.")
	Long executionId;

	@Option(names = "--limit", defaultValue = "50",
			description = "How many executions to list (default: ${DEFAULT-VALUE}).")
	int limit;

	@Option(names = "--from", paramLabel = "DATE",
			description = "Only executions started on or after this day (yyyy-mm-dd).")
	LocalDate from;

	@Option(names = "--to", paramLabel = "DATE",
			description = "Only executions started on or before this day (yyyy-mm-dd).")
	LocalDate to;

	@Option(names = "--status", paramLabel = "STATUS",
			description = "Only executions with this status: COMPLETED, FAILED, STARTED, STOPPED, ABANDONED.")
	String status;

	@Option(names = "--la", paramLabel = "CODE", description = "Only executions for this council (ONS code).")
	String laCode;

	@Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
			description = "text, csv or json (default: ${DEFAULT-VALUE}).")
	Format format;

	enum Format {

		text, csv, json

	}

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		RunFilter filter = filter();
		try (ConfigurableApplicationContext context = SpringContexts.start()) {
			RunHistory history = context.getBean(RunHistory.class);
			if (this.executionId == null) {
				List<RunHistory.ExecutionSummary> summaries = history.executions(filter);
				switch (this.format) {
					case csv -> HistoryFormats.listCsv(summaries, out);
					case json -> HistoryFormats.listJson(summaries, out);
					default -> list(summaries, out);
				}
				return ExitCodes.COMPLETED;
			}
			var detail = history.execution(this.executionId);
			if (detail.isEmpty()) {
				throw new CommandLine.ParameterException(this.spec.commandLine(),
						"there is no execution " + this.executionId);
			}
			switch (this.format) {
				case csv -> HistoryFormats.detailCsv(detail.get(), out);
				case json -> HistoryFormats.detailJson(detail.get(), out);
				default -> show(detail.get(), out);
			}
			return ExitCodes.COMPLETED;
		}
	}

	private RunFilter filter() {
		try {
			return new RunFilter(this.from, this.to, this.status, this.laCode, this.limit);
		}
		catch (IllegalArgumentException ex) {
			throw new CommandLine.ParameterException(this.spec.commandLine(), ex.getMessage());
		}
	}

	private static void list(List<RunHistory.ExecutionSummary> summaries, PrintWriter out) {
		String format = "%-9s %-11s %-10s %-10s %-5s %-19s %9s %9s %9s %9s  %s%n";
		out.printf(format, "execution", "run", "status", "la", "year", "started", "duration", "read", "loaded",
				"rejected", "requested by");
		for (RunHistory.ExecutionSummary s : summaries) {
			String run = s.rerunNumber() == 0 ? Long.toString(s.runId()) : s.runId() + "/rerun-" + s.rerunNumber();
			out.printf(format, s.executionId(), run, s.status(), s.laCode(), s.year(),
					s.started() == null ? "-" : WHEN.format(s.started()), seconds(s.duration()), s.rowsRead(),
					s.rowsLoaded(), s.rowsRejected(), s.requestedBy());
		}
		out.flush();
	}

	private static void show(RunHistory.ExecutionDetail detail, PrintWriter out) {
		RunHistory.ExecutionSummary s = detail.summary();
		out.printf("Execution %d of run %d%s: %s%n", s.executionId(), s.runId(),
				s.rerunNumber() == 0 ? "" : " (rerun " + s.rerunNumber() + ")", s.status());
		out.printf("  council %s, collection year ending %d, requested by %s%n", s.laCode(), s.year(), s.requestedBy());
		out.printf("  started %s, took %s%n", s.started() == null ? "-" : WHEN.format(s.started()),
				seconds(s.duration()));
		out.println();
		out.println("Steps:");
		String stepFormat = "  %-32s %-10s %9s %9s %7s %9s %9s%n";
		out.printf(stepFormat, "step", "status", "read", "written", "commits", "rollbacks", "duration");
		for (StepExecution step : detail.steps()) {
			Duration duration = step.getStartTime() == null || step.getEndTime() == null ? null
					: Duration.between(step.getStartTime(), step.getEndTime());
			out.printf(stepFormat, step.getStepName(), step.getStatus(), step.getReadCount(), step.getWriteCount(),
					step.getCommitCount(), step.getRollbackCount(), seconds(duration));
		}
		out.println();
		out.println("Input files:");
		for (RunInput input : detail.inputs()) {
			out.printf("  %-28s %-20s %10d bytes  read %s, loaded %s, rejected %s  sha256 %s%n", input.fileName(),
					input.table(), input.bytes(), input.rowsRead(), input.rowsLoaded(), input.rowsRejected(),
					input.sha256());
		}
		out.println();
		out.println("Outputs" + (detail.outputFolder() == null ? ":" : " in " + detail.outputFolder() + ":"));
		for (ManifestEntry output : detail.outputs()) {
			out.printf("  %-40s %10d bytes  sha256 %s%n", output.path(), output.bytes(), output.sha256());
		}
		out.println();
		String message = detail.exitMessage() == null || detail.exitMessage().isBlank() ? "(none)"
				: detail.exitMessage().lines().findFirst().orElse("");
		out.println("Exit message: " + message);
		out.println("Command line: " + (detail.commandLine() == null ? "(not recorded)" : detail.commandLine()));
		if (!detail.events().isEmpty()) {
			out.println();
			out.println("Events of the run:");
			for (RunEvent event : detail.events()) {
				out.printf("  %-8s execution %-6d %s by %s: %s%n", event.kind().label(), event.executionId(),
						event.at(), event.who(), event.commandLine());
			}
		}
		out.flush();
	}

	private static String seconds(Duration duration) {
		return duration == null ? "-" : String.format("%.1f s", duration.toMillis() / 1000.0);
	}

}
