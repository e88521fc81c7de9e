package org.ssda903.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import picocli.CommandLine;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import org.ssda903.audit.RunHistory;
import org.ssda903.common.BadExtractException;
import org.ssda903.job.NightlyRunner;
import org.ssda903.run.RunContext;
import org.ssda903.run.RunInput;
import org.ssda903.validation.Severity;
import org.ssda903.validation.ValidationRepository;

/**
 * The few lines an operator reads after a run, and the exit code that goes with its
 * outcome.
 */
@Component
class RunSummary {

	private final RunHistory history;

	private final ValidationRepository validation;

	RunSummary(RunHistory history, ValidationRepository validation) {
		this.history = history;
		this.validation = validation;
	}

	/** Prints what a launch came to and gives the exit code for it. */
	int report(NightlyRunner.Outcome outcome, CommandLine commandLine) {
		return report(outcome, commandLine, false);
	}

	/**
	 * As {@link #report(NightlyRunner.Outcome, CommandLine)}; {@code strict} turns a
	 * completed run with error-severity issues into
	 * {@link ExitCodes#COMPLETED_WITH_ERRORS}.
	 */
	int report(NightlyRunner.Outcome outcome, CommandLine commandLine, boolean strict) {
		switch (outcome.kind()) {
			case ALREADY_COMPLETED -> {
				commandLine.getOut().println(outcome.note());
				commandLine.getOut().flush();
				return ExitCodes.ALREADY_PROCESSED;
			}
			case LOCKED -> {
				commandLine.getErr().println(outcome.note());
				commandLine.getErr().flush();
				return ExitCodes.RUN_IN_PROGRESS;
			}
			default -> {
				if (outcome.note() != null) {
					commandLine.getOut().println(outcome.note());
				}
				return print(outcome.execution(), commandLine.getOut(), strict, Cli.isVerbose(commandLine));
			}
		}
	}

	/**
	 * With {@code verbose}, a failed run's errors are printed with their stack traces.
	 */
	int print(JobExecution execution, PrintWriter out, boolean strict, boolean verbose) {
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			// the database or the disk failed: the history cannot be read, and the
			// operator needs one line
			Optional<String> fault = execution.getAllFailureExceptions()
				.stream()
				.map(DatabaseFailures::describe)
				.flatMap(Optional::stream)
				.findFirst();
			if (fault.isPresent()) {
				out.printf("Run %d (execution %d) failed: %s; fix it, then: restart %d%n",
						execution.getJobInstance().getInstanceId(), execution.getId(), fault.get(), execution.getId());
				out.flush();
				return ExitCodes.FAILED_RESTARTABLE;
			}
		}
		RunHistory.ExecutionDetail detail = this.history.execution(execution.getId()).orElseThrow();
		RunHistory.ExecutionSummary summary = detail.summary();
		out.printf("Run %d (execution %d): %s in %s, %s %d%n", summary.runId(), summary.executionId(), summary.status(),
				seconds(summary.duration()), summary.laCode(), summary.year());
		out.printf("  rows read %d, loaded %d, rejected %d%n", summary.rowsRead(), summary.rowsLoaded(),
				summary.rowsRejected());
		// the files with rejects, so that a file that lost most of its rows is seen at
		// once
		for (RunInput input : detail.inputs()) {
			if (input.rowsRejected() != null && input.rowsRejected() > 0) {
				out.printf("    %s: read %d, loaded %d, rejected %d%n", input.fileName(), input.rowsRead(),
						input.rowsLoaded(), input.rowsRejected());
			}
		}
		long errors = this.validation.countIssues(summary.runId(), Severity.ERROR);
		out.printf("  validation issues: %d error, %d query%n", errors,
				this.validation.countIssues(summary.runId(), Severity.QUERY));
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			out.printf("  outputs: %s%n", RunContext.outputFolder(execution));
			out.flush();
			return strict && errors > 0 ? ExitCodes.COMPLETED_WITH_ERRORS : ExitCodes.COMPLETED;
		}
		List<Throwable> failures = execution.getAllFailureExceptions();
		boolean badInput = failures.stream().anyMatch(RunSummary::isBadInput);
		// bad input is the cause; the step and partition failures that follow from it say
		// nothing more
		List<Throwable> reported = badInput ? failures.stream().filter(RunSummary::isBadInput).toList() : failures;
		for (Throwable failure : reported) {
			out.printf("  failed: %s%n", rootMessage(failure));
			if (verbose) {
				failure.printStackTrace(out);
			}
		}
		if (badInput) {
			out.println("  the extract cannot be read: correct it and run again (a corrected extract is a new run)");
		}
		else {
			out.printf("  fix the cause, then: restart %d%n", execution.getId());
		}
		out.flush();
		return badInput ? ExitCodes.BAD_INPUT : ExitCodes.FAILED_RESTARTABLE;
	}

	private static boolean isBadInput(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof BadExtractException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * What an operator is told of a failure: the message of its first cause, or of the
	 * bad extract it reports, which names the file, line and field.
	 */
	static String rootMessage(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && !(cause instanceof BadExtractException)) {
			cause = cause.getCause();
		}
		if (cause instanceof OutOfMemoryError) {
			return "the run ran out of memory (" + cause.getMessage() + "): give java a larger heap with -Xmx, as the"
					+ " README's \"Size and memory\" says for the size of the extract";
		}
		return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
	}

	private static String seconds(Duration duration) {
		return duration == null ? "-" : String.format("%.1f s", duration.toMillis() / 1000.0);
	}

}
