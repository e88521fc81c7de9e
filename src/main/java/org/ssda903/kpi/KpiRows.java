package org.ssda903.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Builds kpi.csv rows the way kpi-core.md, "How KPI rows are written", lays them out for
 * each kind.
 */
final class KpiRows {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

	private KpiRows() {
	}

	static KpiResult count(KpiDefinition definition, KpiPeriod period, String breakdown, String group, int count) {
		return row(definition, period, breakdown, group, count, null, BigDecimal.valueOf(count));
	}

	/**
	 * Numerator / denominator x 100, half-up to 1 decimal place; a blank value over an
	 * empty denominator.
	 */
	static KpiResult percent(KpiDefinition definition, KpiPeriod period, String breakdown, String group, int numerator,
			int denominator) {
		BigDecimal value = (denominator == 0) ? null
				: BigDecimal.valueOf(numerator)
					.multiply(HUNDRED)
					.divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
		return row(definition, period, breakdown, group, numerator, denominator, value);
	}

	/**
	 * The median of the days, the mean of the middle two when even, half-up to 1 decimal
	 * place.
	 */
	static KpiResult medianDays(KpiDefinition definition, KpiPeriod period, List<Long> days) {
		List<Long> sorted = days.stream().sorted().toList();
		BigDecimal median = null;
		int size = sorted.size();
		if (size > 0) {
			BigDecimal middle = BigDecimal.valueOf(sorted.get(size / 2));
			median = (size % 2 == 1) ? middle.setScale(1)
					: middle.add(BigDecimal.valueOf(sorted.get(size / 2 - 1))).divide(TWO, 1, RoundingMode.HALF_UP);
		}
		return row(definition, period, "", "", null, size, median);
	}

	/**
	 * The quantile of the days (0.25 the lower quartile, 1 the longest), interpolated
	 * between the two nearest when it falls between them, the way {@link #medianDays}
	 * takes the mean of the middle two; half-up to 1 decimal place.
	 */
	static KpiResult days(KpiDefinition definition, KpiPeriod period, List<Long> days, BigDecimal quantile) {
		List<Long> sorted = days.stream().sorted().toList();
		BigDecimal value = null;
		if (!sorted.isEmpty()) {
			BigDecimal position = quantile.multiply(BigDecimal.valueOf(sorted.size() - 1L));
			int below = position.intValue();
			BigDecimal fraction = position.subtract(BigDecimal.valueOf(below));
			BigDecimal low = BigDecimal.valueOf(sorted.get(below));
			BigDecimal high = BigDecimal.valueOf(sorted.get(Math.min(below + 1, sorted.size() - 1)));
			value = low.add(high.subtract(low).multiply(fraction)).setScale(1, RoundingMode.HALF_UP);
		}
		return row(definition, period, "", "", null, sorted.size(), value);
	}

	/**
	 * Numerator per 10,000 of the population, half-up to 1 decimal place; blank over an
	 * empty population.
	 */
	static KpiResult ratePer10000(KpiDefinition definition, KpiPeriod period, int numerator, int population) {
		BigDecimal value = (population == 0) ? null
				: BigDecimal.valueOf(numerator)
					.multiply(TEN_THOUSAND)
					.divide(BigDecimal.valueOf(population), 1, RoundingMode.HALF_UP);
		return row(definition, period, "", "", numerator, population, value);
	}

	private static KpiResult row(KpiDefinition definition, KpiPeriod period, String breakdown, String group,
			Integer numerator, Integer denominator, BigDecimal value) {
		return new KpiResult(definition.id(), definition.name(), period.start(), period.end(), breakdown, group,
				numerator, denominator, value);
	}

}
