package org.ssda903.kpi;

import java.util.List;
import java.util.Locale;

import org.ssda903.kpi.local.LocalExtracts;
import org.ssda903.model.ChildRecords;
import org.ssda903.reference.PostcodeLookup;

/**
 * Everything a KPI may read.
 *
 * @param children the children as the period reads them
 * ({@link CareHistory#childrenAsAt}): their episodes walk back into earlier years'
 * returns
 * @param period the days the KPIs cover
 * @param laCode the council's ONS code (lower or upper tier), to tell children from the
 * council's area
 * @param postcodes the postcode lookup; {@link PostcodeLookup#none()} when none is loaded
 * @param local the council's own extracts for measures 903 does not carry;
 * {@link LocalExtracts#none()} when none
 * @param population the council's resident children by mid-year, for rates;
 * {@link ChildPopulation#none()} when no population file was given
 */
public record KpiInputs(List<ChildRecords> children, KpiPeriod period, String laCode, PostcodeLookup postcodes,
		LocalExtracts local, ChildPopulation population, Memo memo) {

	public KpiInputs(List<ChildRecords> children, KpiPeriod period, String laCode, PostcodeLookup postcodes,
			LocalExtracts local) {
		this(children, period, laCode, postcodes, local, ChildPopulation.none(), new Memo());
	}

	public KpiInputs {
		children = List.copyOf(children);
		laCode = laCode == null ? "" : laCode.trim().toUpperCase(Locale.ROOT);
		if (period == null || postcodes == null || local == null || population == null) {
			throw new IllegalArgumentException(
					"KPI inputs need a period, a postcode lookup, local extracts and a" + " population");
		}
	}

	/** The same inputs with the council's child population, for rates per 10,000. */
	public KpiInputs withPopulation(ChildPopulation childPopulation) {
		return new KpiInputs(this.children, this.period, this.laCode, this.postcodes, this.local, childPopulation,
				new Memo());
	}

	/**
	 * What the KPIs of one set of inputs share, worked out once: each child's facts
	 * (episodes in scope, periods of care, placements), which every KPI of the catalogue
	 * reads.
	 */
	public static final class Memo {

		private List<ChildFacts> facts;

		List<ChildFacts> facts(KpiInputs inputs, java.util.function.Function<KpiInputs, List<ChildFacts>> compute) {
			if (this.facts == null) {
				this.facts = List.copyOf(compute.apply(inputs));
			}
			return this.facts;
		}

	}

}
