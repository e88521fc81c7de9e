package org.ssda903.common;

/**
 * The characters no 903 value holds and no file for people should carry: the C0 controls
 * but tab and line feed (NUL, a stray carriage return...) and DEL. Tab and a line feed
 * inside a quoted field are ordinary CSV data.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	public static boolean isControl(char c) {
		return (c < ' ' && c != '\t' && c != '\n') || c == '\u007f';
	}

	public static boolean containsAny(String value) {
		for (int i = 0; i < value.length(); i++) {
			if (isControl(value.charAt(i))) {
				return true;
			}
		}
		return false;
	}

}
