package org.ssda903.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ssda903.kpi.local.LocalExtracts;
import org.ssda903.model.ChildRecords;
import org.ssda903.model.Columns;
import org.ssda903.model.Episodes;
import org.ssda903.model.PeriodsOfCare;
import org.ssda903.model.Row;
import org.ssda903.model.Table;
import org.ssda903.reference.Distance;
import org.ssda903.reference.GridRef;

/**
 * What the KPIs need to know about one child over one period, derived once from the
 * child's rows.
 */
final class ChildFacts {

	private final ChildRecords child;

	private final KpiInputs inputs;

	private final List<Row> inScopeEpisodes;

	private final Row episodeAtEnd;

	// several KPIs read the periods of care; they are worked out on first use
	private List<PeriodsOfCare.Period> periodsOfCare;

	private ChildFacts(ChildRecords child, KpiInputs inputs) {
		this.child = child;
		this.inputs = inputs;
		this.inScopeEpisodes = inScopeEpisodes(child);
		this.episodeAtEnd = episodeOpenOn(this.inScopeEpisodes, inputs.period().end());
	}

	/**
	 * The facts of every child of the inputs, worked out once for all the KPIs computed
	 * from them.
	 */
	static List<ChildFacts> of(KpiInputs inputs) {
		return inputs.memo().facts(inputs, ChildFacts::compute);
	}

	private static List<ChildFacts> compute(KpiInputs inputs) {
		List<ChildFacts> facts = new ArrayList<>(inputs.children().size());
		for (ChildRecords child : inputs.children()) {
			facts.add(new ChildFacts(child, inputs));
		}
		return facts;
	}

	ChildRecords records() {
		return this.child;
	}

	KpiPeriod period() {
		return this.inputs.period();
	}

	/** Episodes other than short breaks (V3/V4), with a valid DECOM, by DECOM. */
	List<Row> inScopeEpisodes() {
		return this.inScopeEpisodes;
	}

	/**
	 * A child with episodes that are all short breaks is in no cohort, even one not built
	 * from episodes.
	 */
	boolean hasOnlyShortBreaks() {
		return this.inScopeEpisodes.isEmpty() && this.child.has(Table.EPISODES);
	}

	/** CLA-01: looked after at the end of the period. */
	boolean isLookedAfterAtEnd() {
		return this.episodeAtEnd != null;
	}

	/**
	 * The episode open at the period end with the latest DECOM; null when not looked
	 * after then.
	 */
	Row episodeAtEnd() {
		return this.episodeAtEnd;
	}

	boolean isLookedAfterDuringPeriod() {
		return !episodesOverlappingPeriod().isEmpty();
	}

	List<Row> episodesOverlappingPeriod() {
		KpiPeriod period = period();
		return this.inScopeEpisodes.stream()
			.filter((episode) -> Episodes.overlaps(episode, period.start(), period.end()))
			.toList();
	}

	/**
	 * The episodes that end a period of care within the period: REC present and not X1,
	 * DEC in the period.
	 */
	List<Row> leavingEpisodesInPeriod() {
		KpiPeriod period = period();
		return this.inScopeEpisodes.stream().filter((episode) -> {
			String rec = episode.get(Columns.REC);
			LocalDate dec = episode.dateOrNull(Columns.DEC);
			return !rec.isEmpty() && !rec.equals("X1") && dec != null && within(dec, period);
		}).toList();
	}

	/**
	 * The periods of care over the child's episodes, which already walk back into earlier
	 * returns.
	 */
	List<PeriodsOfCare.Period> periodsOfCare() {
		if (this.periodsOfCare == null) {
			this.periodsOfCare = PeriodsOfCare.of(this.child, null);
		}
		return this.periodsOfCare;
	}

	/**
	 * UASC at the period end: a uasc.csv row whose DUC is blank or after the end. An
	 * unreadable DUC is read as no end, as an unreadable DEC is for episodes.
	 */
	boolean isUascAtEnd() {
		LocalDate end = period().end();
		return this.child.rows(Table.UASC).stream().anyMatch((row) -> {
			LocalDate duc = row.dateOrNull(Columns.DUC);
			return duc == null || duc.isAfter(end);
		});
	}

	/**
	 * Whole years at the period end by calendar arithmetic; empty without a header date
	 * of birth.
	 */
	Optional<Integer> ageAtEnd() {
		Row header = this.child.header();
		LocalDate dob = (header == null) ? null : header.dateOrNull(Columns.DOB);
		if (dob == null || dob.isAfter(period().end())) {
			return Optional.empty();
		}
		return Optional.of(age(dob, period().end()));
	}

	String sex() {
		Row header = this.child.header();
		return (header == null) ? "" : header.get(Columns.SEX);
	}

	/** The home postcode of the episode at the end, in the lookup. */
	Optional<GridRef> homeAtEnd() {
		return (this.episodeAtEnd == null) ? Optional.empty()
				: this.inputs.postcodes().find(this.episodeAtEnd.get(Columns.HOME_POST));
	}

	String laCode() {
		return this.inputs.laCode();
	}

	/** The placement postcode of the episode at the end, in the lookup. */
	Optional<GridRef> placementAtEnd() {
		return (this.episodeAtEnd == null) ? Optional.empty()
				: this.inputs.postcodes().find(this.episodeAtEnd.get(Columns.PL_POST));
	}

	/**
	 * The episode that describes the child for a breakdown: the one open at the end, else
	 * the last one in the period, so that flow KPIs (who went missing, who left) can be
	 * split by placement and legal status too.
	 */
	Optional<Row> reportingEpisode() {
		if (this.episodeAtEnd != null) {
			return Optional.of(this.episodeAtEnd);
		}
		List<Row> inPeriod = episodesOverlappingPeriod();
		return inPeriod.isEmpty() ? Optional.empty() : Optional.of(inPeriod.get(inPeriod.size() - 1));
	}

	/**
	 * The period of care the episode at the end belongs to; empty when not looked after
	 * at the end.
	 */
	Optional<PeriodsOfCare.Period> periodOfCareAtEnd() {
		return (this.episodeAtEnd == null) ? Optional.empty()
				: PeriodsOfCare.containing(periodsOfCare(), this.episodeAtEnd);
	}

	/** The local extracts given with the run. */
	LocalExtracts local() {
		return this.inputs.local();
	}

	/**
	 * Miles from home to placement of the episode at the end; empty when either postcode
	 * is blank or unknown.
	 */
	Optional<BigDecimal> placementDistanceAtEnd() {
		if (this.episodeAtEnd == null) {
			return Optional.empty();
		}
		Optional<GridRef> home = homeAtEnd();
		Optional<GridRef> placement = this.inputs.postcodes().find(this.episodeAtEnd.get(Columns.PL_POST));
		if (home.isEmpty() || placement.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(Distance.miles(home.get(), placement.get()));
	}

	/**
	 * The largest N whose Nth birthday (DOB plus N years, 29 February falling to 28
	 * February) is on or before the day. Period.between is not used: it puts the first
	 * birthday of a 29 February baby on 1 March.
	 */
	static int age(LocalDate dob, LocalDate day) {
		int years = day.getYear() - dob.getYear();
		if (dob.plusYears(years).isAfter(day)) {
			years--;
		}
		return years;
	}

	static boolean within(LocalDate day, KpiPeriod period) {
		return !day.isBefore(period.start()) && !day.isAfter(period.end());
	}

	private static List<Row> inScopeEpisodes(ChildRecords child) {
		List<Row> episodes = new ArrayList<>();
		for (Row episode : child.episodesByStart()) {
			if (!Episodes.isShortBreak(episode) && episode.dateOrNull(Columns.DECOM) != null) {
				episodes.add(episode);
			}
		}
		return List.copyOf(episodes);
	}

	/**
	 * Among episodes open on the day, the one with the latest DECOM (the later line on a
	 * tie).
	 */
	private static Row episodeOpenOn(List<Row> episodesByStart, LocalDate day) {
		Row open = null;
		for (Row episode : episodesByStart) {
			if (Episodes.isOpenOn(episode, day)) {
				open = episode;
			}
		}
		return open;
	}

}
