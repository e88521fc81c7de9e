package org.ssda903.kpi.local;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The council's own extracts for measures 903 does not carry
 * (jobs/local-extracts/README.md). Each is optional: a KPI that needs one is left out of
 * the tables when it was not given, rather than reading as 0.
 *
 * @param healthAssessments initial health assessments, for HLT-05
 * @param visits statutory visits, for EXT-01
 * @param fosterHouseholds foster carer households, for EXT-02
 * @param aftercare the aftercare caseload, for AFT-01
 */
public record LocalExtracts(Optional<List<HealthAssessment>> healthAssessments, Optional<List<Visit>> visits,
		Optional<List<FosterHousehold>> fosterHouseholds, Optional<List<AftercareCase>> aftercare) {

	public LocalExtracts {
		healthAssessments = healthAssessments.map(List::copyOf);
		visits = visits.map(List::copyOf);
		fosterHouseholds = fosterHouseholds.map(List::copyOf);
		aftercare = aftercare.map(List::copyOf);
	}

	public static LocalExtracts none() {
		return new LocalExtracts(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
	}

	/**
	 * An initial health assessment.
	 *
	 * @param child the CHILD id used in 903
	 * @param lookedAfterFrom the day the child became looked after
	 * @param assessed the day the assessment was done; null while not done
	 */
	public record HealthAssessment(String child, LocalDate lookedAfterFrom, LocalDate assessed) {
	}

	/**
	 * A statutory (Regulation 28) visit.
	 *
	 * @param child the CHILD id used in 903
	 * @param visited the day of the visit
	 * @param intervalDays the longest the next visit may wait, in days, as the care plan
	 * sets it
	 */
	public record Visit(String child, LocalDate visited, int intervalDays) {
	}

	/**
	 * A foster carer household.
	 *
	 * @param household the household's id in the fostering service's records
	 * @param familyAndFriends whether the household is approved for a named child
	 * (connected person)
	 * @param approved the day of approval
	 * @param deregistered the day of deregistration; null while still approved
	 */
	public record FosterHousehold(String household, boolean familyAndFriends, LocalDate approved,
			LocalDate deregistered) {
	}

	/**
	 * A care leaver on the aftercare caseload.
	 *
	 * @param person the young person's id (the 903 CHILD id where they had one)
	 * @param dob date of birth
	 * @param from the day aftercare support began
	 * @param to the day it ended; null while open
	 */
	public record AftercareCase(String person, LocalDate dob, LocalDate from, LocalDate to) {
	}

}
