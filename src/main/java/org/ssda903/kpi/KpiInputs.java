package org.ssda903.kpi;

import java.util.ArrayList;
import java.util.List;

import org.ssda903.kpi.local.LocalExtracts;
import org.ssda903.model.ChildRecords;
import org.ssda903.reference.PostcodeLookup;

/**
 * A period's children held in memory with everything else a KPI may read: what a table
 * test gives a KPI, fed to its {@link KpiCalculator.Tally} a child at a time as the
 * pack's one pass does.
 *
 * @param children the children as the period reads them
 * ({@link CareHistory#childrenAsAt}): their episodes walk back into earlier years'
 * returns
 * @param context the period and what else the KPIs read
 * @param memo each child's facts, worked out once for every KPI of the inputs
 */
public record KpiInputs(List<ChildRecords> children, KpiContext context, Memo memo) {

	public KpiInputs(List<ChildRecords> children, KpiPeriod period, String laCode, PostcodeLookup postcodes,
			LocalExtracts local) {
		this(children, new KpiContext(period, laCode, postcodes, local, ChildPopulation.none()), new Memo());
	}

	public KpiInputs {
		children = List.copyOf(children);
	}

	public KpiPeriod period() {
		return this.context.period();
	}

	/** The same inputs with the council's child population, for rates per 10,000. */
	public KpiInputs withPopulation(ChildPopulation childPopulation) {
		KpiContext given = this.context;
		return new KpiInputs(this.children,
				new KpiContext(given.period(), given.laCode(), given.postcodes(), given.local(), childPopulation),
				new Memo());
	}

	/**
	 * The facts of every child, each numbered by its place in {@link #children}, worked
	 * out once for all the KPIs computed from the inputs.
	 */
	List<ChildFacts> facts() {
		return this.memo.facts(this);
	}

	/** What the KPIs of one set of inputs share, worked out once: each child's facts. */
	public static final class Memo {

		private List<ChildFacts> facts;

		private synchronized List<ChildFacts> facts(KpiInputs inputs) {
			if (this.facts == null) {
				List<ChildFacts> all = new ArrayList<>(inputs.children().size());
				for (int i = 0; i < inputs.children().size(); i++) {
					all.add(new ChildFacts(inputs.children().get(i), i, inputs.context()));
				}
				this.facts = List.copyOf(all);
			}
			return this.facts;
		}

	}

}
