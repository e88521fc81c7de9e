package org.ssda903.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.context.ConfigurableApplicationContext;

import org.ssda903.extract.BadExtractException;
import org.ssda903.job.JobParams;
import org.ssda903.job.NightlyRunner;
import org.ssda903.job.ReferenceFiles;
import org.ssda903.model.CollectionYear;

/**
 * {@code run}: the nightly job on an extract folder. Running it again on the same extract after a failure resumes
 * the failed run; after success it does nothing and says so.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
		description = "Load, validate and build the 903 return from an extract folder.")
class RunCommand implements Callable<Integer> {

	private static final Pattern LA_CODE = Pattern.compile("[ENSW]\\d{8}");

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Option(names = "--extract", required = true, paramLabel = "DIR",
			description = "Folder holding the extract's 903 CSV files (any subset; recognised by their headers).")
	Path extract;

	@Option(names = "--year", required = true, paramLabel = "YYYY",
			description = "The year the collection ends: 2025 for 2024-25.")
	int year;

	@Option(names = "--la", required = true, paramLabel = "CODE",
			description = "The council's ONS code, e.g. E06000034 for Thurrock.")
	String laCode;

	@Option(names = "--previous", paramLabel = "DIR",
			description = "Last year's return, for the cross-year rules.")
	Path previous;

	@Option(names = "--postcodes", paramLabel = "FILE",
			description = "Postcode lookup in the ONS NSPL/ONSPD CSV layout, for placement distances; stored, so"
					+ " later runs without it use the stored one.")
	Path postcodes;

	@Option(names = "--providers", paramLabel = "FILE",
			description = "Ofsted children's homes and social care providers, as CSV (see jobs/reference/README.md).")
	Path providers;

	@Option(names = "--la-codes", paramLabel = "FILE",
			description = "Local authority code list, as CSV (default: the one stored by an earlier run).")
	Path laCodes;

	@Option(names = "--local-extracts", paramLabel = "DIR",
			description = "Folder of local extracts for the KPIs 903 does not carry: health-assessments.csv,"
					+ " visits.csv, foster-households.csv, aftercare.csv (any of them; see jobs/local-extracts).")
	Path localExtracts;

	@Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
			description = "Where each run's folder is written (default: ${DEFAULT-VALUE}).")
	Path out;

	@Override
	public Integer call() {
		CollectionYear collectionYear = collectionYear();
		if (!LA_CODE.matcher(this.laCode).matches()) {
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					"--la must be an ONS local authority code such as E06000034, not '" + this.laCode + "'");
		}
		if (this.previous != null && !this.previous.toFile().isDirectory()) {
			throw new BadExtractException("previous return folder " + this.previous + " does not exist");
		}
		JobParams params = JobParams.of(this.laCode, collectionYear, this.extract, this.previous,
				new ReferenceFiles(existing(this.postcodes, "postcode lookup"), existing(this.providers,
						"Ofsted provider list"), existing(this.laCodes, "local authority code list"), localExtracts()),
				this.out, RequestedBy.current());
		try (ConfigurableApplicationContext context = SpringContexts.start()) {
			NightlyRunner.Outcome outcome = context.getBean(NightlyRunner.class).run(params,
					this.spec.root().commandLine().getParseResult().originalArgs());
			return context.getBean(RunSummary.class).report(outcome, this.spec.commandLine());
		}
		catch (BadExtractException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

	private Path localExtracts() {
		if (this.localExtracts != null && !this.localExtracts.toFile().isDirectory()) {
			throw new BadExtractException("local extracts folder " + this.localExtracts + " does not exist");
		}
		return this.localExtracts;
	}

	private static Path existing(Path file, String what) {
		if (file != null && !file.toFile().isFile()) {
			throw new BadExtractException(what + " " + file + " does not exist");
		}
		return file;
	}

	private CollectionYear collectionYear() {
		try {
			return new CollectionYear(this.year);
		}
		catch (IllegalArgumentException ex) {
			throw new CommandLine.ParameterException(this.spec.commandLine(), ex.getMessage());
		}
	}

}
