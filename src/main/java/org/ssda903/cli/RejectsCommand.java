package org.ssda903.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

import org.ssda903.audit.RunHistory;
import org.ssda903.corrections.Correction;
import org.ssda903.corrections.CorrectionList;

/**
 * {@code rejects ID}: the run's rejected rows and validation issues as one correction
 * list.
 */
@Command(name = "rejects", mixinStandardHelpOptions = true,
		description = { "Export a run's rejected rows and validation issues as one correction list, per child, in",
				"the extract's terms: child_id,file,line,field,current_value,problem,rule_code,severity.",
				"The list holds personal data: the file is readable by its owner only." })
class RejectsCommand implements Callable<Integer> {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Parameters(index = "0", paramLabel = "ID", description = "An execution id of the run, as listed by history.")
	long executionId;

	@Option(names = "--out", paramLabel = "FILE",
			description = "Where to write the list (default: out/corrections_run-<run id>.csv in the home); - for"
					+ " standard output.")
	String outFile;

	@Override
	public Integer call() throws Exception {
		try (ConfigurableApplicationContext context = SpringContexts.start()) {
			JobExecution execution = context.getBean(RunHistory.class).findExecution(this.executionId);
			if (execution == null) {
				throw new CommandLine.ParameterException(this.spec.commandLine(),
						"there is no execution " + this.executionId + "; see history");
			}
			long runId = execution.getJobInstance().getInstanceId();
			List<Correction> corrections = context.getBean(CorrectionList.class).forRun(runId);
			PrintWriter out = this.spec.commandLine().getOut();
			if ("-".equals(this.outFile)) {
				CorrectionList.writeCsv(corrections, out);
				out.flush();
				return ExitCodes.COMPLETED;
			}
			Path file = (this.outFile != null) ? Path.of(this.outFile) : Path
				.of(context.getEnvironment().getRequiredProperty("ssda903.out"), "corrections_run-" + runId + ".csv");
			CorrectionList.writeFile(corrections, file);
			out.printf("%d correction(s) of run %d written to %s%n", corrections.size(), runId, file.toAbsolutePath());
			out.flush();
			return ExitCodes.COMPLETED;
		}
	}

}
