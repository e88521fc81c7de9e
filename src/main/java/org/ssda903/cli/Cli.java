package org.ssda903.cli;

import java.io.PrintWriter;
import java.util.Optional;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import org.ssda903.common.BadExtractException;

/**
 * The command line: {@code run}, {@code restart}, {@code history} and {@code generate}, each with {@code --help}.
 */
@Command(name = "ssda903-batch", mixinStandardHelpOptions = true, version = "ssda903-batch 0.1.0",
		description = "Builds the SSDA903 children-looked-after return from a council's case-management extract,"
				+ " validates it and keeps a history of every run.",
		subcommands = { RunCommand.class, RestartCommand.class, RerunCommand.class, HistoryCommand.class,
				RejectsCommand.class, PurgeCommand.class, RulesCommand.class, KpiCommand.class, ScheduleCommand.class,
				PullCommand.class, ServeCommand.class, GenerateCommand.class,
				CommandLine.HelpCommand.class },
		footer = { "", "Exit codes: 0 completed, 1 internal error, 2 usage, 3 bad input,",
				"4 already processed, 5 failed (restartable), 6 run in progress,",
				"7 completed with validation errors (run --strict only)." })
public final class Cli implements Runnable {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(this.spec.commandLine(),
				"name a command: run, restart, rerun, history, rejects, purge, rules, kpi, schedule, pull, serve,"
						+ " generate (or --help)");
	}

	public static int execute(String... args) {
		return commandLine().execute(args);
	}

	static CommandLine commandLine() {
		CommandLine commandLine = new CommandLine(new Cli());
		commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
			PrintWriter err = cmd.getErr();
			if (isVerbose(parseResult)) {
				ex.printStackTrace(err);
			}
			if (ex instanceof CommandLine.ParameterException) {
				err.println(ex.getMessage());
				return ExitCodes.USAGE;
			}
			if (ex instanceof BadExtractException) {
				err.println("bad input: " + ex.getMessage());
				return ExitCodes.BAD_INPUT;
			}
			Optional<String> fault = DatabaseFailures.describe(ex);
			if (fault.isPresent()) {
				err.println("failed: " + fault.get() + "; fix it, then run the same command again");
				return ExitCodes.FAILED_RESTARTABLE;
			}
			err.println("error: " + ex.getMessage());
			return ExitCodes.INTERNAL_ERROR;
		});
		return commandLine;
	}

	private static boolean isVerbose(CommandLine.ParseResult parseResult) {
		for (CommandLine.ParseResult command = parseResult; command != null; command = command.subcommand()) {
			if (command.hasMatchedOption("--verbose")) {
				return true;
			}
		}
		return false;
	}

}
