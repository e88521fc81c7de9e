package org.ssda903.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

import org.ssda903.audit.RunHistory;
import org.ssda903.common.BadExtractException;
import org.ssda903.job.NightlyRunner;
import org.ssda903.job.RerunRunner;
import org.ssda903.run.ReferenceFiles;

/**
 * {@code rerun --from-step STEP ID}: runs a finished run again from a later step on its
 * staged data.
 */
@Command(name = "rerun", mixinStandardHelpOptions = true,
		description = { "Run a completed or failed run again from STEP on the data it already loaded, e.g. after a",
				"rule or the reference data was corrected. STEP is validate, build-return, kpi or publish: each",
				"replaces what it wrote before, and the outputs are written again to the run's folder. discover",
				"and ingest cannot be rerun: they would load the extract again, whose files may have changed, into",
				"a run whose checksums say otherwise; run the extract as a new run instead." })
class RerunCommand implements Callable<Integer> {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Option(names = "--from-step", required = true, paramLabel = "STEP",
			description = "validate, build-return, kpi or publish.")
	String fromStep;

	@Option(names = "--postcodes", paramLabel = "FILE",
			description = "A new postcode lookup for the run (default: the version the run recorded).")
	Path postcodes;

	@Option(names = "--providers", paramLabel = "FILE",
			description = "A new Ofsted provider list for the run (default: the version the run recorded).")
	Path providers;

	@Option(names = "--la-codes", paramLabel = "FILE",
			description = "A new local authority code list for the run (default: the version the run recorded).")
	Path laCodes;

	@Parameters(index = "0", paramLabel = "ID", description = "An execution id of the run, as listed by history.")
	long executionId;

	@Override
	public Integer call() throws Exception {
		try (ConfigurableApplicationContext context = SpringContexts.start()) {
			JobExecution execution = context.getBean(RunHistory.class).findExecution(this.executionId);
			if (execution == null) {
				throw new CommandLine.ParameterException(this.spec.commandLine(),
						"there is no execution " + this.executionId + "; see history");
			}
			NightlyRunner.Outcome outcome;
			try {
				outcome = context.getBean(RerunRunner.class)
					.rerun(execution, this.fromStep, RequestedBy.current(),
							this.spec.root().commandLine().getParseResult().originalArgs(), new ReferenceFiles(
									existing(this.postcodes), existing(this.providers), existing(this.laCodes), null));
			}
			catch (IllegalArgumentException ex) {
				throw new CommandLine.ParameterException(this.spec.commandLine(), ex.getMessage());
			}
			return context.getBean(RunSummary.class).report(outcome, this.spec.commandLine());
		}
	}

	private Path existing(Path file) {
		if (file != null && !Files.isRegularFile(file)) {
			throw new BadExtractException("reference file " + file + " does not exist");
		}
		return file == null ? null : file.toAbsolutePath();
	}

}
