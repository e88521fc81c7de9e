package org.ssda903.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Straight-line distance between grid references, as the DfE derives the 903 placement
 * distance.
 */
public final class Distance {

	private Distance() {
	}

	/**
	 * Miles between two grid references, rounded half-up to one decimal place. Callers
	 * compare the rounded value, so that 20.04 miles is not over 20.
	 */
	public static BigDecimal miles(GridRef from, GridRef to) {
		double dE = (double) from.easting() - to.easting();
		double dN = (double) from.northing() - to.northing();
		// divided in the order the DfE formula gives, so that results agree to the last
		// binary digit
		double miles = Math.sqrt(dE * dE + dN * dN) / 1000 / 1.6093;
		// via the decimal string of the double, so that a value printed as 20.05 rounds
		// up, not to its binary
		// neighbour below
		return BigDecimal.valueOf(miles).setScale(1, RoundingMode.HALF_UP);
	}

}
