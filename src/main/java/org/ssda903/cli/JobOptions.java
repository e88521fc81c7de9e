package org.ssda903.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.springframework.core.env.Environment;

import org.ssda903.common.BadExtractException;
import org.ssda903.run.JobParams;
import org.ssda903.run.ReferenceFiles;
import org.ssda903.model.CollectionYear;

/**
 * The options {@code run} and {@code schedule} share: everything a run needs besides its extract folder, so that a
 * scheduled run is exactly the run an operator would type.
 */
class JobOptions {

	private static final Pattern LA_CODE = Pattern.compile("[ENSW]\\d{8}");

	@CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
	CommandLine.Model.CommandSpec spec;

	@Option(names = "--year", required = true, paramLabel = "YYYY",
			description = "The year the collection ends: 2025 for 2024-25.", converter = CollectionYearConverter.class)
	CollectionYear year;

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

	@Option(names = "--out", paramLabel = "DIR",
			description = "Where each run's folder is written (default: out/ in the home).")
	Path out;

	@Mixin
	BenchmarkOptions benchmarks;

	@Option(names = "--strict",
			description = "Exit with code 7 instead of 0 when the run completes with error-severity validation"
					+ " issues.")
	boolean strict;

	/**
	 * Checks the options before any database is opened, so that a mistyped command fails at once: a wrong year or
	 * council code is a usage error, a named file or folder that does not exist is bad input.
	 */
	CollectionYear check() {
		CollectionYear collectionYear = this.year;
		if (!LA_CODE.matcher(this.laCode).matches()) {
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					"--la must be an ONS local authority code such as E06000034, not '" + this.laCode + "'");
		}
		existingFolder(this.previous, "previous return folder");
		existingFile(this.postcodes, "postcode lookup");
		existingFile(this.providers, "Ofsted provider list");
		existingFile(this.laCodes, "local authority code list");
		existingFolder(this.localExtracts, "local extracts folder");
		return collectionYear;
	}

	/**
	 * The settings these options give the application context: the targets and comparators when named. Called
	 * before the context starts, so a named file that does not exist fails the command before a database opens.
	 */
	Map<String, Object> settings() {
		return this.benchmarks.settings();
	}

	/**
	 * The parameters of a run of the given extract; checksums are taken here, so the extract must be complete.
	 * Without {@code --out}, runs go to the out folder the settings name (under the home).
	 */
	JobParams params(CollectionYear collectionYear, Path extract, Environment settings) {
		Path outDir = (this.out != null) ? this.out : Path.of(settings.getRequiredProperty("ssda903.out")).normalize();
		return JobParams.of(this.laCode, collectionYear, extract, this.previous,
				new ReferenceFiles(this.postcodes, this.providers, this.laCodes, this.localExtracts), outDir,
				RequestedBy.current());
	}

	private static void existingFile(Path file, String what) {
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
