package org.ssda903.common;

/**
 * Values for the CSV files people open in a spreadsheet (the correction list,
 * {@code validation/issues.csv}, {@code rejected/}): a value a spreadsheet would take for
 * a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return first)
 * gets a leading apostrophe, so that a field of the extract such as
 * {@code =HYPERLINK(...)} is shown, never run. The return files do not use this: their
 * bytes are the DfE layout's.
 */
public final class SpreadsheetCells {

	private SpreadsheetCells() {
	}

	/** The value as a spreadsheet shows it as text; null stays null. */
	public static String inert(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		return switch (value.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
			default -> value;
		};
	}

	/** Every value of a row, as {@link #inert(String)}. */
	public static String[] inert(String[] row) {
		String[] safe = new String[row.length];
		for (int i = 0; i < row.length; i++) {
			safe[i] = inert(row[i]);
		}
		return safe;
	}

}
