package org.ssda903.model;

import java.time.LocalDate;

/**
 * A 903 collection year named by the year it ends: 2025 is 1 April 2024 to 31 March 2025,
 * both days included.
 */
public record CollectionYear(int endYear) {

	public static final int FIRST_SUPPORTED = 2023;

	public static final int LAST_SUPPORTED = 2027;

	public CollectionYear {
		if (endYear < FIRST_SUPPORTED || endYear > LAST_SUPPORTED) {
			throw new IllegalArgumentException("collection year " + endYear + " is not supported: give the year the"
					+ " collection ends, " + FIRST_SUPPORTED + " to " + LAST_SUPPORTED + " (2025 = 2024-25)");
		}
	}

	public LocalDate start() {
		return LocalDate.of(this.endYear - 1, 4, 1);
	}

	public LocalDate end() {
		return LocalDate.of(this.endYear, 3, 31);
	}

	public CollectionYear previous() {
		return new CollectionYear(this.endYear - 1);
	}

	/** The label councils use, e.g. 2024-25. */
	public String label() {
		return (this.endYear - 1) + "-" + String.format("%02d", this.endYear % 100);
	}

	@Override
	public String toString() {
		return label();
	}

}
