package org.ssda903.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.springframework.context.ConfigurableApplicationContext;

import org.ssda903.common.BadExtractException;
import org.ssda903.job.NightlyRunner;
import org.ssda903.model.CollectionYear;
import org.ssda903.run.JobParams;

/**
 * {@code run}: the nightly job on an extract folder. Running it again on the same extract
 * after a failure resumes the failed run; after success it does nothing and says so.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
		description = "Load, validate and build the 903 return from an extract folder.")
class RunCommand implements Callable<Integer> {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Option(names = "--extract", required = true, paramLabel = "DIR",
			description = "Folder holding the extract's 903 CSV files (any subset; recognised by their headers).")
	Path extract;

	@Mixin
	JobOptions job;

	@Override
	public Integer call() {
		CollectionYear year = this.job.check();
		JobOptions.existingFolder(this.extract, "extract folder");
		try (ConfigurableApplicationContext context = SpringContexts.start(SpringContexts.merge(this.job.settings(),
				SpringContexts.logging(Cli.isVerbose(this.spec.commandLine()))))) {
			JobParams params = this.job.params(year, this.extract, context.getEnvironment());
			NightlyRunner.Outcome outcome = context.getBean(NightlyRunner.class)
				.run(params, this.spec.root().commandLine().getParseResult().originalArgs());
			return context.getBean(RunSummary.class).report(outcome, this.spec.commandLine(), this.job.strict);
		}
		catch (BadExtractException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

}
