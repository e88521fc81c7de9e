package org.ssda903.kpi;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ssda903.model.ChildRecords;
import org.ssda903.reference.PostcodeLookup;

/**
 * Everything a KPI may read.
 *
 * @param children the children of the current extract
 * @param previousYear the children of last year's return by child id, for walking a period of care back; empty
 * when last year's return is not available
 * @param period the days the KPIs cover
 * @param laCode the council's ONS code (lower or upper tier), to tell children from the council's area
 * @param postcodes the postcode lookup; {@link PostcodeLookup#none()} when none is loaded
 */
public record KpiInputs(List<ChildRecords> children, Map<String, ChildRecords> previousYear, KpiPeriod period,
		String laCode, PostcodeLookup postcodes) {

	public KpiInputs {
		children = List.copyOf(children);
		previousYear = Map.copyOf(previousYear);
		laCode = laCode == null ? "" : laCode.trim().toUpperCase(Locale.ROOT);
		if (period == null || postcodes == null) {
			throw new IllegalArgumentException("KPI inputs need a period and a postcode lookup");
		}
	}

	public static KpiInputs of(Collection<ChildRecords> children, Collection<ChildRecords> previousYearChildren,
			KpiPeriod period, String laCode, PostcodeLookup postcodes) {
		Map<String, ChildRecords> previousYear = new HashMap<>();
		for (ChildRecords child : previousYearChildren) {
			previousYear.put(child.child(), child);
		}
		return new KpiInputs(List.copyOf(children), previousYear, period, laCode, postcodes);
	}

	/** The child in last year's return, or null when not there. */
	public ChildRecords previousYearOf(ChildRecords child) {
		return this.previousYear.get(child.child());
	}

}
