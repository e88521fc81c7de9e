package org.ssda903.store;

/** How many rows of one file of a run were rejected for one reason. */
public record RejectCount(String sourceFile, String reason, long rows) {
}
