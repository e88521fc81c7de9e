package org.ssda903.kpi;

import java.util.List;
import java.util.function.Function;

/**
 * A way to split a KPI's children into groups the committee asked for. Every group is written, empty or not, so
 * that the committee's tables keep the same rows from run to run.
 *
 * @param name the {@code breakdown} column
 * @param groups the {@code breakdown_value}s in the order written
 * @param groupOf the group of a child, one of {@code groups}
 */
record Breakdown(String name, List<String> groups, Function<ChildFacts, String> groupOf) {

	static final String UNKNOWN = "unknown";

	/** DfE age bands at the period end. */
	static final Breakdown AGE_BAND = new Breakdown("age_band",
			List.of("under 1", "1-4", "5-9", "10-15", "16+", UNKNOWN),
			(facts) -> facts.ageAtEnd().map(Breakdown::ageBand).orElse(UNKNOWN));

	/** The header SEX, legacy 1/2 read as M/F; U, blank and no header are unknown. */
	static final Breakdown SEX = new Breakdown("sex", List.of("male", "female", UNKNOWN), (facts) -> switch (facts.sex()) {
		case "M", "1" -> "male";
		case "F", "2" -> "female";
		default -> UNKNOWN;
	});

	/** UASC at the period end, as UAS-01 counts it. */
	static final Breakdown UASC = new Breakdown("uasc", List.of("UASC", "not UASC"),
			(facts) -> facts.isUascAtEnd() ? "UASC" : "not UASC");

	/** Whether the home postcode of the episode at the end is in the council's area (either tier). */
	static final Breakdown HOME_POSTCODE = new Breakdown("home_postcode",
			List.of("from the council", "from elsewhere", UNKNOWN),
			(facts) -> facts.homeAtEnd()
				.map((home) -> home.isIn(facts.laCode()) ? "from the council" : "from elsewhere")
				.orElse(UNKNOWN));

	private static String ageBand(int age) {
		if (age < 1) {
			return "under 1";
		}
		if (age < 5) {
			return "1-4";
		}
		if (age < 10) {
			return "5-9";
		}
		return (age < 16) ? "10-15" : "16+";
	}

}
