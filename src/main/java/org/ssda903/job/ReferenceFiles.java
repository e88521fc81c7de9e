package org.ssda903.job;

import java.nio.file.Path;

import org.ssda903.extract.Checksums;

/**
 * Reference files given to a run; each may be null, the run then using what the database holds from earlier loads.
 */
public record ReferenceFiles(Path postcodes, Path providers, Path laCodes) {

	public static ReferenceFiles none() {
		return new ReferenceFiles(null, null, null);
	}

	/** The checksum of the files given, part of the run's identity: new reference data is a new run. */
	public String sha256() {
		if (this.postcodes == null && this.providers == null && this.laCodes == null) {
			return "none";
		}
		return Checksums.of((describe(this.postcodes) + describe(this.providers) + describe(this.laCodes))
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private static String describe(Path file) {
		return file == null ? "-\n" : Checksums.of(file) + "\n";
	}

}
