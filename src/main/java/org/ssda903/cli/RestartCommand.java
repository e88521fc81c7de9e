package org.ssda903.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

import org.ssda903.audit.RunHistory;
import org.ssda903.job.NightlyRunner;

/** {@code restart ID}: resumes a failed run from its failed step and chunk. */
@Command(name = "restart", mixinStandardHelpOptions = true,
		description = { "Restart a failed run from the step (and chunk) where it failed.",
				"An execution left running by a process that died is recovered first." })
class RestartCommand implements Callable<Integer> {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Parameters(index = "0", paramLabel = "ID", description = "The execution id, as listed by history.")
	long executionId;

	@Override
	public Integer call() throws Exception {
		try (ConfigurableApplicationContext context = SpringContexts
			.start(SpringContexts.logging(Cli.isVerbose(this.spec.commandLine())))) {
			JobExecution execution = context.getBean(RunHistory.class).findExecution(this.executionId);
			if (execution == null) {
				throw new CommandLine.ParameterException(this.spec.commandLine(),
						"there is no execution " + this.executionId + "; see history");
			}
			NightlyRunner.Outcome outcome = context.getBean(NightlyRunner.class)
				.restart(execution, RequestedBy.current(),
						this.spec.root().commandLine().getParseResult().originalArgs());
			return context.getBean(RunSummary.class).report(outcome, this.spec.commandLine());
		}
	}

}
