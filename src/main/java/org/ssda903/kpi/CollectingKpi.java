package org.ssda903.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * A KPI whose rows are worked out from a few small values taken from each child, such as
 * days missing, with no children behind its rows to list.
 *
 * @param <T> the values taken
 */
final class CollectingKpi<T> implements KpiCalculator {

	private final KpiDefinition definition;

	private final BiConsumer<ChildFacts, Consumer<T>> values;

	private final BiFunction<KpiContext, List<T>, List<KpiResult>> rows;

	/**
	 * @param values gives the child's values, none or several, to the consumer
	 * @param rows the rows from the values of every child, in the order taken
	 */
	CollectingKpi(KpiDefinition definition, BiConsumer<ChildFacts, Consumer<T>> values,
			BiFunction<KpiContext, List<T>, List<KpiResult>> rows) {
		this.definition = definition;
		this.values = values;
		this.rows = rows;
	}

	@Override
	public KpiDefinition definition() {
		return this.definition;
	}

	@Override
	public Tally tally(KpiContext context) {
		List<T> taken = new ArrayList<>();
		return new Tally() {
			@Override
			public void add(ChildFacts child) {
				CollectingKpi.this.values.accept(child, taken::add);
			}

			@Override
			public List<KpiResult> rows() {
				return CollectingKpi.this.rows.apply(context, taken);
			}
		};
	}

}
