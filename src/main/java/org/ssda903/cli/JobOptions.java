package org.ssda903.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.springframework.core.env.Environment;

import org.ssda903.common.BadExtractException;
import org.ssda903.model.CollectionYear;
import org.ssda903.reference.LaCodeLoader;
import org.ssda903.reference.LaCodes;
import org.ssda903.run.JobParams;
import org.ssda903.run.ReferenceFiles;

/**
 * The options {@code run} and {@code schedule} share: everything a run needs besides its
 * extract folder, so that a scheduled run is exactly the run an operator would type.
 */
class JobOptions {

	private static final Pattern LA_CODE = Pattern.compile("[ENSW]\\d{8}");

	@CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
	CommandLine.Model.CommandSpec spec;

	@Option(names = "--year", required = true, paramLabel = "YYYY",
			description = "The year the collection ends: 2025 for 2024-25.", converter = CollectionYearConverter.class)
	CollectionYear year;

	@Option(names = "--la", required = true, paramLabel = "CODE",
			description = "The council's ONS code, e.g. E06000034 for Thurrock (any case); it must be in the"
					+ " local authority code list (--la-codes, else the list the product ships).")
	String laCode;

	@Option(names = "--previous", paramLabel = "DIR", description = "Last year's return, for the cross-year rules.")
	Path previous;

	@Option(names = "--postcodes", paramLabel = "FILE",
			description = "Postcode lookup in the ONS NSPL/ONSPD CSV layout, for placement distances; stored, so"
					+ " later runs without it use the stored one.")
	Path postcodes;

	@Option(names = "--providers", paramLabel = "FILE",
			description = "Ofsted children's homes and social care providers, as CSV (see jobs/reference/README.md).")
	Path providers;

	@Option(names = "--la-codes", paramLabel = "FILE",
			description = "Local authority code list, as CSV (default for the rules: the one stored by an earlier"
					+ " run; for checking --la: the list the product ships).")
	Path laCodes;

	@Option(names = "--local-extracts", paramLabel = "DIR",
			description = "Folder of local extracts for the KPIs 903 does not carry: health-assessments.csv,"
					+ " visits.csv, foster-households.csv, aftercare.csv (any of them; see jobs/local-extracts).")
	Path localExtracts;

	@Option(names = "--out", paramLabel = "DIR",
			description = "Where each run's folder is written (default: out/ in the home).")
	Path out;

	@Option(names = "--max-reject-share", paramLabel = "SHARE", defaultValue = "0.05",
			description = "Stop the run as bad input when more than this share of a file's rows (and at least 20)"
					+ " are rejected for one reason (default: ${DEFAULT-VALUE}, i.e. 5%%).")
	double maxRejectShare;

	@Mixin
	BenchmarkOptions benchmarks;

	@Option(names = "--strict",
			description = "Exit with code 7 instead of 0 when the run completes with error-severity validation"
					+ " issues.")
	boolean strict;

	/**
	 * Checks the options before any database is opened, so that a mistyped command fails
	 * at once: a wrong year or council code is a usage error, a named file or folder that
	 * does not exist is bad input.
	 */
	CollectionYear check() {
		CollectionYear collectionYear = this.year;
		this.laCode = this.laCode.trim().toUpperCase(Locale.ROOT);
		if (!LA_CODE.matcher(this.laCode).matches()) {
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					"--la must be an ONS local authority code such as E06000034, not '" + this.laCode + "'");
		}
		if (this.maxRejectShare <= 0 || this.maxRejectShare > 1) {
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					"--max-reject-share must be a share above 0 and at most 1, such as 0.05 for 5%");
		}
		existingFolder(this.previous, "previous return folder");
		existingFile(this.postcodes, "postcode lookup");
		existingFile(this.providers, "Ofsted provider list");
		existingFile(this.laCodes, "local authority code list");
		existingFolder(this.localExtracts, "local extracts folder");
		knownCouncil();
		return collectionYear;
	}

	/**
	 * A code of the right shape may still be mistyped: a run under a council that does
	 * not exist would store a return nobody can submit, so the code must be an ONS code
	 * of the list.
	 */
	private void knownCouncil() {
		String source = this.laCodes == null ? "the list the product ships (jobs/reference/la_codes.csv)"
				: this.laCodes.toString();
		LaCodes list = laCodeList();
		boolean known = list.find(this.laCode).filter((code) -> code.kind() == LaCodes.Kind.ONS).isPresent();
		if (!known) {
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					"--la " + this.laCode + " is not a council's ONS code in " + source
							+ ": check the code (E06000034 is Thurrock)" + " or give your own list with --la-codes");
		}
	}

	private LaCodes laCodeList() {
		if (this.laCodes == null) {
			return LaCodeLoader.shipped();
		}
		try {
			return LaCodeLoader.load(this.laCodes);
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new BadExtractException("local authority code list " + this.laCodes + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The settings these options give the application context: the targets and
	 * comparators when named. Called before the context starts, so a named file that does
	 * not exist fails the command before a database opens.
	 */
	Map<String, Object> settings() {
		return this.benchmarks.settings();
	}

	/**
	 * The parameters of a run of the given extract; checksums are taken here, so the
	 * extract must be complete. Without {@code --out}, runs go to the out folder the
	 * settings name (under the home).
	 */
	JobParams params(CollectionYear collectionYear, Path extract, Environment settings) {
		Path outDir = (this.out != null) ? this.out : Path.of(settings.getRequiredProperty("ssda903.out")).normalize();
		return JobParams.of(this.laCode, collectionYear, extract, this.previous,
				new ReferenceFiles(this.postcodes, this.providers, this.laCodes, this.localExtracts), outDir,
				RequestedBy.current(), this.maxRejectShare);
	}

	static void existingFile(Path file, String what) {
		if (file != null && !file.toFile().isFile()) {
			throw new BadExtractException(what + " " + file + " does not exist");
		}
	}

	static void existingFolder(Path folder, String what) {
		if (folder != null && !folder.toFile().isDirectory()) {
			throw new BadExtractException(what + " " + folder + " does not exist");
		}
	}

}
