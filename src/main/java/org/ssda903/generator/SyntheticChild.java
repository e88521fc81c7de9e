package org.ssda903.generator;

import java.time.LocalDate;
import java.util.List;

/**
 * One synthetic child's whole simulated care history, from which each year's return is
 * cut. Keeping the history rather than each year's rows is what makes the two returns
 * agree on every episode spanning 31 March.
 */
record SyntheticChild(String id, LocalDate dob, boolean male, String ethnic, String upn, String unknownUpn,
		String homePostcode, boolean uasc, boolean shortBreaks, LocalDate motherChildDob, Adoption adoption,
		List<CarePeriod> periods) {

	LocalDate lastLeft() {
		return this.periods.isEmpty() ? null : this.periods.get(this.periods.size() - 1).end();
	}

}

record Placement(String place, String provider, String postcode, String urn) {

	boolean isFoster() {
		return this.place.startsWith("U");
	}

	Placement withPlace(String newPlace) {
		return new Placement(newPlace, this.provider, this.postcode, this.urn);
	}

}

record Episode(LocalDate decom, LocalDate dec, String rne, String ls, String cin, Placement placement, String rec,
		String reasonPlaceChange) {

	boolean overlaps(LocalDate start, LocalDate end) {
		return !this.decom.isAfter(end) && (this.dec == null || !this.dec.isBefore(start));
	}

	/**
	 * As a return ending on {@code end} saw it: an episode that ceased later was still
	 * open then.
	 */
	Episode asAt(LocalDate end) {
		if (this.dec == null || !this.dec.isAfter(end)) {
			return this;
		}
		return new Episode(this.decom, null, this.rne, this.ls, this.cin, this.placement, null, null);
	}

}

record CarePeriod(List<Episode> episodes, List<LocalDate> reviews, List<MissingSpell> missing,
		List<SocialWorkerSpell> socialWorkers, PreviousPermanence previousPermanence) {

	LocalDate start() {
		return this.episodes.get(0).decom();
	}

	/** The day care ended, or null while the period is open. */
	LocalDate end() {
		return this.episodes.get(this.episodes.size() - 1).dec();
	}

	String leavingReason() {
		return this.episodes.get(this.episodes.size() - 1).rec();
	}

}

record MissingSpell(String type, LocalDate start, LocalDate end) {
}

record SocialWorkerSpell(String id, LocalDate start, LocalDate end, String reason) {
}

/**
 * The previous_permanence values, already formatted because DATE_PERM may hold ZZ for
 * unknown parts.
 */
record PreviousPermanence(String code, String la, String date) {
}

/**
 * The adoption decision (DATE_INT and DATE_PLACED are the same day, rule 523) and, once
 * matched, the adopters.
 */
record Adoption(LocalDate decision, LocalDate match, String fosterCare, String adopters, String adopterSex,
		String adopterLegalStatus) {
}
