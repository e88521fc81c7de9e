package org.ssda903.run;

/** An output file of a run: its path inside the run folder, size and SHA-256. */
public record ManifestEntry(String path, long bytes, String sha256) {
}
