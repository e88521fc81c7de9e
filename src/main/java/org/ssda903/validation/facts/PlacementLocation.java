package org.ssda903.validation.facts;

import java.math.BigDecimal;

import org.ssda903.model.Columns;
import org.ssda903.model.Row;
import org.ssda903.reference.Distance;
import org.ssda903.reference.GridRef;
import org.ssda903.reference.PostcodeLookup;
import org.ssda903.validation.ValidationContext;

/**
 * The fields the DfE derives from an episode's postcodes (ssda903.md 4.6): they are not
 * in the extract, so rules that read them build them here, once per episode they look at.
 *
 * @param la PL_LA: the upper-tier code of the placement postcode, or SCO, NIR or WAL
 * outside England; null when the placement postcode is blank or not known
 * @param location PL_LOCATION: IN when {@code la} is the council's code, else OUT; null
 * when {@code la} is
 * @param distance PL_DISTANCE: miles from home to placement, one decimal place; null when
 * either postcode is blank or not known
 */
public record PlacementLocation(String la, String location, BigDecimal distance) {

	public static final String INSIDE = "IN";

	public static final String OUTSIDE = "OUT";

	/** Looks up the episode's HOME_POST and PL_POST in the context's postcode lookup. */
	public static PlacementLocation of(Row episode, ValidationContext ctx) {
		PostcodeLookup lookup = ctx.postcodes();
		GridRef placement = lookup.find(episode.get(Columns.PL_POST)).orElse(null);
		if (placement == null) {
			return new PlacementLocation(null, null, null);
		}
		String la = authorityOf(placement);
		String location = (la == null) ? null : (la.equals(ctx.laCode()) ? INSIDE : OUTSIDE);
		GridRef home = lookup.find(episode.get(Columns.HOME_POST)).orElse(null);
		return new PlacementLocation(la, location, home == null ? null : Distance.miles(home, placement));
	}

	/**
	 * The DfE reports placements in Scotland, Northern Ireland and Wales by nation, as
	 * those councils do not return a 903; the lower-tier code's first letter gives the
	 * nation. A lookup without upper-tier codes falls back to the lower tier, which is
	 * the same code for the unitary councils that most placements are in.
	 */
	private static String authorityOf(GridRef ref) {
		String laua = ref.laua();
		if (laua.startsWith("S")) {
			return "SCO";
		}
		if (laua.startsWith("N")) {
			return "NIR";
		}
		if (laua.startsWith("W")) {
			return "WAL";
		}
		if (!ref.utla().isEmpty()) {
			return ref.utla();
		}
		return laua.isEmpty() ? null : laua;
	}

}
