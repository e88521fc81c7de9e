package org.ssda903.reference;

import java.time.Instant;

/**
 * One completed load of reference data: what auditors are shown as the source of a rule's
 * verdict.
 *
 * @param id the load's key, carried by each stored row
 * @param kind what was loaded
 * @param sourceFile the file's name (not its folder, which says nothing to an auditor on
 * another machine)
 * @param sha256 the file's checksum: the same file given again is not loaded again
 * @param rows the rows stored
 * @param loadedAt when the load finished
 */
public record ReferenceLoad(long id, ReferenceKind kind, String sourceFile, String sha256, int rows, Instant loadedAt) {

	@Override
	public String toString() {
		return this.kind.stored() + " from " + this.sourceFile + " (" + this.rows + " rows, loaded " + this.loadedAt
				+ ")";
	}

}
