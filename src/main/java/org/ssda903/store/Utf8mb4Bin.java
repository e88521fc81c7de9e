package org.ssda903.store;

import java.util.Comparator;

/**
 * The order of MySQL's and MariaDB's {@code utf8mb4_bin} collation, which the child
 * columns use there (V11): by code point, the order of UTF-8's bytes, and a shorter
 * string compares as if padded with spaces (PAD SPACE), so {@code "c1"} equals
 * {@code "c1 "} and {@code "c1\tb"} comes before both. {@link String#compareTo} differs
 * for characters beyond U+FFFF, which UTF-16 holds as surrogates below U+E000.
 */
final class Utf8mb4Bin {

	static final Comparator<String> ORDER = Utf8mb4Bin::compare;

	private Utf8mb4Bin() {
	}

	static int compare(String a, String b) {
		int i = 0;
		int common = Math.min(a.length(), b.length());
		while (i < common) {
			int ca = a.codePointAt(i);
			int cb = b.codePointAt(i);
			if (ca != cb) {
				return Integer.compare(ca, cb);
			}
			i += Character.charCount(ca);
		}
		return Integer.compare(padded(a, i), padded(b, i));
	}

	/**
	 * The sign of the comparison of a string's end, from {@code from}, with spaces.
	 */
	private static int padded(String s, int from) {
		for (int i = from; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
			int c = s.codePointAt(i);
			if (c != ' ') {
				return Integer.compare(c, ' ');
			}
		}
		return 0;
	}

}
