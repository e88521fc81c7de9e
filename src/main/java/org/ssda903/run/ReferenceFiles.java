package org.ssda903.run;

import java.nio.file.Path;

import org.ssda903.common.Checksums;
import org.ssda903.extract.ExtractFolder;

/**
 * What a run is given besides the extract: reference files (each may be null, the run
 * then using what the database holds from earlier loads) and a folder of local extracts
 * for the KPIs 903 does not carry (null when none).
 */
public record ReferenceFiles(Path postcodes, Path providers, Path laCodes, Path localExtracts) {

	/**
	 * The file names looked for in the local extracts folder; a missing file leaves its
	 * KPIs out.
	 */
	public static final String HEALTH_ASSESSMENTS = "health-assessments.csv";

	public static final String VISITS = "visits.csv";

	public static final String FOSTER_HOUSEHOLDS = "foster-households.csv";

	public static final String AFTERCARE = "aftercare.csv";

	public static ReferenceFiles none() {
		return new ReferenceFiles(null, null, null, null);
	}

	/**
	 * A local extract file of the folder, or null when there is no folder or no such
	 * file.
	 */
	public Path localExtract(String fileName) {
		if (this.localExtracts == null) {
			return null;
		}
		Path file = this.localExtracts.resolve(fileName);
		return java.nio.file.Files.isRegularFile(file) ? file : null;
	}

	/**
	 * The checksum of the files given, part of the run's identity: new reference data is
	 * a new run.
	 */
	public String sha256() {
		if (this.postcodes == null && this.providers == null && this.laCodes == null && this.localExtracts == null) {
			return "none";
		}
		String locals = this.localExtracts == null ? "-\n" : ExtractFolder.checksum(this.localExtracts) + "\n";
		return Checksums.of((describe(this.postcodes) + describe(this.providers) + describe(this.laCodes) + locals)
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private static String describe(Path file) {
		return file == null ? "-\n" : Checksums.of(file) + "\n";
	}

}
