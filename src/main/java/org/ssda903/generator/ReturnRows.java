package org.ssda903.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.ssda903.model.Dates;
import org.ssda903.model.Table;

/**
 * Cuts one collection year's return out of a child's history: the episodes open at some
 * time in the year (an episode that ceased after the year end is written open, as that
 * year's extract saw it), and the other files' rows that the DfE asks for that year.
 */
final class ReturnRows {

	/** The kinds of deliberate defect, each with the rule it should trigger. */
	enum Defect {

		/** ETHNIC not in the code list: rule 103. */
		BAD_ETHNIC_CODE,
		/** A review date that is not a date (31 February): rule 166. */
		UNPARSABLE_REVIEW_DATE,
		/** A leaving episode whose DEC is before its DECOM: rule 356. */
		DEC_BEFORE_DECOM,
		/** No UPN for a looked-after child: rule 442. */
		MISSING_UPN

	}

	private static final Weighted IN_TOUCH = Weighted.of("YES:82 NO:5 REFU:3 NREQ:5 RHOM:5");

	private static final Weighted ACTIVITY = Weighted.of("F1:6 P1:1 F2:25 P2:4 F4:4 P4:1 F5:15 P5:5 G4:8 G5:22 G6:9");

	private static final Weighted ACCOMMODATION_17 = Weighted
		.of("B1:14 C1:4 D1:20 E1:10 K1:3 U1:22 V1:2 W2:1 X2:2 Y1:3 B2:2 U2:3 S2:1 D2:2");

	private static final Weighted ACCOMMODATION_18_PLUS = Weighted
		.of("B1:10 C1:2 D1:15 E1:8 K1:3 U1:25 Z1:15 T1:3 V1:2 W2:1 X2:2 Y1:3 B2:2 U2:3 S2:1 D2:2 Z2:1");

	private static final Weighted SDQ_REASON = Weighted.of("SDQ2:40 SDQ4:35 SDQ5:25");

	private static final Weighted PARTICIPATION = Weighted.of("PN1:55 PN2:10 PN3:5 PN4:8 PN5:6 PN6:10 PN7:6");

	private final int endYear;

	private final LocalDate start;

	private final LocalDate end;

	ReturnRows(int endYear) {
		this.endYear = endYear;
		this.start = LocalDate.of(endYear - 1, 4, 1);
		this.end = LocalDate.of(endYear, 3, 31);
	}

	/** The child's episodes this return holds, as the return saw them. */
	List<Episode> episodes(SyntheticChild child) {
		List<Episode> episodes = new ArrayList<>();
		for (CarePeriod period : child.periods()) {
			for (Episode episode : period.episodes()) {
				if (episode.overlaps(this.start, this.end)) {
					episodes.add(episode.asAt(this.end));
				}
			}
		}
		return episodes;
	}

	/** Which defect, if any, this child can carry in this return. */
	Defect defectFor(SyntheticChild child, Defect wanted) {
		List<Episode> episodes = episodes(child);
		if (episodes.isEmpty() || child.shortBreaks()) {
			return null;
		}
		return switch (wanted) {
			case UNPARSABLE_REVIEW_DATE -> reviewsInYear(child).isEmpty() ? Defect.BAD_ETHNIC_CODE : wanted;
			case DEC_BEFORE_DECOM -> leavingEpisode(episodes) == null ? Defect.MISSING_UPN : wanted;
			default -> wanted;
		};
	}

	/**
	 * Writes the child's rows; returns whether the child is in this return at all.
	 */
	boolean write(SyntheticChild child, ReturnFiles files, SplittableRandom random, Defect defect) {
		List<Episode> episodes = episodes(child);
		String[] oc3 = careLeaver(child, random);
		if (episodes.isEmpty() && oc3 == null) {
			return false;
		}
		String id = child.id();
		String dob = Dates.format(child.dob());
		files.write(Table.HEADER, header(child, episodes, defect));
		Episode leaving = defect == Defect.DEC_BEFORE_DECOM ? leavingEpisode(episodes) : null;
		for (Episode episode : episodes) {
			files.write(Table.EPISODES, episodeRow(child, episode, episode == leaving));
		}
		if (episodes.isEmpty()) {
			files.write(Table.OC3, oc3);
			return true;
		}
		if (child.uasc() && !child.dob().plusYears(18).isBefore(this.start)) {
			// DUC is the 18th birthday (rule 205B), never before the year start (rule
			// 104)
			files.write(Table.UASC, id, sex(child), dob, Dates.format(child.dob().plusYears(18)));
		}
		boolean firstReview = true;
		for (LocalDate review : reviewsInYear(child)) {
			String date = defect == Defect.UNPARSABLE_REVIEW_DATE && firstReview ? "31/02/" + review.getYear()
					: Dates.format(review);
			firstReview = false;
			// PN0 for a child under 4 at the review, a participation code from 4 (rules
			// 440, 441)
			String code = review.isBefore(child.dob().plusYears(4)) ? "PN0" : PARTICIPATION.pick(random);
			files.write(Table.REVIEWS, id, dob, date, code);
		}
		for (CarePeriod period : child.periods()) {
			for (MissingSpell spell : period.missing()) {
				if (!spell.start().isBefore(this.start) && !spell.start().isAfter(this.end)) {
					files.write(Table.MISSING, id, dob, spell.type(), Dates.format(spell.start()),
							Dates.format(spell.end()));
				}
			}
		}
		if (isContinuouslyLookedAfter(child)) {
			files.write(Table.OC2, oc2(child, random));
		}
		if (oc3 != null) {
			files.write(Table.OC3, oc3);
		}
		writeAdoption(child, files);
		writePreviousPermanence(child, files);
		if (this.endYear >= 2024) {
			writeSocialWorkers(child, files);
		}
		return true;
	}

	private String[] header(SyntheticChild child, List<Episode> episodes, Defect defect) {
		boolean lookedAfter = !episodes.isEmpty() && !child.shortBreaks();
		String mother = "";
		String motherChildDob = "";
		if (!child.male() && lookedAfter) {
			boolean isMother = child.motherChildDob() != null && !child.motherChildDob().isAfter(this.end);
			mother = isMother ? "1" : "0";
			motherChildDob = isMother ? Dates.format(child.motherChildDob()) : "";
		}
		String ethnic = defect == Defect.BAD_ETHNIC_CODE ? "WBRX" : child.ethnic();
		String upn = defect == Defect.MISSING_UPN ? "" : upn(child);
		return new String[] { child.id(), sex(child), Dates.format(child.dob()), ethnic, upn, mother, motherChildDob };
	}

	private String upn(SyntheticChild child) {
		if (child.unknownUpn() != null) {
			return child.unknownUpn();
		}
		// UN1 only while the child is not yet of school age (rule 209)
		LocalDate schoolAgeCutOff = LocalDate.of(this.start.getYear() - 1, 8, 31);
		return child.dob().plusYears(4).isAfter(schoolAgeCutOff) ? "UN1" : child.upn();
	}

	private String sex(SyntheticChild child) {
		if (this.endYear <= 2024) {
			return child.male() ? "1" : "2";
		}
		return child.male() ? "M" : "F";
	}

	private String[] episodeRow(SyntheticChild child, Episode episode, boolean decBeforeDecom) {
		Placement placement = episode.placement();
		boolean shortBreak = episode.ls().equals("V3");
		String dec = decBeforeDecom ? Dates.format(episode.decom().minusDays(3)) : Dates.format(episode.dec());
		return new String[] { child.id(), Dates.format(episode.decom()), episode.rne(), episode.ls(), episode.cin(),
				placement.place(), blankIfNull(placement.provider()), dec, blankIfNull(episode.rec()),
				blankIfNull(episode.reasonPlaceChange()), shortBreak ? "" : blankIfNull(child.homePostcode()),
				blankIfNull(placement.postcode()), blankIfNull(placement.urn()) };
	}

	private static Episode leavingEpisode(List<Episode> episodes) {
		for (Episode episode : episodes) {
			if (episode.rec() != null && !episode.rec().equals("X1")) {
				return episode;
			}
		}
		return null;
	}

	private List<LocalDate> reviewsInYear(SyntheticChild child) {
		List<LocalDate> reviews = new ArrayList<>();
		for (CarePeriod period : child.periods()) {
			for (LocalDate review : period.reviews()) {
				if (!review.isBefore(this.start) && !review.isAfter(this.end)) {
					reviews.add(review);
				}
			}
		}
		return reviews;
	}

	/**
	 * Looked after continuously for 12 months at 31 March (ssda903.md 4.4): in a period
	 * that began on or before the year start and had not ended before the year end.
	 */
	private boolean isContinuouslyLookedAfter(SyntheticChild child) {
		if (child.shortBreaks()) {
			return false;
		}
		for (CarePeriod period : child.periods()) {
			if (!period.start().isAfter(this.start) && (period.end() == null || !period.end().isBefore(this.end))) {
				return true;
			}
		}
		return false;
	}

	private String[] oc2(SyntheticChild child, SplittableRandom random) {
		LocalDate dob = child.dob();
		String sdqScore = "";
		String sdqReason = "";
		boolean fourToSixteen = !dob.plusYears(4).isAfter(this.start) && dob.plusYears(17).isAfter(this.end);
		if (fourToSixteen) {
			if (random.nextInt(100) < 85) {
				sdqScore = Integer.toString(Math.min(40, (int) Math.abs(random.nextGaussian() * 7 + 14)));
			}
			else {
				sdqReason = SDQ_REASON.pick(random);
			}
		}
		else if (birthdayInYear(dob, 4) || birthdayInYear(dob, 17)) {
			// a child turning 4 or 17 in the year gives SDQ1 rather than nothing (rule
			// 197B)
			sdqReason = "SDQ1";
		}
		String convicted = dob.plusYears(10).isAfter(this.end) ? "" : flag(random, 4);
		String healthCheck = dob.plusYears(5).isAfter(this.end) ? flag(random, 90) : "";
		String substanceMisuse = dob.plusYears(11).isAfter(this.end) ? "0" : flag(random, 6);
		String received = "";
		String offered = "";
		if (substanceMisuse.equals("1")) {
			// offered is completed only when no intervention was received (rules 158,
			// 159)
			received = flag(random, 60);
			offered = received.equals("0") ? flag(random, 70) : "";
		}
		return new String[] { child.id(), Dates.format(dob), sdqScore, sdqReason, convicted, healthCheck,
				flag(random, 88), flag(random, 85), flag(random, 90), substanceMisuse, received, offered };
	}

	private boolean birthdayInYear(LocalDate dob, int age) {
		LocalDate birthday = dob.plusYears(age);
		return !birthday.isBefore(this.start) && !birthday.isAfter(this.end);
	}

	private static String flag(SplittableRandom random, int percentYes) {
		return random.nextInt(100) < percentYes ? "1" : "0";
	}

	/**
	 * The OC3 row for a care leaver whose 17th to 21st birthday falls in the year and who
	 * had left care before it, having been looked after at least 13 weeks since 14 and
	 * some time after 16 (ssda903.md 4.5), or null.
	 */
	private String[] careLeaver(SyntheticChild child, SplittableRandom random) {
		LocalDate left = child.lastLeft();
		if (left == null || child.shortBreaks() || child.periods().isEmpty()) {
			return null;
		}
		String reason = child.periods().get(child.periods().size() - 1).leavingReason();
		if (reason.equals("E11") || reason.equals("E12") || reason.equals("E2") || reason.equals("E3")) {
			return null;
		}
		LocalDate fourteen = child.dob().plusYears(14);
		long daysSinceFourteen = 0;
		for (CarePeriod period : child.periods()) {
			LocalDate from = period.start().isAfter(fourteen) ? period.start() : fourteen;
			if (period.end().isAfter(from)) {
				daysSinceFourteen += ChronoUnit.DAYS.between(from, period.end());
			}
		}
		if (daysSinceFourteen < 91 || !left.isAfter(child.dob().plusYears(16))) {
			return null;
		}
		for (int age = 17; age <= 21; age++) {
			LocalDate birthday = child.dob().plusYears(age);
			if (!birthday.isBefore(this.start) && !birthday.isAfter(this.end) && left.isBefore(birthday)) {
				return oc3(child, random, age);
			}
		}
		return null;
	}

	private static String[] oc3(SyntheticChild child, SplittableRandom random, int age) {
		String inTouch = IN_TOUCH.pick(random);
		String activity = "0";
		String accommodation = "0";
		if (inTouch.equals("YES") || inTouch.equals("NREQ")) {
			activity = ACTIVITY.pick(random);
			// staying put (Z1/Z2) only from 18 (rule 3001)
			accommodation = (age == 17 ? ACCOMMODATION_17 : ACCOMMODATION_18_PLUS).pick(random);
		}
		return new String[] { child.id(), Dates.format(child.dob()), inTouch, activity, accommodation };
	}

	private void writeAdoption(SyntheticChild child, ReturnFiles files) {
		Adoption adoption = child.adoption();
		if (adoption == null || adoption.decision().isAfter(this.end)) {
			return;
		}
		String dob = Dates.format(child.dob());
		files.write(Table.PLACED_FOR_ADOPTION, child.id(), dob, Dates.format(adoption.decision()), "", "");
		LocalDate left = child.lastLeft();
		String reason = child.periods().get(child.periods().size() - 1).leavingReason();
		boolean adoptedThisYear = left != null && !left.isBefore(this.start) && !left.isAfter(this.end)
				&& (reason.equals("E11") || reason.equals("E12"));
		if (adoptedThisYear) {
			files.write(Table.AD1, child.id(), dob, Dates.format(adoption.decision()), Dates.format(adoption.match()),
					adoption.fosterCare(), adoption.adopters(), adoption.adopterSex(), adoption.adopterLegalStatus());
		}
	}

	private void writePreviousPermanence(SyntheticChild child, ReturnFiles files) {
		CarePeriod latestStarted = null;
		for (CarePeriod period : child.periods()) {
			if (!period.start().isBefore(this.start) && !period.start().isAfter(this.end)) {
				latestStarted = period;
			}
		}
		if (latestStarted != null) {
			PreviousPermanence permanence = latestStarted.previousPermanence();
			files.write(Table.PREVIOUS_PERMANENCE, child.id(), Dates.format(child.dob()), permanence.code(),
					permanence.la(), permanence.date());
		}
	}

	private void writeSocialWorkers(SyntheticChild child, ReturnFiles files) {
		for (CarePeriod period : child.periods()) {
			for (SocialWorkerSpell spell : period.socialWorkers()) {
				boolean overlaps = !spell.start().isAfter(this.end)
						&& (spell.end() == null || !spell.end().isBefore(this.start));
				if (overlaps) {
					LocalDate spellEnd = spell.end() == null || spell.end().isAfter(this.end) ? null : spell.end();
					files.write(Table.SW_EPISODES, child.id(), Dates.format(child.dob()), spell.id(),
							Dates.format(spell.start()), Dates.format(spellEnd), spell.reason());
				}
			}
		}
	}

	private static String blankIfNull(String value) {
		return value == null ? "" : value;
	}

}
