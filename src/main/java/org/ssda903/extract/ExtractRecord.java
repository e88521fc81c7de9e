package org.ssda903.extract;

/**
 * One record as the reader found it, before it is loaded or rejected.
 *
 * @param sourceFile the file name, as delivered
 * @param line the line where the record starts (the header is line 1)
 * @param fields the parsed fields, or null when the quoting could not be parsed
 * @param raw the record's text as in the file, without its line end
 * @param duplicateOf the line of an identical earlier record of the same file, or 0
 * @param oversize the record's whole length when it is longer than the limit (its raw
 * text is then only its start), or null
 */
public record ExtractRecord(String sourceFile, long line, String[] fields, String raw, long duplicateOf,
		Oversize oversize) {

	public ExtractRecord(String sourceFile, long line, String[] fields, String raw, long duplicateOf) {
		this(sourceFile, line, fields, raw, duplicateOf, null);
	}

	public boolean isUnparsable() {
		return this.fields == null;
	}

	public boolean isTooLong() {
		return this.oversize != null;
	}

	/**
	 * The record's length in characters, whole even when its raw text is only its start.
	 */
	public long length() {
		return this.oversize == null ? this.raw.length() : this.oversize.chars();
	}

	/** The length of a record too long to hold. */
	public record Oversize(long bytes, long chars) {
	}

}
