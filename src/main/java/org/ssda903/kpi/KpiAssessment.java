package org.ssda903.kpi;

import java.math.BigDecimal;

/**
 * A KPI value read against its target and its previous period (kpis.md section 6.5): RAG
 * is green on the right side of the target or on it, amber within the tolerance on the
 * wrong side, red beyond; direction of travel says whether the change since the previous
 * period is an improvement given the polarity.
 *
 * @param rag the status against target
 * @param direction the direction of travel
 */
public record KpiAssessment(Rag rag, Direction direction) {

	public enum Rag {

		GREEN, AMBER, RED,

		/** No target, a neutral KPI or no value: nothing to judge. */
		NONE

	}

	public enum Direction {

		IMPROVING, WORSENING, SAME,

		/** A neutral KPI moved: reported as a change without a judgement. */
		UP, DOWN,

		/** No previous value to compare with. */
		NONE

	}

	public static KpiAssessment of(Polarity polarity, BigDecimal value, BigDecimal target, BigDecimal tolerance,
			BigDecimal previous) {
		return new KpiAssessment(rag(polarity, value, target, tolerance), direction(polarity, value, previous));
	}

	static Rag rag(Polarity polarity, BigDecimal value, BigDecimal target, BigDecimal tolerance) {
		if (polarity == Polarity.NEUTRAL || value == null || target == null) {
			return Rag.NONE;
		}
		// how far the value is on the wrong side of the target: 0 or less is on target
		BigDecimal shortfall = (polarity == Polarity.HIGHER_IS_BETTER) ? target.subtract(value)
				: value.subtract(target);
		if (shortfall.signum() <= 0) {
			return Rag.GREEN;
		}
		return (tolerance != null && shortfall.compareTo(tolerance) <= 0) ? Rag.AMBER : Rag.RED;
	}

	static Direction direction(Polarity polarity, BigDecimal value, BigDecimal previous) {
		if (value == null || previous == null) {
			return Direction.NONE;
		}
		int change = value.compareTo(previous);
		if (change == 0) {
			return Direction.SAME;
		}
		return switch (polarity) {
			case NEUTRAL -> (change > 0) ? Direction.UP : Direction.DOWN;
			case HIGHER_IS_BETTER -> (change > 0) ? Direction.IMPROVING : Direction.WORSENING;
			case LOWER_IS_BETTER -> (change < 0) ? Direction.IMPROVING : Direction.WORSENING;
		};
	}

}
