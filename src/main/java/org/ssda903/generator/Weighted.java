package org.ssda903.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Codes drawn with fixed relative weights, written compactly as "CODE:weight
 * CODE:weight".
 */
final class Weighted {

	private final List<String> codes;

	private final double[] cumulative;

	private Weighted(List<String> codes, double[] cumulative) {
		this.codes = codes;
		this.cumulative = cumulative;
	}

	static Weighted of(String spec) {
		List<String> codes = new ArrayList<>();
		List<Double> weights = new ArrayList<>();
		for (String part : spec.trim().split("\\s+")) {
			int colon = part.lastIndexOf(':');
			codes.add(part.substring(0, colon));
			weights.add(Double.parseDouble(part.substring(colon + 1)));
		}
		double[] cumulative = new double[weights.size()];
		double total = 0;
		for (int i = 0; i < cumulative.length; i++) {
			total += weights.get(i);
			cumulative[i] = total;
		}
		return new Weighted(List.copyOf(codes), cumulative);
	}

	String pick(RandomGenerator random) {
		double draw = random.nextDouble() * this.cumulative[this.cumulative.length - 1];
		for (int i = 0; i < this.cumulative.length; i++) {
			if (draw < this.cumulative[i]) {
				return this.codes.get(i);
			}
		}
		return this.codes.get(this.codes.size() - 1);
	}

}
