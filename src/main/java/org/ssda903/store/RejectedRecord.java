package org.ssda903.store;

import org.ssda903.common.ControlCharacters;
import org.ssda903.model.Table;

/**
 * A record that could not be placed in the data model: a line of
 * {@code rejected/<source file>}.
 *
 * @param childId the CHILD value when one could be read, else empty
 * @param raw the record's text; personal data, written to the rejects output and never to
 * logs
 */
public record RejectedRecord(Table table, String sourceFile, long line, String childId, String reason, String raw) {

	/**
	 * How much of a rejected record's text is kept: enough to find and correct it, never
	 * a whole hostile field.
	 */
	public static final int KEPT_RAW_CHARS = 1024;

	/** The width of the child id column. */
	static final int CHILD_ID_CHARS = 255;

	/**
	 * The text kept of a rejected record: its first {@value #KEPT_RAW_CHARS} characters,
	 * then its whole length when it is longer, with control characters shown as U+FFFD,
	 * so that every reject fits its column on every database and the rejects files people
	 * open hold no NUL or stray carriage return.
	 * @param raw the record's text, or its start when it was too long to hold
	 * @param length the record's whole length in characters
	 */
	public static String keptRaw(String raw, long length) {
		String start = visible(raw.length() > KEPT_RAW_CHARS ? raw.substring(0, KEPT_RAW_CHARS) : raw);
		return length > start.length() ? start + "\u2026[truncated, " + length + " characters]" : start;
	}

	/**
	 * A child id as kept with a reject: within its column, control characters shown as
	 * U+FFFD.
	 */
	public static String keptChildId(String childId) {
		return visible(childId.length() > CHILD_ID_CHARS ? childId.substring(0, CHILD_ID_CHARS) : childId);
	}

	private static String visible(String text) {
		StringBuilder shown = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (ControlCharacters.isControl(c)) {
				if (shown == null) {
					shown = new StringBuilder(text);
				}
				shown.setCharAt(i, '\ufffd');
			}
		}
		return shown == null ? text : shown.toString();
	}

}
