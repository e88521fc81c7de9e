package org.ssda903.kpi;

import java.util.Locale;

import org.ssda903.kpi.local.LocalExtracts;
import org.ssda903.reference.PostcodeLookup;

/**
 * Everything a KPI of one period reads besides the children, who are fed to it one at a
 * time ({@link KpiCalculator.Tally}).
 *
 * @param period the days the KPIs cover
 * @param laCode the council's ONS code (lower or upper tier), to tell children from the
 * council's area
 * @param postcodes the postcode lookup; {@link PostcodeLookup#none()} when none is loaded
 * @param local the council's own extracts for measures 903 does not carry;
 * {@link LocalExtracts#none()} when none
 * @param population the council's resident children by mid-year, for rates;
 * {@link ChildPopulation#none()} when no population file was given
 */
public record KpiContext(KpiPeriod period, String laCode, PostcodeLookup postcodes, LocalExtracts local,
		ChildPopulation population) {

	public KpiContext {
		laCode = (laCode == null) ? "" : laCode.trim().toUpperCase(Locale.ROOT);
		if (period == null || postcodes == null || local == null || population == null) {
			throw new IllegalArgumentException(
					"KPI inputs need a period, a postcode lookup, local extracts and a population");
		}
	}

}
