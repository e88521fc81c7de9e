package org.ssda903.extract;

/**
 * One record as the reader found it, before it is loaded or rejected.
 *
 * @param sourceFile the file name, as delivered
 * @param line the line where the record starts (the header is line 1)
 * @param fields the parsed fields, or null when the quoting could not be parsed
 * @param raw the record's text as in the file, without its line end
 * @param duplicateOf the line of an identical earlier record of the same file, or 0
 */
public record ExtractRecord(String sourceFile, long line, String[] fields, String raw, long duplicateOf) {

	public boolean isUnparsable() {
		return this.fields == null;
	}

}
