package org.ssda903.validation;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.ssda903.model.CodeGroups;
import org.ssda903.model.CollectionYear;
import org.ssda903.model.Columns;

/**
 * The code lists of one collection year (ssda903.md section 2). Lists that the DfE
 * changed between years are chosen by {@link #year()}; all sets are immutable. Where the
 * public validator's lists disagree with the DfE change notes (K3 written in lower case
 * in 2024-25, T4 missing from the 2025-26 no-provider list) the DfE intent is used.
 */
public record CodeSets(CollectionYear year) {

	private static final Set<String> ETHNIC = Set.of("WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS",
			"MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

	private static final Set<String> UPN_UNKNOWN = Set.of("UN1", "UN2", "UN3", "UN4", "UN5");

	private static final Set<String> LEGAL_STATUS = Set.of("C1", "C2", "D1", "E1", "V2", "V3", "V4", "L1", "L2", "L3",
			"J1", "J2", "J3");

	private static final Set<String> REASON_NEW_EPISODE = Set.of("S", "L", "P", "T", "B", "U");

	private static final Set<String> CATEGORY_OF_NEED = Set.of("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8");

	private static final Set<String> TEMPORARY_PLACEMENTS = CodeGroups.TEMPORARY_PLACEMENTS;

	private static final Set<String> ADOPTION_PLACEMENTS = Set.of("A3", "A4", "A5", "A6");

	private static final Set<String> FOSTER_PLACEMENTS = CodeGroups.FOSTER_PLACEMENTS;

	private static final Set<String> OTHER_PLACEMENTS_FROM_2026 = Set.of("Z11", "Z12", "Z13", "Z14");

	private static final Set<String> PLACEMENTS_EVERY_YEAR = union(ADOPTION_PLACEMENTS, TEMPORARY_PLACEMENTS,
			FOSTER_PLACEMENTS, Set.of("K1", "K2", "P1", "P3", "R1", "R2", "R3", "R5", "S1"));

	private static final Set<String> PLACEMENTS_TO_2024 = union(PLACEMENTS_EVERY_YEAR, Set.of("H5", "P2", "Z1"));

	private static final Set<String> PLACEMENTS_2025 = union(PLACEMENTS_EVERY_YEAR, Set.of("K3", "Z1"));

	private static final Set<String> PLACEMENTS_FROM_2026 = union(PLACEMENTS_EVERY_YEAR, Set.of("K3"),
			OTHER_PLACEMENTS_FROM_2026);

	private static final Set<String> PLACEMENT_PROVIDER = Set.of("PR0", "PR1", "PR2", "PR3", "PR4", "PR5");

	/**
	 * Placements that never have an Ofsted URN, in every year: the core of rules 218 and
	 * 222.
	 */
	private static final Set<String> NO_URN_EVERY_YEAR = union(TEMPORARY_PLACEMENTS,
			Set.of("P1", "P3", "R1", "R2", "R5"));

	private static final Set<String> REASON_EPISODE_CEASED = Set.of("X1", "E11", "E12", "E2", "E3", "E4A", "E4B", "E13",
			"E41", "E45", "E46", "E47", "E48", "E5", "E6", "E7", "E9", "E14", "E15", "E16", "E17", "E8");

	private static final Set<String> REASON_PLACE_CHANGE = Set.of("CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB",
			"CREQO", Columns.CHILD, "LAREQ", Columns.PLACE, "CUSTOD", "OTHER");

	private static final Set<String> REVIEW_CODE = Set.of("PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7");

	private static final Set<String> MISSING = Set.of("M", "A");

	private static final Set<String> SDQ_REASON = Set.of("SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5");

	private static final Set<String> IN_TOUCH = Set.of("YES", "NO", "DIED", "REFU", "NREQ", "RHOM");

	private static final Set<String> ACTIVITY = Set.of("F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6",
			"0");

	/**
	 * S1 and X1 are left out on purpose: homeless and in-custody accommodation cannot be
	 * suitable.
	 */
	private static final Set<String> ACCOMMODATION = Set.of("B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "G1", "G2",
			"H1", "H2", "K1", "K2", "R1", "R2", "S2", "T1", "T2", "U1", "U2", "V1", "V2", "W1", "W2", "X2", "Y1", "Y2",
			"Z1", "Z2", "0");

	private static final Set<String> YES_NO = Set.of("0", "1");

	private static final Set<String> NUMBER_OF_ADOPTERS = Set.of("1", "2");

	private static final Set<String> SEX_OF_ADOPTERS = Set.of("M1", "F1", "MM", "FF", "MF");

	private static final Set<String> LEGAL_STATUS_OF_ADOPTERS = Set.of("L0", "L11", "L12", "L2", "L3", "L4");

	private static final Set<String> REASON_PLACED_CEASED = Set.of("RD1", "RD2", "RD3", "RD4");

	private static final Set<String> PREVIOUS_PERMANENCE = Set.of("P1", "P2", "P3", "P4", "Z1");

	private static final Set<String> SW_REASON = Set.of("MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC",
			"CHCHAN", "PCCHAN", "SWDIED", "OTHERS");

	public static CodeSets forYear(CollectionYear year) {
		return new CodeSets(year);
	}

	/** SEX: 1/2 up to 2023-24; M/F/U from 2024-25. */
	public Set<String> sex() {
		return isUpTo(2024) ? Set.of("1", "2") : Set.of("M", "F", "U");
	}

	public String male() {
		return isUpTo(2024) ? "1" : "M";
	}

	public String female() {
		return isUpTo(2024) ? "2" : "F";
	}

	public Set<String> ethnic() {
		return ETHNIC;
	}

	/** UN1-UN5, used in UPN when the real number is not known. */
	public Set<String> upnUnknown() {
		return UPN_UNKNOWN;
	}

	public Set<String> legalStatus() {
		return LEGAL_STATUS;
	}

	public Set<String> reasonNewEpisode() {
		return REASON_NEW_EPISODE;
	}

	public Set<String> categoryOfNeed() {
		return CATEGORY_OF_NEED;
	}

	/**
	 * PLACE: H5/P2 until 2023-24, K3 from 2024-25, Z1 until 2024-25 and Z11-Z14 from
	 * 2025-26.
	 */
	public Set<String> placement() {
		if (isUpTo(2024)) {
			return PLACEMENTS_TO_2024;
		}
		return isUpTo(2025) ? PLACEMENTS_2025 : PLACEMENTS_FROM_2026;
	}

	/** T0-T4. */
	public Set<String> temporaryPlacements() {
		return TEMPORARY_PLACEMENTS;
	}

	/** A3-A6. */
	public Set<String> adoptionPlacements() {
		return ADOPTION_PLACEMENTS;
	}

	/** U1-U6. */
	public Set<String> fosterPlacements() {
		return FOSTER_PLACEMENTS;
	}

	public Set<String> placementProvider() {
		return PLACEMENT_PROVIDER;
	}

	/**
	 * Placements recorded without a provider (rules 178, 213 from 2025-26, 526):
	 * temporary and "other".
	 */
	public Set<String> noProviderPlacements() {
		return union(TEMPORARY_PLACEMENTS, otherPlacements());
	}

	/** Placements that must not carry a URN (rule 222). */
	public Set<String> noUrnPlacements() {
		if (isUpTo(2023)) {
			return union(NO_URN_EVERY_YEAR, Set.of("H5", "P2", "Z1"));
		}
		if (isUpTo(2024)) {
			return union(NO_URN_EVERY_YEAR, Set.of("P2", "Z1"));
		}
		return union(NO_URN_EVERY_YEAR, otherPlacements());
	}

	/**
	 * Placements that do not need a URN (rule 218): H5 and P2 stay exempt until they are
	 * withdrawn in 2024-25.
	 */
	public Set<String> urnExemptPlacements() {
		if (isUpTo(2024)) {
			return union(NO_URN_EVERY_YEAR, Set.of("H5", "P2", "Z1"));
		}
		return union(NO_URN_EVERY_YEAR, otherPlacements());
	}

	public Set<String> reasonEpisodeCeased() {
		return REASON_EPISODE_CEASED;
	}

	public Set<String> reasonPlaceChange() {
		return REASON_PLACE_CHANGE;
	}

	public Set<String> reviewCode() {
		return REVIEW_CODE;
	}

	public Set<String> missing() {
		return MISSING;
	}

	public Set<String> sdqReason() {
		return SDQ_REASON;
	}

	public Set<String> inTouch() {
		return IN_TOUCH;
	}

	public Set<String> activity() {
		return ACTIVITY;
	}

	public Set<String> accommodation() {
		return ACCOMMODATION;
	}

	/** The 0/1 flags: MOTHER, FOSTER_CARE and the OC2 twelve-month items. */
	public Set<String> yesNo() {
		return YES_NO;
	}

	public Set<String> fosterCare() {
		return YES_NO;
	}

	public Set<String> numberOfAdopters() {
		return NUMBER_OF_ADOPTERS;
	}

	public Set<String> sexOfAdopters() {
		return SEX_OF_ADOPTERS;
	}

	public Set<String> legalStatusOfAdopters() {
		return LEGAL_STATUS_OF_ADOPTERS;
	}

	public Set<String> reasonPlacedCeased() {
		return REASON_PLACED_CEASED;
	}

	public Set<String> previousPermanence() {
		return PREVIOUS_PERMANENCE;
	}

	public Set<String> swReason() {
		return SW_REASON;
	}

	private Set<String> otherPlacements() {
		return isUpTo(2025) ? Set.of("Z1") : OTHER_PLACEMENTS_FROM_2026;
	}

	private boolean isUpTo(int endYear) {
		return this.year.endYear() <= endYear;
	}

	@SafeVarargs
	private static Set<String> union(Set<String>... sets) {
		return Arrays.stream(sets).flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
	}

}
