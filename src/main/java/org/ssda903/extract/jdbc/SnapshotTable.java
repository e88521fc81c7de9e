package org.ssda903.extract.jdbc;

import org.ssda903.model.Table;

/**
 * One table of a snapshot: a line of its manifest.
 *
 * @param querySha256 of the query file that read it
 * @param rows how many rows it read
 * @param fileSha256 of the CSV file written
 */
public record SnapshotTable(Table table, String querySha256, long rows, String fileSha256) {
}
