package org.ssda903.store;

import org.ssda903.model.Table;

/**
 * A record that could not be placed in the data model: a line of {@code rejected/<source file>}.
 *
 * @param childId the CHILD value when one could be read, else empty
 * @param raw the record's text; personal data, written to the rejects output and never to logs
 */
public record RejectedRecord(Table table, String sourceFile, long line, String childId, String reason, String raw) {
}
