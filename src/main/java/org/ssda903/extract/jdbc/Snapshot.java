package org.ssda903.extract.jdbc;

import java.nio.file.Path;
import java.util.List;

/**
 * A snapshot taken from the CMS: its folder, an extract folder like any other, and what
 * each table read.
 */
public record Snapshot(Path folder, List<SnapshotTable> tables) {

	public Snapshot {
		tables = List.copyOf(tables);
	}

}
