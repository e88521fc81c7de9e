package org.ssda903.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KpiAssessmentTests {

	@ParameterizedTest
	@CsvSource({
			// polarity, value, target, tolerance, previous, rag, direction
			"HIGHER_IS_BETTER, 90.0, 90.0, 2.0, 85.0, GREEN, IMPROVING",
			"HIGHER_IS_BETTER, 88.0, 90.0, 2.0, 88.0, AMBER, SAME",
			"HIGHER_IS_BETTER, 87.9, 90.0, 2.0, 95.0, RED, WORSENING",
			"LOWER_IS_BETTER, 9.0, 10.0, 1.0, 12.0, GREEN, IMPROVING",
			"LOWER_IS_BETTER, 11.0, 10.0, 1.0, 10.0, AMBER, WORSENING", "LOWER_IS_BETTER, 11.1, 10.0, 1.0, , RED, NONE",
			"NEUTRAL, 290, , , 292, NONE, DOWN", "HIGHER_IS_BETTER, , 90.0, 2.0, 85.0, NONE, NONE" })
	void ragAndDirectionFollowPolarity(Polarity polarity, BigDecimal value, BigDecimal target, BigDecimal tolerance,
			BigDecimal previous, KpiAssessment.Rag rag, KpiAssessment.Direction direction) {
		assertThat(KpiAssessment.of(polarity, value, target, tolerance, previous))
			.isEqualTo(new KpiAssessment(rag, direction));
	}

}
