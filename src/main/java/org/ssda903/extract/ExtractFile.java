package org.ssda903.extract;

import java.nio.file.Path;

import org.ssda903.model.Table;

/**
 * A file of the extract, recognised as one of the 903 tables by its header.
 */
public record ExtractFile(Table table, Path path, long bytes, String sha256) {

	public String fileName() {
		return this.path.getFileName().toString();
	}

}
