package org.ssda903.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.context.ConfigurableApplicationContext;

import org.ssda903.audit.RunHistory;

/** {@code restart ID}: resumes a failed run from its failed step and chunk. */
@Command(name = "restart", mixinStandardHelpOptions = true,
		description = "Restart a failed run from the step (and chunk) where it failed.")
class RestartCommand implements Callable<Integer> {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Parameters(index = "0", paramLabel = "ID", description = "The execution id, as listed by history.")
	long executionId;

	@Option(names = "--recover",
			description = "The run is still marked as running but its process has died (killed, machine"
					+ " restarted): mark it failed, then restart it.")
	boolean recover;

	@Override
	public Integer call() throws Exception {
		try (ConfigurableApplicationContext context = SpringContexts.start()) {
			JobOperator operator = context.getBean(JobOperator.class);
			JobExecution execution = context.getBean(RunHistory.class).findExecution(this.executionId);
			if (execution == null) {
				throw new CommandLine.ParameterException(this.spec.commandLine(),
						"there is no execution " + this.executionId + "; see history");
			}
			if (execution.getStatus() == BatchStatus.COMPLETED) {
				this.spec.commandLine()
					.getOut()
					.printf("Execution %d completed; nothing to restart.%n", this.executionId);
				return ExitCodes.ALREADY_PROCESSED;
			}
			if (execution.isRunning()) {
				if (!this.recover) {
					this.spec.commandLine()
						.getErr()
						.printf("Execution %d is marked as running. If its process has died, use:"
								+ " restart --recover %d%n", this.executionId, this.executionId);
					return ExitCodes.RUN_IN_PROGRESS;
				}
				execution = operator.recover(execution);
			}
			JobExecution restarted = operator.restart(execution);
			return context.getBean(RunSummary.class).print(restarted, this.spec.commandLine().getOut());
		}
	}

}
