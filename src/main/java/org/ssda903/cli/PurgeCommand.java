package org.ssda903.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.context.ConfigurableApplicationContext;

import org.ssda903.audit.RunPurge;

/** {@code purge --older-than DAYS}: the retention of personal data in the database. */
@Command(name = "purge", mixinStandardHelpOptions = true,
		description = { "Remove the personal data of completed runs that ended more than DAYS days ago: their staged",
				"rows, the text of their rejected rows, and the rows of return versions a newer version of the same",
				"council and year replaced. Their history, checksums, reject reasons and issues are kept, and so is",
				"the newest return of every council and year. Failed runs are kept: they may be restarted.",
				"Output folders on disk are not touched." })
class PurgeCommand implements Callable<Integer> {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Option(names = "--older-than", required = true, paramLabel = "DAYS",
			description = "Purge runs whose last execution ended more than this many days ago.")
	int days;

	@Option(names = "--dry-run", description = "Only count what would be removed.")
	boolean dryRun;

	@Override
	public Integer call() {
		if (this.days < 0) {
			throw new CommandLine.ParameterException(this.spec.commandLine(), "--older-than must be 0 or more days");
		}
		PrintWriter out = this.spec.commandLine().getOut();
		try (ConfigurableApplicationContext context = SpringContexts.start()) {
			RunPurge.Result result = context.getBean(RunPurge.class).purge(Duration.ofDays(this.days), this.dryRun);
			String verb = result.dryRun() ? "would remove" : "removed";
			long staged = 0;
			long rejects = 0;
			long returns = 0;
			for (RunPurge.RunPurged run : result.runs()) {
				out.printf("run %d: %s %d staged row(s), %d rejected row text(s), %d superseded return row(s)%n",
						run.runId(), verb, run.stagedRows(), run.rejectTexts(), run.returnRows());
				staged += run.stagedRows();
				rejects += run.rejectTexts();
				returns += run.returnRows();
			}
			out.printf("%s %d run(s): %d staged row(s), %d rejected row text(s), %d superseded return row(s)%n",
					result.dryRun() ? "Dry run, would purge" : "Purged", result.runs().size(), staged, rejects,
					returns);
			if (result.keptRestartable() > 0) {
				out.printf("Kept %d old failed run(s) that may still be restarted.%n", result.keptRestartable());
			}
			out.flush();
			return ExitCodes.COMPLETED;
		}
	}

}
