package org.ssda903.validation.rules;

import static org.ssda903.model.Table.EPISODES;
import static org.ssda903.model.Table.UASC;
import static org.ssda903.validation.Severity.ERROR;
import static org.ssda903.validation.rules.RowChecks.is;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.Columns;
import org.ssda903.model.Episodes;
import org.ssda903.model.Row;
import org.ssda903.validation.ChildRule;
import org.ssda903.validation.Needs;
import org.ssda903.validation.Rule;
import org.ssda903.validation.ValidationContext;
import org.ssda903.validation.Years;
import org.ssda903.validation.facts.PlacementLocation;

/**
 * Checks of the episode postcodes and the fields the DfE derives from them (ssda903.md
 * 3.G, 4.6). All but 392b, which only asks for both postcodes, need the postcode lookup
 * and are skipped without it.
 * <p>
 * 411 (PL_LOCATION IN while PL_LA is not the council) is not declared: PL_LOCATION is
 * derived from PL_LA here, as the DfE derives it, so the two cannot disagree.
 */
public final class PostcodeRules {

	private static final BigDecimal LARGEST_DISTANCE = new BigDecimal("999.9");

	/** The DfE's "distance not applicable" value, which 454 lets through. */
	private static final BigDecimal DISTANCE_SENTINEL = LARGEST_DISTANCE;

	private static final BigDecimal FAR_AWAY = new BigDecimal("350");

	private static final List<Rule> RULES = List.of(
			// a grid reference outside Great Britain's grid (a damaged lookup) is the
			// only way to exceed the range
			ChildRule.of("164", ERROR, List.of(EPISODES), List.of(Columns.HOME_POST, Columns.PL_POST), Years.all(),
					"The distance from home to placement is outside 0.0 to 999.9 miles.", (child, ctx, flag) -> {
						if (isUascNowOrFormerly(child, ctx)) {
							return;
						}
						for (Row episode : child.rows(EPISODES)) {
							BigDecimal distance = PlacementLocation.of(episode, ctx).distance();
							if (distance != null && distance.compareTo(LARGEST_DISTANCE) > 0) {
								flag.accept(episode);
							}
						}
					})
				.needing(Needs.POSTCODES),
			ChildRule.of("169", ERROR, List.of(EPISODES), List.of(Columns.LS, Columns.PL_POST), Years.all(),
					"The placement's local authority cannot be found: the placement postcode is missing or not known.",
					(child, ctx, flag) -> eachLookedAfter(child, flag,
							(episode) -> PlacementLocation.of(episode, ctx).la() == null))
				.needing(Needs.POSTCODES),
			// derived from the same lookup as PL_LA, so this fails with 169; the DfE
			// reports both
			ChildRule
				.of("179", ERROR, List.of(EPISODES), List.of(Columns.LS, Columns.PL_POST), Years.all(),
						"Whether the placement is inside or outside the council's area cannot be found: the placement"
								+ " postcode is missing or not known.",
						(child, ctx, flag) -> eachLookedAfter(child, flag,
								(episode) -> PlacementLocation.of(episode, ctx).location() == null))
				.needing(Needs.POSTCODES),
			ChildRule.of("392a", ERROR, List.of(EPISODES), List.of(Columns.LS, Columns.HOME_POST, Columns.PL_POST),
					Years.all(),
					"The distance from home to placement cannot be found: a postcode is missing or not known.",
					(child, ctx, flag) -> {
						if (!isUascNowOrFormerly(child, ctx)) {
							eachLookedAfter(child, flag,
									(episode) -> PlacementLocation.of(episode, ctx).distance() == null);
						}
					})
				.needing(Needs.POSTCODES),
			ChildRule.of("392b", ERROR, List.of(EPISODES), List.of(Columns.LS, Columns.HOME_POST, Columns.PL_POST),
					Years.all(), "The home postcode or the placement postcode is missing.", (child, ctx, flag) -> {
						if (!isUascNowOrFormerly(child, ctx)) {
							eachLookedAfter(child, flag, (episode) -> episode.isBlank(Columns.HOME_POST)
									|| episode.isBlank(Columns.PL_POST));
						}
					}),
			ChildRule.of("392c", ERROR, List.of(EPISODES), List.of(Columns.HOME_POST, Columns.PL_POST), Years.all(),
					"The home postcode or the placement postcode is not a known postcode.", (child, ctx, flag) -> {
						for (Row episode : child.rows(EPISODES)) {
							if (isUnknown(episode, Columns.HOME_POST, ctx)
									|| isUnknown(episode, Columns.PL_POST, ctx)) {
								flag.accept(episode);
							}
						}
					})
				.needing(Needs.POSTCODES),
			ChildRule.of("406", ERROR, List.of(EPISODES), List.of(Columns.HOME_POST, Columns.PL_POST), Years.all(),
					"The child is or was an unaccompanied asylum-seeking child, so no home postcode should give a"
							+ " distance to the placement.",
					(child, ctx, flag) -> {
						if (!isUascNowOrFormerly(child, ctx)) {
							return;
						}
						for (Row episode : child.rows(EPISODES)) {
							if (PlacementLocation.of(episode, ctx).distance() != null) {
								flag.accept(episode);
							}
						}
					})
				.needing(Needs.POSTCODES),
			ChildRule.of("420", ERROR, List.of(EPISODES), List.of(Columns.LS, Columns.PL_POST), Years.all(),
					"A short break episode should have no placement postcode that gives a local authority.",
					(child, ctx, flag) -> {
						for (Row episode : child.rows(EPISODES)) {
							if (Episodes.isShortBreak(episode) && PlacementLocation.of(episode, ctx).la() != null) {
								flag.accept(episode);
							}
						}
					})
				.needing(Needs.POSTCODES),
			ChildRule.of("1015", ERROR, List.of(EPISODES),
					List.of(Columns.PLACE_PROVIDER, Columns.PLACE, Columns.LS, Columns.PL_POST), Years.all(),
					"The placement is the council's own provision, but it is in another local authority's area.",
					(child, ctx, flag) -> {
						for (Row episode : child.rows(EPISODES)) {
							if (is(episode, Columns.PLACE_PROVIDER, "PR1") && !Episodes.isShortBreak(episode)
									&& !ctx.codes().adoptionPlacements().contains(episode.get(Columns.PLACE))
									&& !ctx.codes().fosterPlacements().contains(episode.get(Columns.PLACE))) {
								String la = PlacementLocation.of(episode, ctx).la();
								if (la != null && !la.equals(ctx.laCode())) {
									flag.accept(episode);
								}
							}
						}
					})
				.needing(Needs.POSTCODES),
			ChildRule.of("454", ERROR, List.of(EPISODES), List.of(Columns.HOME_POST, Columns.PL_POST), Years.from(2026),
					"The placement is more than 350 miles from home.", (child, ctx, flag) -> {
						for (Row episode : child.rows(EPISODES)) {
							BigDecimal distance = PlacementLocation.of(episode, ctx).distance();
							if (distance != null && distance.compareTo(FAR_AWAY) > 0
									&& distance.compareTo(DISTANCE_SENTINEL) != 0) {
								flag.accept(episode);
							}
						}
					})
				.needing(Needs.POSTCODES));

	private PostcodeRules() {
	}

	public static List<Rule> rules() {
		return RULES;
	}

	/** Flags each episode other than a short break that fails the test. */
	private static void eachLookedAfter(ChildRecords child, Consumer<Row> flag, Predicate<Row> fails) {
		for (Row episode : child.rows(EPISODES)) {
			if (!Episodes.isShortBreak(episode) && fails.test(episode)) {
				flag.accept(episode);
			}
		}
	}

	/**
	 * UASC now or formerly: in uasc.csv this year, or in last year's when that return is
	 * available. Such children may have no home postcode in England, so distance rules
	 * treat them apart.
	 */
	private static boolean isUascNowOrFormerly(ChildRecords child, ValidationContext ctx) {
		if (child.has(UASC)) {
			return true;
		}
		ChildRecords last = ctx.previousYearOf(child);
		return last != null && last.has(UASC);
	}

	private static boolean isUnknown(Row episode, String column, ValidationContext ctx) {
		return episode.isPresent(column) && ctx.postcodes().find(episode.get(column)).isEmpty();
	}

}
