package org.ssda903.kpi;

import java.util.List;
import java.util.function.Function;

import org.ssda903.model.Columns;

/**
 * A way to split a KPI's children into groups the committee asked for. Every group is
 * written, empty or not, so that the committee's tables keep the same rows from run to
 * run.
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
	static final Breakdown SEX = new Breakdown("sex", List.of("male", "female", UNKNOWN),
			(facts) -> switch (facts.sex()) {
				case "M", "1" -> "male";
				case "F", "2" -> "female";
				default -> UNKNOWN;
			});

	/** UASC at the period end, as UAS-01 counts it. */
	static final Breakdown UASC = new Breakdown("uasc", List.of("UASC", "not UASC"),
			(facts) -> facts.isUascAtEnd() ? "UASC" : "not UASC");

	/**
	 * Whether the home postcode of the episode at the end is in the council's area
	 * (either tier).
	 */
	static final Breakdown HOME_POSTCODE = new Breakdown("home_postcode",
			List.of("from the council", "from elsewhere", UNKNOWN),
			(facts) -> facts.homeAtEnd()
				.map((home) -> home.isIn(facts.laCode()) ? "from the council" : "from elsewhere")
				.orElse(UNKNOWN));

	/**
	 * Where the child came from: UASC at the period end first, since they have no home
	 * postcode, then whether the home postcode of the episode at the end is in the
	 * council's area.
	 */
	static final Breakdown ORIGIN = new Breakdown("origin",
			List.of("from the council", "from elsewhere", "UASC", UNKNOWN),
			(facts) -> facts.isUascAtEnd() ? "UASC" : HOME_POSTCODE.groupOf().apply(facts));

	/**
	 * Legal status of the child's reporting episode, in the groups DfE publishes (kpis.md
	 * 1.7).
	 */
	static final Breakdown LEGAL_STATUS = new Breakdown("legal_status",
			List.of("care order", "placement order", "voluntary s20", "youth justice", "emergency protection", UNKNOWN),
			(facts) -> facts.reportingEpisode().map((episode) -> switch (episode.get(Columns.LS)) {
				case "C1", "C2" -> "care order";
				case "E1", "D1" -> "placement order";
				case "V2" -> "voluntary s20";
				case "J1", "J2", "J3" -> "youth justice";
				case "L1", "L2", "L3" -> "emergency protection";
				default -> UNKNOWN;
			}).orElse(UNKNOWN));

	/**
	 * Placement type of the child's reporting episode, in LAIT's reporting groups
	 * (kpis.md 1.6).
	 */
	static final Breakdown PLACEMENT_GROUP = new Breakdown("placement_group",
			List.of("foster care: family and friends", "foster care: other", "placed for adoption",
					"placed with parents", "supported or independent", "children's homes and secure",
					"other residential", "other", UNKNOWN),
			(facts) -> facts.reportingEpisode()
				.map((episode) -> placementGroup(episode.get(Columns.PLACE)))
				.orElse(UNKNOWN));

	/** PLACE_PROVIDER of the child's reporting episode. */
	static final Breakdown PROVIDER = new Breakdown("provider",
			List.of("parents", "own council", "other council", "other public", "private", "voluntary", UNKNOWN),
			(facts) -> facts.reportingEpisode().map((episode) -> switch (episode.get(Columns.PLACE_PROVIDER)) {
				case "PR0" -> "parents";
				case "PR1" -> "own council";
				case "PR2" -> "other council";
				case "PR3" -> "other public";
				case "PR4" -> "private";
				case "PR5" -> "voluntary";
				default -> UNKNOWN;
			}).orElse(UNKNOWN));

	/**
	 * Whether the placement postcode of the episode at the end is in the council's area
	 * (placement locality).
	 */
	static final Breakdown LOCALITY = new Breakdown("locality", List.of("in area", "out of area", UNKNOWN),
			(facts) -> facts.placementAtEnd()
				.map((placement) -> placement.isIn(facts.laCode()) ? "in area" : "out of area")
				.orElse(UNKNOWN));

	static String placementGroup(String place) {
		return switch (place) {
			case "U1", "U2", "U3" -> "foster care: family and friends";
			case "U4", "U5", "U6" -> "foster care: other";
			case "A3", "A4", "A5", "A6" -> "placed for adoption";
			case "P1" -> "placed with parents";
			case "K3", "H5", "P2" -> "supported or independent";
			case "K1", "K2" -> "children's homes and secure";
			case "R1", "R2", "R3", "R5", "S1" -> "other residential";
			case "" -> UNKNOWN;
			default -> "other";
		};
	}

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
