package org.ssda903.run;

import java.nio.file.Path;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import org.ssda903.extract.ExtractFolder;
import org.ssda903.model.CollectionYear;

/**
 * The nightly job's parameters. A run is identified by council, year and the checksums of
 * the extract and of last year's return when one is given: the same extract again is the
 * same run (completed: nothing to do; failed: it resumes), a corrected extract is a new
 * run. Folders are not part of the identity, so a moved extract is still recognised.
 */
public record JobParams(String laCode, CollectionYear year, Path extractDir, String extractSha256, Path previousDir,
		String previousSha256, ReferenceFiles reference, String referenceSha256, Path outDir, String requestedBy,
		double maxRejectShare) {

	/**
	 * Above this share of a file's rows rejected for one reason, the rejects point to a
	 * format problem.
	 */
	public static final double DEFAULT_MAX_REJECT_SHARE = 0.05;

	public static final String LA = "la";

	public static final String YEAR = "year";

	public static final String EXTRACT_SHA256 = "extract.sha256";

	public static final String PREVIOUS_SHA256 = "previous.sha256";

	public static final String EXTRACT_DIR = "extract.dir";

	public static final String PREVIOUS_DIR = "previous.dir";

	public static final String REFERENCE_SHA256 = "reference.sha256";

	public static final String POSTCODES_FILE = "postcodes.file";

	public static final String PROVIDERS_FILE = "providers.file";

	public static final String LA_CODES_FILE = "la-codes.file";

	public static final String LOCAL_EXTRACTS_DIR = "local-extracts.dir";

	public static final String OUT_DIR = "out.dir";

	public static final String REQUESTED_BY = "requested.by";

	/**
	 * The plausibility gate's threshold: recorded with the run but not part of its
	 * identity, so that running the same extract again with another threshold resumes the
	 * same run.
	 */
	public static final String MAX_REJECT_SHARE = "max-reject-share";

	/**
	 * The command line that started the run, secrets masked: non-identifying and optional
	 * (runs started before it existed, or not from the command line, have none), so it is
	 * read from the parameters, not kept here.
	 */
	public static final String COMMAND_LINE = "command.line";

	public JobParameters toJobParameters() {
		return new JobParametersBuilder().addString(LA, this.laCode)
			.addLong(YEAR, (long) this.year.endYear())
			.addString(EXTRACT_SHA256, this.extractSha256)
			.addString(PREVIOUS_SHA256, this.previousSha256 == null ? "none" : this.previousSha256)
			.addString(EXTRACT_DIR, this.extractDir.toAbsolutePath().toString(), false)
			.addString(PREVIOUS_DIR, this.previousDir == null ? "" : this.previousDir.toAbsolutePath().toString(),
					false)
			.addString(REFERENCE_SHA256, this.referenceSha256 == null ? "none" : this.referenceSha256)
			.addString(POSTCODES_FILE, pathOrEmpty(this.reference.postcodes()), false)
			.addString(PROVIDERS_FILE, pathOrEmpty(this.reference.providers()), false)
			.addString(LA_CODES_FILE, pathOrEmpty(this.reference.laCodes()), false)
			.addString(LOCAL_EXTRACTS_DIR, pathOrEmpty(this.reference.localExtracts()), false)
			.addString(OUT_DIR, this.outDir.toAbsolutePath().toString(), false)
			.addString(REQUESTED_BY, this.requestedBy, false)
			.addDouble(MAX_REJECT_SHARE, this.maxRejectShare, false)
			.toJobParameters();
	}

	public static JobParams from(JobParameters parameters) {
		return new JobParams(parameters.getString(LA), new CollectionYear(parameters.getLong(YEAR).intValue()),
				Path.of(parameters.getString(EXTRACT_DIR)), parameters.getString(EXTRACT_SHA256),
				optionalPath(parameters.getString(PREVIOUS_DIR)), optionalSha(parameters.getString(PREVIOUS_SHA256)),
				new ReferenceFiles(optionalPath(parameters.getString(POSTCODES_FILE)),
						optionalPath(parameters.getString(PROVIDERS_FILE)),
						optionalPath(parameters.getString(LA_CODES_FILE)),
						optionalPath(parameters.getString(LOCAL_EXTRACTS_DIR))),
				optionalSha(parameters.getString(REFERENCE_SHA256)), Path.of(parameters.getString(OUT_DIR)),
				parameters.getString(REQUESTED_BY),
				// runs recorded before the option existed used the default
				parameters.getDouble(MAX_REJECT_SHARE, DEFAULT_MAX_REJECT_SHARE));
	}

	/**
	 * Parameters for a run of an extract with the given files; checksums are taken here.
	 */
	public static JobParams of(String laCode, CollectionYear year, Path extractDir, Path previousDir,
			ReferenceFiles reference, Path outDir, String requestedBy) {
		return of(laCode, year, extractDir, previousDir, reference, outDir, requestedBy, DEFAULT_MAX_REJECT_SHARE);
	}

	/**
	 * As {@link #of(String, CollectionYear, Path, Path, ReferenceFiles, Path, String)},
	 * with the gate's threshold.
	 */
	public static JobParams of(String laCode, CollectionYear year, Path extractDir, Path previousDir,
			ReferenceFiles reference, Path outDir, String requestedBy, double maxRejectShare) {
		return new JobParams(laCode, year, extractDir, ExtractFolder.checksum(extractDir), previousDir,
				previousDir == null ? null : ExtractFolder.checksum(previousDir), reference, reference.sha256(), outDir,
				requestedBy, maxRejectShare);
	}

	private static String pathOrEmpty(Path path) {
		return path == null ? "" : path.toAbsolutePath().toString();
	}

	private static Path optionalPath(String value) {
		return value == null || value.isEmpty() ? null : Path.of(value);
	}

	private static String optionalSha(String value) {
		return value == null || "none".equals(value) ? null : value;
	}

	public static JobParams from(JobExecution execution) {
		return from(execution.getJobParameters());
	}

	/**
	 * The run's own folder under the output folder, named so that runs of councils and
	 * years sort together.
	 */
	public static Path runFolder(Path outDir, String laCode, CollectionYear year, long runId) {
		return outDir.resolve(laCode + "_" + year.label() + "_run-" + runId);
	}

	/**
	 * The folder a rerun publishes to, beside its run's: a rerun never writes over what
	 * the run published. Rerun number 0 is the run itself.
	 */
	public static Path runFolder(Path outDir, String laCode, CollectionYear year, long runId, long rerunNumber) {
		Path run = runFolder(outDir, laCode, year, runId);
		return rerunNumber == 0 ? run : run.resolveSibling(run.getFileName() + "_rerun-" + rerunNumber);
	}

}
