package org.ssda903.store;

/**
 * How many rows of one file of a run were rejected for one reason.
 *
 * @param firstLine the line of the first such row, an example the data officer can look
 * up
 */
public record RejectCount(String sourceFile, String reason, long rows, long firstLine) {
}
