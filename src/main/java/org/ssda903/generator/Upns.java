package org.ssda903.generator;

import java.time.LocalDate;

/**
 * Unique Pupil Numbers in the DfE format: a check letter, then LA, school, year of entry
 * and serial digits.
 */
final class Upns {

	private static final String CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

	private Upns() {
	}

	/**
	 * A UPN unique to the child's number, so that no two children share one (rule 444).
	 */
	static String upn(int number, LocalDate dob) {
		String digits = String.format("883%04d%02d%03d", 2000 + number / 1000, (dob.getYear() + 5) % 100,
				number % 1000);
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			sum += (digits.charAt(i) - '0') * (i + 2);
		}
		return CHECK_LETTERS.charAt(sum % 23) + digits;
	}

}
