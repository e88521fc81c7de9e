package org.ssda903.cli;

import java.io.PrintWriter;
import java.util.Optional;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import org.ssda903.common.BadExtractException;

/**
 * The command line: {@code run}, {@code restart}, {@code history} and {@code generate},
 * each with {@code --help}.
 */
@Command(name = "ssda903-batch", mixinStandardHelpOptions = true, version = "ssda903-batch 0.1.0",
		description = "Builds the SSDA903 children-looked-after return from a council's case-management extract,"
				+ " validates it and keeps a history of every run.",
		subcommands = { RunCommand.class, RestartCommand.class, RerunCommand.class, HistoryCommand.class,
				RejectsCommand.class, PurgeCommand.class, RulesCommand.class, KpiCommand.class, ScheduleCommand.class,
				PullCommand.class, ServeCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class },
		footer = { "", "Exit codes: 0 completed, 1 internal error, 2 usage, 3 bad input,",
				"4 already processed, 5 failed (restartable), 6 run in progress,",
				"7 completed with validation errors (run --strict only)." })
public final class Cli implements Runnable {

	static final String VERBOSE = "--verbose";

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@CommandLine.Option(names = VERBOSE, scope = CommandLine.ScopeType.INHERIT,
			description = "Print the stack trace of an error; without it an error is one line saying what to do.")
	boolean verbose;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(this.spec.commandLine(),
				"name a command: run, restart, rerun, history, rejects, purge, rules, kpi, schedule, pull, serve,"
						+ " generate (or --help)");
	}

	public static int execute(String... args) {
		return commandLine().execute(args);
	}

	/**
	 * Errors a user can fix (usage, bad input) are one line that says what to do, not a
	 * stack trace, which tells a data officer nothing; {@value #VERBOSE} adds the trace
	 * for whoever supports them.
	 */
	static CommandLine commandLine() {
		CommandLine commandLine = new CommandLine(new Cli());
		commandLine.setParameterExceptionHandler((ex, args) -> {
			CommandLine cmd = ex.getCommandLine();
			PrintWriter err = cmd.getErr();
			err.println(ex.getMessage() + " (" + cmd.getCommandSpec().qualifiedName() + " --help lists the options)");
			trace(ex, cmd, err);
			return ExitCodes.USAGE;
		});
		commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
			PrintWriter err = cmd.getErr();
			if (ex instanceof CommandLine.ParameterException) {
				err.println(ex.getMessage());
				trace(ex, cmd, err);
				return ExitCodes.USAGE;
			}
			Optional<String> inUse = DatabaseInUse.message(ex);
			if (inUse.isPresent()) {
				err.println("run in progress: " + inUse.get());
				return ExitCodes.RUN_IN_PROGRESS;
			}
			if (ex instanceof BadExtractException) {
				err.println("bad input: " + ex.getMessage());
				trace(ex, cmd, err);
				return ExitCodes.BAD_INPUT;
			}
			Optional<String> fault = DatabaseFailures.describe(ex);
			if (fault.isPresent()) {
				err.println("failed: " + fault.get() + "; fix it, then run the same command again");
				trace(ex, cmd, err);
				return ExitCodes.FAILED_RESTARTABLE;
			}
			err.println("error: " + ex.getMessage() + (isVerbose(cmd) ? "" : " (" + VERBOSE + " shows the details)"));
			trace(ex, cmd, err);
			return ExitCodes.INTERNAL_ERROR;
		});
		return commandLine;
	}

	private static void trace(Exception ex, CommandLine cmd, PrintWriter err) {
		if (isVerbose(cmd)) {
			ex.printStackTrace(err);
		}
	}

	/** Whether {@value #VERBOSE} was given, before or after the command's name. */
	static boolean isVerbose(CommandLine commandLine) {
		for (CommandLine cmd = commandLine; cmd != null; cmd = cmd.getParent()) {
			CommandLine.ParseResult parsed = cmd.getParseResult();
			if (parsed != null && parsed.hasMatchedOption(VERBOSE)) {
				return true;
			}
		}
		return false;
	}

}
