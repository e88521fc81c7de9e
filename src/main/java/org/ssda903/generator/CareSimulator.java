package org.ssda903.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.ssda903.model.Dates;

/**
 * Simulates one child's care history up to the end of the current collection year. Every
 * choice keeps to the DfE rules that tie an episode chain together (ssda903.md 4.1): a
 * change of legal status or placement closes the episode with X1 and opens the next the
 * same day with the RNE saying what changed, and a period of care ends with a leaving
 * code that suits the child's age and placement.
 */
final class CareSimulator {

	private static final Weighted SCENARIOS = Weighted
		.of("LONG:52 LEAVER:16 STARTER:17 SHORT:9 UASC:6 PREVIOUS_ONLY:18 CARE_LEAVER:6 SHORT_BREAKS:1");

	private static final Weighted ETHNIC = Weighted.of("WBRI:62 WOTH:5 WIRI:0.5 WIRT:0.3 WROM:1 MWBC:4 MWBA:2"
			+ " MWAS:1.5 MOTH:3 AIND:1 APKN:1 ABAN:0.5 AOTH:1.5 BCRB:1.5 BAFR:6 BOTH:1.5 CHNE:0.2 OOTH:3 REFU:0.2"
			+ " NOBT:2");

	private static final Weighted UASC_ETHNIC = Weighted.of("AOTH:35 BAFR:30 OOTH:30 WOTH:5");

	private static final Weighted CIN = Weighted.of("N1:56 N2:3 N3:3 N4:8 N5:16 N6:2 N7:0.3 N8:9");

	private static final Weighted LEAVING = Weighted
		.of("E4A:25 E4B:8 AGE18:25 ADOPT:10 SGO:12 E13:6 E41:4 E3:4 E9:2 E16:1 E8:3");

	private static final Weighted SHORT_LEAVING = Weighted.of("E4A:50 E4B:15 E13:10 E41:5 E8:5 E3:5 SGO:5 E16:2");

	private static final Weighted AGE_AT_END = Weighted
		.of("0:3 1:5 2:5 3:5 4:5 5:5 6:5 7:5 8:5 9:5 10:6 11:6 12:7 13:7 14:8 15:8 16:8 17:7");

	private static final Weighted AGE_AT_START = Weighted
		.of("0:18 1:4 2:4 3:3 4:3 5:3 6:4 7:3 8:3 9:4 10:4 11:5 12:6 13:7 14:8 15:8 16:10 17:5");

	private static final Weighted INITIAL_LEGAL_STATUS = Weighted.of("C1:38 V2:40 C2:15");

	private static final Weighted REASON_FOR_MOVE = Weighted
		.of("CARPL:36 CREQB:14 CREQO:9 CHILD:7 LAREQ:8 PLACE:7 STAND:3 ALLEG:3 CLOSE:3 APPRR:2 OTHER:8");

	private static final Weighted SOCIAL_WORKER_CHANGE = Weighted
		.of("MANAGE:15 LEFTRL:35 ORGRST:10 TSPROC:20 ABSENC:5 CHCHAN:4 PCCHAN:3 OTHERS:8");

	private static final Set<String> NO_URN = Set.of("P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1",
			"Z11", "Z12", "Z13", "Z14");

	private static final List<String> OTHER_LA_NUMBERS = List.of("881", "882", "311", "886", "999");

	private final LocalDate start;

	private final LocalDate end;

	private final LocalDate previousStart;

	private final PostcodeBook postcodes;

	private final String ownFosteringUrn;

	private final int socialWorkers;

	private final Map<String, Weighted> weightsBySpec = new HashMap<>();

	CareSimulator(GeneratorOptions options, PostcodeBook postcodes) {
		this.start = options.year().start();
		this.end = options.year().end();
		this.previousStart = this.start.minusYears(1);
		this.postcodes = postcodes;
		this.ownFosteringUrn = "SC" + (100_000 + Math.floorMod(options.laCode().hashCode(), 800_000));
		this.socialWorkers = Math.max(20, options.children() / 12);
	}

	/** The collection year (by its end year) a day falls in. */
	static int yearOf(LocalDate day) {
		return day.getMonthValue() >= 4 ? day.getYear() + 1 : day.getYear();
	}

	SyntheticChild simulate(int number, SplittableRandom random) {
		String scenario = SCENARIOS.pick(random);
		Draft child = new Draft(number, random, scenario.equals("UASC"));
		switch (scenario) {
			case "LONG" -> inCareThroughout(child);
			case "LEAVER" -> leaver(child, between(random, this.start.plusDays(1), this.end.minusDays(1)),
					this.start.minusDays(1), LEAVING.pick(random));
			case "STARTER" -> starter(child, null);
			case "SHORT" -> starter(child, SHORT_LEAVING.pick(random));
			case "UASC" -> uasc(child);
			case "PREVIOUS_ONLY" -> {
				LocalDate left = between(random, this.previousStart.plusDays(1), this.start.minusDays(2));
				LocalDate latestStart = random.nextBoolean() ? this.previousStart.minusDays(1) : left.minusDays(8);
				leaver(child, left, latestStart, LEAVING.pick(random));
			}
			case "CARE_LEAVER" -> careLeaver(child);
			default -> shortBreaks(child);
		}
		return child.build();
	}

	private void inCareThroughout(Draft child) {
		SplittableRandom random = child.random;
		int age = Integer.parseInt(AGE_AT_END.pick(random));
		LocalDate dob = this.end.minusYears(age).minusDays(random.nextInt(365));
		if (dob.isAfter(this.start.minusDays(30))) {
			dob = this.start.minusDays(30 + random.nextInt(300));
		}
		child.dob = dob;
		LocalDate periodStart = startBefore(random, dob, this.start.minusDays(1), 900);
		AdoptionPlan plan = null;
		if (age <= 4 && random.nextInt(100) < 30) {
			LocalDate decision = periodStart.plusDays(120 + random.nextInt(280));
			plan = new AdoptionPlan(decision, decision.plusDays(40 + random.nextInt(260)), random.nextInt(100) < 30);
		}
		child.periods.add(period(child, periodStart, null, null, plan));
	}

	private void leaver(Draft child, LocalDate left, LocalDate latestStart, String reason) {
		SplittableRandom random = child.random;
		switch (reason) {
			case "AGE18" -> {
				child.dob = left.minusYears(18);
				left = child.dob.plusYears(18);
				LocalDate periodStart = between(random, left.minusYears(7), min(latestStart, left.minusDays(120)));
				child.periods.add(period(child, periodStart, left, "AGE18", null));
			}
			case "ADOPT" -> {
				LocalDate placed = left.minusDays(70 + random.nextInt(230));
				LocalDate decision = placed.minusDays(30 + random.nextInt(220));
				LocalDate periodStart = decision.minusDays(120 + random.nextInt(380));
				child.dob = periodStart.minusDays(random.nextInt(500));
				AdoptionPlan plan = new AdoptionPlan(decision, placed, random.nextInt(100) < 30);
				child.periods.add(period(child, periodStart, left, random.nextInt(100) < 60 ? "E11" : "E12", plan));
			}
			default -> {
				int age = switch (reason) {
					case "SGO" -> 1 + random.nextInt(12);
					case "E13", "E16" -> 5 + random.nextInt(13);
					case "E41" -> 2 + random.nextInt(13);
					case "E9", "E8" -> 13 + random.nextInt(5);
					default -> random.nextInt(18);
				};
				LocalDate dob = left.minusYears(age).minusDays(random.nextInt(365));
				if (!dob.isBefore(latestStart.minusDays(1))) {
					dob = latestStart.minusDays(2 + random.nextInt(100));
				}
				child.dob = dob;
				LocalDate periodStart = startBefore(random, dob, min(latestStart, left.minusDays(8)), 700);
				child.periods.add(period(child, periodStart, left, reason, null));
			}
		}
	}

	private void starter(Draft child, String leavingReason) {
		SplittableRandom random = child.random;
		LocalDate periodStart = between(random, this.start, this.end.minusDays(leavingReason == null ? 1 : 20));
		int age = Integer.parseInt(AGE_AT_START.pick(random));
		LocalDate dob = age == 0 ? periodStart.minusDays(random.nextInt(200))
				: periodStart.minusYears(age).minusDays(random.nextInt(365));
		if (!dob.plusYears(18).isAfter(this.end)) {
			dob = this.end.minusYears(18).plusDays(1 + random.nextInt(100));
		}
		child.dob = dob;
		LocalDate left = null;
		if (leavingReason != null) {
			long room = ChronoUnit.DAYS.between(periodStart, this.end.minusDays(1));
			left = periodStart.plusDays(7 + random.nextLong(Math.max(1, Math.min(250, room - 7))));
		}
		LocalDate priorEnd = periodStart.minusDays(30 + random.nextInt(200));
		if (random.nextInt(100) < 12 && priorEnd.isAfter(this.previousStart)
				&& priorEnd.minusDays(90).isAfter(dob.plusDays(10))) {
			// a child who went home last year and came back into care this year
			LocalDate priorStart = startBefore(random, dob, priorEnd.minusDays(60), 300);
			child.periods.add(period(child, priorStart, priorEnd, random.nextBoolean() ? "E4A" : "E4B", null));
		}
		child.periods.add(period(child, periodStart, left, leavingReason, null));
	}

	private void uasc(Draft child) {
		SplittableRandom random = child.random;
		LocalDate periodStart = between(random, this.start.minusYears(2), this.end.minusDays(14));
		LocalDate dob = periodStart.minusYears(14 + random.nextInt(4)).minusDays(random.nextInt(300));
		if (!dob.plusYears(18).isAfter(this.start)) {
			dob = this.start.minusYears(18).plusDays(1 + random.nextInt(200));
		}
		if (!periodStart.isAfter(dob.plusYears(13))) {
			periodStart = dob.plusYears(13).plusDays(random.nextInt(200));
		}
		child.dob = dob;
		child.periods.add(period(child, periodStart, null, null, null));
	}

	private void careLeaver(Draft child) {
		SplittableRandom random = child.random;
		child.dob = between(random, this.end.minusYears(22).plusDays(1), this.end.minusYears(19));
		LocalDate periodStart = child.dob.plusYears(13).plusDays(180 + random.nextInt(1100));
		if (random.nextInt(100) < 75) {
			child.periods.add(period(child, periodStart, child.dob.plusYears(18), "AGE18", null));
		}
		else {
			LocalDate left = child.dob.plusYears(16).plusDays(180 + random.nextInt(300));
			left = max(left, periodStart.plusDays(120));
			child.periods.add(period(child, periodStart, left, random.nextBoolean() ? "E4B" : "E13", null));
		}
	}

	private void shortBreaks(Draft child) {
		SplittableRandom random = child.random;
		child.dob = this.end.minusYears(5 + random.nextInt(12)).minusDays(random.nextInt(365));
		child.shortBreaks = true;
		LocalDate day = this.previousStart.plusDays(random.nextInt(40));
		while (day.plusDays(6).isBefore(this.end)) {
			LocalDate back = day.plusDays(1 + random.nextInt(4));
			// short breaks carry no location: rules 214 and 398 forbid postcodes and URN
			Episode episode = new Episode(day, back, "S", "V3", "N2", new Placement("K2", "PR1", null, null), "E4A",
					null);
			PreviousPermanence none = new PreviousPermanence("Z1", "", "");
			child.periods.add(new CarePeriod(List.of(episode), List.of(), List.of(), List.of(), none));
			day = back.plusDays(20 + random.nextInt(30));
		}
	}

	/**
	 * A period start before {@code latest}, after the child's birth, more often recent
	 * than long ago.
	 */
	private static LocalDate startBefore(SplittableRandom random, LocalDate dob, LocalDate latest, int meanDays) {
		long available = ChronoUnit.DAYS.between(dob, latest);
		if (available <= 1) {
			return latest;
		}
		long back = Math.min(available - 1, (long) (-Math.log(1 - random.nextDouble()) * meanDays));
		return latest.minusDays(back);
	}

	private CarePeriod period(Draft child, LocalDate periodStart, LocalDate periodEnd, String leavingReason,
			AdoptionPlan plan) {
		LocalDate adulthood = child.dob.plusYears(18);
		if (periodEnd == null ? !adulthood.isAfter(this.end) : periodEnd.isAfter(adulthood)) {
			// nobody stays looked after past 18 (rule 359): the period ends on the 18th
			// birthday
			periodEnd = adulthood;
			leavingReason = "AGE18";
			plan = null;
		}
		if (!periodStart.isAfter(child.dob)) {
			periodStart = child.dob.plusDays(1);
		}
		boolean first = child.periods.isEmpty();
		List<Episode> episodes = plan == null ? chain(child, periodStart, periodEnd, leavingReason)
				: adoptionChain(child, periodStart, periodEnd, leavingReason, plan);
		LocalDate until = periodEnd == null ? this.end : periodEnd;
		return new CarePeriod(episodes, reviews(periodStart, until, periodEnd != null),
				missing(child, periodStart, until), socialWorkers(child.random, periodStart, periodEnd),
				previousPermanence(child, periodStart, first));
	}

	private List<Episode> chain(Draft child, LocalDate periodStart, LocalDate periodEnd, String leavingReason) {
		SplittableRandom random = child.random;
		List<Episode> episodes = new ArrayList<>();
		String cin = child.uasc ? "N8" : CIN.pick(random);
		String ls = child.uasc ? "V2" : INITIAL_LEGAL_STATUS.pick(random);
		if (ls.equals("C1") || ls.equals("C2")) {
			ls = ageAt(child, periodStart) >= 16 && random.nextBoolean() ? "V2" : ls;
		}
		Placement placement = placementUnder(ls, child, periodStart, null);
		String rne = "S";
		LocalDate decom = periodStart;
		boolean temporaryUsed = false;
		LocalDate limit = periodEnd == null ? this.end.plusDays(1) : periodEnd;
		while (true) {
			LocalDate change = decom.plusDays(15 + (long) (-Math.log(1 - random.nextDouble()) * 380));
			if (!change.isBefore(limit)) {
				break;
			}
			String move = chooseMove(child, ls, placement, temporaryUsed);
			if (move.equals("TEMP")) {
				Placement temporary = temporaryPlacement(child, placement);
				int days = switch (temporary.place()) {
					case "T1" -> 2 + random.nextInt(30);
					case "T3" -> 3 + random.nextInt(17);
					default -> 1 + random.nextInt(6);
				};
				LocalDate back = change.plusDays(days);
				if (back.isBefore(limit)) {
					temporaryUsed = true;
					// no reason for change around a temporary move (rule 226); the child
					// returns to the same
					// placement afterwards with RNE P (rule 383)
					episodes.add(new Episode(decom, change, rne, ls, cin, placement, "X1", null));
					episodes.add(new Episode(change, back, "P", ls, cin, temporary, "X1", null));
					rne = "P";
					decom = back;
				}
				continue;
			}
			String reason = move.equals("L") ? null : REASON_FOR_MOVE.pick(random);
			episodes.add(new Episode(decom, change, rne, ls, cin, placement, "X1", reason));
			switch (move) {
				case "L" -> ls = nextLegalStatus(ls, random);
				case "T" -> placement = placement.withPlace(longTermOf(placement.place()));
				case "B" -> {
					ls = nextLegalStatus(ls, random);
					placement = newPlacement(child, change, placement);
				}
				case "U" -> {
					ls = nextLegalStatus(ls, random);
					placement = placement.withPlace(longTermOf(placement.place()));
				}
				default -> placement = placementUnder(ls, child, change, placement);
			}
			rne = move;
			decom = change;
		}
		episodes.add(finalEpisode(child, decom, periodEnd, rne, ls, cin, placement, leavingReason));
		return episodes;
	}

	private Episode finalEpisode(Draft child, LocalDate decom, LocalDate periodEnd, String rne, String ls, String cin,
			Placement placement, String leavingReason) {
		if (periodEnd == null) {
			return new Episode(decom, null, rne, ls, cin, placement, null, null);
		}
		SplittableRandom random = child.random;
		String rec = switch (leavingReason) {
			case "AGE18" -> placement.isFoster() ? weighted("E17:55 E5:18 E6:10 E13:10 E8:7").pick(random)
					: weighted("E5:45 E6:35 E7:10 E8:10").pick(random);
			case "SGO" -> placement.isFoster()
					? (placement.place().equals("U1") || placement.place().equals("U3") ? "E45" : "E46")
					: (random.nextBoolean() ? "E47" : "E48");
			default -> leavingReason;
		};
		return new Episode(decom, periodEnd, rne, ls, cin, placement, rec, null);
	}

	private List<Episode> adoptionChain(Draft child, LocalDate periodStart, LocalDate periodEnd, String adoptedRec,
			AdoptionPlan plan) {
		SplittableRandom random = child.random;
		List<Episode> episodes = new ArrayList<>();
		String cin = random.nextInt(100) < 85 ? "N1" : "N5";
		Placement foster = newPlacement(child, periodStart, "U6", null);
		LocalDate limit = periodEnd == null ? this.end.plusDays(1) : periodEnd;
		String ls = "C1";
		String rne = "S";
		LocalDate decom = periodStart;
		if (ChronoUnit.DAYS.between(periodStart, plan.decision()) > 200 && plan.decision().isBefore(limit)) {
			LocalDate fullOrder = periodStart.plusDays(ChronoUnit.DAYS.between(periodStart, plan.decision()) / 2);
			episodes.add(new Episode(decom, fullOrder, rne, ls, cin, foster, "X1", null));
			ls = "C2";
			rne = "L";
			decom = fullOrder;
		}
		if (!plan.decision().isBefore(limit)) {
			episodes.add(finalEpisode(child, decom, periodEnd, rne, ls, cin, foster, "E4A"));
			return episodes;
		}
		episodes.add(new Episode(decom, plan.decision(), rne, ls, cin, foster, "X1", null));
		ls = "E1";
		rne = "L";
		decom = plan.decision();
		Placement placement = foster;
		LocalDate match = null;
		if (plan.placed().isBefore(limit)) {
			episodes.add(new Episode(decom, plan.placed(), rne, ls, cin, foster, "X1", "CARPL"));
			if (plan.carersAdopt()) {
				placement = foster.withPlace("A5");
				rne = "T";
			}
			else {
				String provider = weighted("PR1:55 PR2:30 PR5:15").pick(random);
				placement = new Placement("A6", provider, distinctPostcode(child, "A6", provider),
						"SC" + (700_000 + random.nextInt(200_000)));
				rne = "P";
			}
			decom = plan.placed();
			long window = ChronoUnit.DAYS.between(plan.decision(), plan.placed());
			match = plan.placed().minusDays(random.nextLong(Math.max(1, Math.min(window, 40))));
		}
		String rec = periodEnd != null && placement.place().startsWith("A") ? adoptedRec : "E4A";
		episodes.add(new Episode(decom, periodEnd, rne, ls, cin, placement, periodEnd == null ? null : rec, null));
		child.adoption = adoption(random, plan.decision(), match, plan.carersAdopt());
		return episodes;
	}

	private Adoption adoption(SplittableRandom random, LocalDate decision, LocalDate match, boolean carersAdopt) {
		// number, sex and legal status of adopters that agree with each other (rules
		// 511-524)
		String[] adopters = weighted(
				"1/F1/L0:14 1/M1/L0:2 2/MF/L11:55 2/MF/L3:14 2/FF/L12:5 2/MM/L12:3" + " 2/FF/L2:3 2/MM/L4:2 2/FF/L4:2")
			.pick(random)
			.split("/");
		// A5 is with the current foster carers, A6 with others (rule 335)
		return new Adoption(decision, match, carersAdopt ? "1" : "0", adopters[0], adopters[1], adopters[2]);
	}

	private String chooseMove(Draft child, String ls, Placement placement, boolean temporaryUsed) {
		boolean legalChange = !child.uasc && (ls.equals("C1") || ls.equals("V2"));
		boolean sameCarer = placement.place().equals("U3") || placement.place().equals("U6");
		boolean canGoTemporary = !temporaryUsed && (placement.isFoster() || placement.place().equals("K2"));
		String weights = "P:60" + (legalChange ? (ls.equals("C1") ? " L:45" : " L:12") + " B:8" : "")
				+ (legalChange && sameCarer ? " U:5" : "") + (sameCarer ? " T:12" : "")
				+ (canGoTemporary ? " TEMP:6" : "");
		return weighted(weights).pick(child.random);
	}

	/**
	 * Specs built from the child's situation repeat a lot; parsing each once keeps large
	 * runs fast.
	 */
	private Weighted weighted(String spec) {
		return this.weightsBySpec.computeIfAbsent(spec, Weighted::of);
	}

	private static String nextLegalStatus(String ls, SplittableRandom random) {
		return ls.equals("C1") ? "C2" : (random.nextInt(100) < 60 ? "C1" : "C2");
	}

	private static String longTermOf(String place) {
		return place.equals("U3") ? "U1" : "U4";
	}

	/**
	 * A new placement that the legal status allows: a child accommodated under s20 is not
	 * placed with parents (378).
	 */
	private Placement placementUnder(String ls, Draft child, LocalDate day, Placement previous) {
		Placement placement = newPlacement(child, day, previous);
		while (ls.equals("V2") && placement.place().equals("P1")) {
			placement = newPlacement(child, day, previous);
		}
		return placement;
	}

	private Placement newPlacement(Draft child, LocalDate day, Placement previous) {
		int age = ageAt(child, day);
		int year = yearOf(day);
		String k3 = year >= 2025 ? "K3" : "K2";
		String spec;
		if (child.uasc) {
			spec = age >= 16 ? k3 + ":50 U6:30 K2:20" : "U6:70 K2:30";
		}
		else if (age < 4) {
			spec = "U3:20 U6:60 U5:5 U1:3 U4:4 P1:5 R3:3";
		}
		else if (age < 10) {
			spec = "U1:10 U3:12 U4:20 U6:38 K2:8 P1:6 S1:3 U2:1 U5:2";
		}
		else if (age < 16) {
			spec = "U1:8 U3:8 U4:22 U6:27 K2:25 P1:5 S1:3 K1:1" + (age >= 14 ? " R5:0.5" : "");
		}
		else {
			spec = "U1:6 U3:5 U4:15 U6:20 K2:17 " + k3 + ":25 P1:5 R2:1 P3:1 R1:1" + (year >= 2026 ? " Z13:1" : "");
		}
		return newPlacement(child, day, weighted(spec).pick(child.random), previous);
	}

	private Placement newPlacement(Draft child, LocalDate day, String place, Placement previous) {
		SplittableRandom random = child.random;
		String provider = switch (place) {
			case "P1" -> "PR0";
			case "R2", "R5" -> "PR3";
			case "K1" -> random.nextInt(100) < 60 ? "PR2" : "PR1";
			case "K2" -> weighted("PR4:70 PR1:15 PR5:15").pick(random);
			case "K3", "S1" -> weighted("PR4:60 PR5:40").pick(random);
			case "R1", "R3", "P3" -> "PR4";
			case "Z13" -> null;
			default -> random.nextInt(100) < 65 ? "PR1" : "PR4";
		};
		String postcode = place.equals("P1") && child.homePostcode != null ? child.homePostcode
				: distinctPostcode(child, place, provider);
		String urn = null;
		if (!NO_URN.contains(place)) {
			urn = place.startsWith("U") && "PR1".equals(provider) ? this.ownFosteringUrn : "SC" + (place.startsWith("U")
					? 300_000 + 3_571 * random.nextInt(24) : 500_000 + random.nextInt(400_000));
		}
		Placement placement = new Placement(place, provider, postcode, urn);
		if (placement.equals(previous)) {
			// a move must change something about the placement (rules 435, 436)
			return new Placement(place, provider, distinctPostcode(child, place, provider), urn);
		}
		return placement;
	}

	private String distinctPostcode(Draft child, String place, String provider) {
		String postcode = this.postcodes.forPlacement(place, provider, child.random);
		while (postcode.equals(child.homePostcode)) {
			// home and placement postcodes are the same only for P1 (rule 392d)
			postcode = this.postcodes.forPlacement(place, provider, child.random);
		}
		return postcode;
	}

	private Placement temporaryPlacement(Draft child, Placement from) {
		String place = from.isFoster() ? weighted("T3:60 T1:20 T4:20").pick(child.random)
				: weighted("T1:50 T4:50").pick(child.random);
		return new Placement(place, null, distinctPostcode(child, place, null), null);
	}

	private List<LocalDate> reviews(LocalDate periodStart, LocalDate until, boolean closed) {
		List<LocalDate> reviews = new ArrayList<>();
		LocalDate review = periodStart.plusDays(20);
		int held = 0;
		while (review.isBefore(until) || (!closed && review.equals(until))) {
			reviews.add(review);
			review = held++ == 0 ? review.plusMonths(3) : review.plusMonths(6);
		}
		return reviews;
	}

	private List<MissingSpell> missing(Draft child, LocalDate periodStart, LocalDate until) {
		SplittableRandom random = child.random;
		LocalDate from = max(periodStart, child.dob.plusYears(11));
		if (!from.isBefore(until.minusDays(2)) || random.nextInt(100) >= 22) {
			return List.of();
		}
		List<MissingSpell> spells = new ArrayList<>();
		int count = 1 + random.nextInt(5);
		List<LocalDate> starts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			starts.add(between(random, from, until.minusDays(1)));
		}
		starts.sort(null);
		LocalDate previousEnd = null;
		for (LocalDate missingStart : starts) {
			if (previousEnd != null && !missingStart.isAfter(previousEnd)) {
				continue;
			}
			LocalDate yearEnd = LocalDate.of(yearOf(missingStart), 3, 31);
			LocalDate missingEnd = min(min(missingStart.plusDays(random.nextInt(7)), until), yearEnd);
			spells.add(new MissingSpell(random.nextInt(100) < 60 ? "M" : "A", missingStart, missingEnd));
			previousEnd = missingEnd;
		}
		return spells;
	}

	private List<SocialWorkerSpell> socialWorkers(SplittableRandom random, LocalDate periodStart, LocalDate periodEnd) {
		List<SocialWorkerSpell> spells = new ArrayList<>();
		LocalDate spellStart = periodStart;
		String reason = "FCONTA";
		LocalDate limit = periodEnd == null ? this.end.plusDays(1) : periodEnd;
		while (true) {
			String id = "SW" + (10_000 + random.nextInt(this.socialWorkers));
			LocalDate change = spellStart.plusDays(90 + random.nextInt(510));
			if (!change.isBefore(limit)) {
				spells.add(new SocialWorkerSpell(id, spellStart, periodEnd, reason));
				return spells;
			}
			spells.add(new SocialWorkerSpell(id, spellStart, change, reason));
			spellStart = change;
			reason = SOCIAL_WORKER_CHANGE.pick(random);
		}
	}

	private PreviousPermanence previousPermanence(Draft child, LocalDate periodStart, boolean first) {
		SplittableRandom random = child.random;
		long sinceBirth = ChronoUnit.DAYS.between(child.dob, periodStart);
		if (!first || sinceBirth < 120 || random.nextInt(100) < 75) {
			return new PreviousPermanence("Z1", "", "");
		}
		LocalDate date = child.dob.plusDays(30 + random.nextLong(sinceBirth - 60));
		String la = OTHER_LA_NUMBERS.get(random.nextInt(OTHER_LA_NUMBERS.size()));
		if (random.nextInt(100) < 20) {
			// an unknown day and month are written ZZ (ssda903.md 1.3); the year is
			// before care began
			return new PreviousPermanence("P4", "999", "ZZ/ZZ/" + (periodStart.getYear() - 1));
		}
		String code = weighted("P1:20 P2:45 P3:35").pick(random);
		return new PreviousPermanence(code, la, Dates.format(date));
	}

	private static int ageAt(Draft child, LocalDate day) {
		return (int) ChronoUnit.YEARS.between(child.dob, day);
	}

	private static LocalDate between(SplittableRandom random, LocalDate from, LocalDate to) {
		long days = ChronoUnit.DAYS.between(from, to);
		return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private record AdoptionPlan(LocalDate decision, LocalDate placed, boolean carersAdopt) {
	}

	/** The child while its history is being drawn. */
	private final class Draft {

		final int number;

		final SplittableRandom random;

		final boolean uasc;

		final boolean male;

		final String homePostcode;

		LocalDate dob;

		boolean shortBreaks;

		Adoption adoption;

		final List<CarePeriod> periods = new ArrayList<>();

		Draft(int number, SplittableRandom random, boolean uasc) {
			this.number = number;
			this.random = random;
			this.uasc = uasc;
			this.male = uasc ? random.nextInt(100) < 92 : random.nextInt(100) < 55;
			// an unaccompanied child has no home in England, so no home postcode and no
			// distance (rule 406)
			this.homePostcode = uasc ? null : CareSimulator.this.postcodes.home(random);
		}

		SyntheticChild build() {
			String ethnic = (this.uasc ? UASC_ETHNIC : ETHNIC).pick(this.random);
			String unknownUpn = this.uasc ? "UN2" : (this.random.nextInt(200) == 0 ? "UN3" : null);
			LocalDate motherChildDob = null;
			if (!this.male && !this.shortBreaks && this.random.nextInt(100) < 5) {
				LocalDate earliest = this.dob.plusYears(15);
				LocalDate left = this.periods.isEmpty() ? null : this.periods.get(this.periods.size() - 1).end();
				LocalDate latest = left == null ? CareSimulator.this.end
						: min(left.minusDays(1), CareSimulator.this.end);
				if (earliest.isBefore(latest)) {
					motherChildDob = between(this.random, max(earliest, latest.minusYears(2)), latest);
				}
			}
			String id = "C" + (100_000 + this.number);
			return new SyntheticChild(id, this.dob, this.male, ethnic, Upns.upn(this.number, this.dob), unknownUpn,
					this.homePostcode, this.uasc, this.shortBreaks, motherChildDob, this.adoption,
					List.copyOf(this.periods));
		}

	}

}
