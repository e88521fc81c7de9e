package org.ssda903.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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
 * child's rows: some fifty KPIs ask the same questions of each child, so every answer is
 * worked out on first use and kept.
 */
final class ChildFacts {

	private final ChildRecords child;

	private final int index;

	private final KpiContext context;

	private final List<Row> inScopeEpisodes;

	private final Row episodeAtEnd;

	private List<Row> episodesOverlappingPeriod;

	private List<Row> leavingEpisodesInPeriod;

	private List<PeriodsOfCare.Period> periodsOfCare;

	private Optional<PeriodsOfCare.Period> periodOfCareAtEnd;

	private Boolean uascAtEnd;

	private Optional<Integer> ageAtEnd;

	private Optional<GridRef> homeAtEnd;

	private Optional<GridRef> placementAtEnd;

	private Optional<BigDecimal> placementDistanceAtEnd;

	private Optional<ReturnedHomeMedianKpi.TimeInCare> timeInCareBeforeReturningHome;

	// the group of each breakdown asked so far: a dozen KPIs split by the same few
	private Breakdown[] breakdownsAsked;

	private int[] groupsFound;

	private int asked;

	/**
	 * @param index the child's place among the children of the pass, which the drill-down
	 * records instead of the id
	 */
	ChildFacts(ChildRecords child, int index, KpiContext context) {
		this.child = child;
		this.index = index;
		this.context = context;
		this.inScopeEpisodes = inScopeEpisodes(child);
		this.episodeAtEnd = episodeOpenOn(this.inScopeEpisodes, context.period().end());
	}

	ChildRecords records() {
		return this.child;
	}

	int index() {
		return this.index;
	}

	KpiPeriod period() {
		return this.context.period();
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
		if (this.episodesOverlappingPeriod == null) {
			KpiPeriod period = period();
			this.episodesOverlappingPeriod = this.inScopeEpisodes.stream()
				.filter((episode) -> Episodes.overlaps(episode, period.start(), period.end()))
				.toList();
		}
		return this.episodesOverlappingPeriod;
	}

	/**
	 * The episodes that end a period of care within the period: REC present and not X1,
	 * DEC in the period.
	 */
	List<Row> leavingEpisodesInPeriod() {
		if (this.leavingEpisodesInPeriod == null) {
			KpiPeriod period = period();
			this.leavingEpisodesInPeriod = this.inScopeEpisodes.stream().filter((episode) -> {
				String rec = episode.get(Columns.REC);
				LocalDate dec = episode.dateOrNull(Columns.DEC);
				return !rec.isEmpty() && !rec.equals("X1") && dec != null && within(dec, period);
			}).toList();
		}
		return this.leavingEpisodesInPeriod;
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
		if (this.uascAtEnd == null) {
			LocalDate end = period().end();
			this.uascAtEnd = this.child.rows(Table.UASC).stream().anyMatch((row) -> {
				LocalDate duc = row.dateOrNull(Columns.DUC);
				return duc == null || duc.isAfter(end);
			});
		}
		return this.uascAtEnd;
	}

	/**
	 * Whole years at the period end by calendar arithmetic; empty without a header date
	 * of birth.
	 */
	Optional<Integer> ageAtEnd() {
		if (this.ageAtEnd == null) {
			Row header = this.child.header();
			LocalDate dob = (header == null) ? null : header.dateOrNull(Columns.DOB);
			this.ageAtEnd = (dob == null || dob.isAfter(period().end())) ? Optional.empty()
					: Optional.of(age(dob, period().end()));
		}
		return this.ageAtEnd;
	}

	String sex() {
		Row header = this.child.header();
		return (header == null) ? "" : header.get(Columns.SEX);
	}

	/** The home postcode of the episode at the end, in the lookup. */
	Optional<GridRef> homeAtEnd() {
		if (this.homeAtEnd == null) {
			this.homeAtEnd = (this.episodeAtEnd == null) ? Optional.empty()
					: this.context.postcodes().find(this.episodeAtEnd.get(Columns.HOME_POST));
		}
		return this.homeAtEnd;
	}

	String laCode() {
		return this.context.laCode();
	}

	/** The placement postcode of the episode at the end, in the lookup. */
	Optional<GridRef> placementAtEnd() {
		if (this.placementAtEnd == null) {
			this.placementAtEnd = (this.episodeAtEnd == null) ? Optional.empty()
					: this.context.postcodes().find(this.episodeAtEnd.get(Columns.PL_POST));
		}
		return this.placementAtEnd;
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
		if (this.periodOfCareAtEnd == null) {
			this.periodOfCareAtEnd = (this.episodeAtEnd == null) ? Optional.empty()
					: PeriodsOfCare.containing(periodsOfCare(), this.episodeAtEnd);
		}
		return this.periodOfCareAtEnd;
	}

	/**
	 * Miles from home to placement of the episode at the end; empty when either postcode
	 * is blank or unknown.
	 */
	Optional<BigDecimal> placementDistanceAtEnd() {
		if (this.placementDistanceAtEnd == null) {
			Optional<GridRef> home = homeAtEnd();
			Optional<GridRef> placement = placementAtEnd();
			this.placementDistanceAtEnd = (home.isEmpty() || placement.isEmpty()) ? Optional.empty()
					: Optional.of(Distance.miles(home.get(), placement.get()));
		}
		return this.placementDistanceAtEnd;
	}

	/**
	 * The place of the child's group among the breakdown's groups; -1 when the group is
	 * none of them.
	 */
	int groupIndex(Breakdown breakdown) {
		for (int i = 0; i < this.asked; i++) {
			if (this.breakdownsAsked[i] == breakdown) {
				return this.groupsFound[i];
			}
		}
		if (this.breakdownsAsked == null || this.asked == this.breakdownsAsked.length) {
			int room = (this.asked == 0) ? 4 : this.asked * 2;
			this.breakdownsAsked = (this.breakdownsAsked == null) ? new Breakdown[room]
					: Arrays.copyOf(this.breakdownsAsked, room);
			this.groupsFound = (this.groupsFound == null) ? new int[room] : Arrays.copyOf(this.groupsFound, room);
		}
		int group = breakdown.groups().indexOf(breakdown.groupOf().apply(this));
		this.breakdownsAsked[this.asked] = breakdown;
		this.groupsFound[this.asked++] = group;
		return group;
	}

	/**
	 * The start of the period of care and the day of the return home, for a child whose
	 * last leaving in the period was one (PRM-02 and the KPIs that share its cohort).
	 */
	Optional<ReturnedHomeMedianKpi.TimeInCare> timeInCareBeforeReturningHome() {
		if (this.timeInCareBeforeReturningHome == null) {
			this.timeInCareBeforeReturningHome = ReturnedHomeMedianKpi.timeInCareBeforeReturningHome(this);
		}
		return this.timeInCareBeforeReturningHome;
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
