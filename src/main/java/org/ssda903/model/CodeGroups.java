package org.ssda903.model;

import java.util.Set;

/**
 * Groups of 903 codes that rules and KPIs both reason about, declared once so that a rule
 * and a KPI can never disagree on, say, which placements are temporary (ssda903.md 2, the
 * code sets).
 */
public final class CodeGroups {

	/**
	 * Legal statuses of short breaks (LS V3, V4): out of scope of every KPI, and of
	 * several rules.
	 */
	public static final Set<String> SHORT_BREAK_LEGAL_STATUSES = Set.of("V3", "V4");

	/**
	 * Temporary placements (PLACE T0 to T4): holidays, hospital, custody and the like,
	 * not a placement move.
	 */
	public static final Set<String> TEMPORARY_PLACEMENTS = Set.of("T0", "T1", "T2", "T3", "T4");

	/** Foster placements (PLACE U1 to U6). */
	public static final Set<String> FOSTER_PLACEMENTS = Set.of("U1", "U2", "U3", "U4", "U5", "U6");

	/** Foster placements with relatives or friends (PLACE U1 to U3). */
	public static final Set<String> KINSHIP_FOSTER_PLACEMENTS = Set.of("U1", "U2", "U3");

	private CodeGroups() {
	}

}
