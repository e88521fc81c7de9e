package org.ssda903.run;

/**
 * An input file of a run with its checksum and row accounting (rows read = loaded +
 * rejected once ingested).
 */
public record RunInput(String table, String fileName, long bytes, String sha256, Integer rowsRead, Integer rowsLoaded,
		Integer rowsRejected) {
}
