package org.ssda903.kpi;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.ssda903.kpi.local.LocalExtracts;
import org.ssda903.model.ChildRecords;
import org.ssda903.model.ChildSource;
import org.ssda903.model.CollectionYear;
import org.ssda903.reference.PostcodeLookup;

/**
 * Runs one calculator over an extract, read as production reads it, and picks out its
 * rows.
 */
final class KpiTesting {

	static final KpiPeriod YEAR_2024_25 = KpiPeriod.forCollectionYear(new CollectionYear(2025));

	static final String COUNCIL = "E06000034";

	private KpiTesting() {
	}

	static List<KpiResult> run(KpiCalculator calculator, Extract extract) {
		return calculator.compute(inputs(extract));
	}

	/**
	 * The children as the period reads them, with last year's return (the year before the
	 * period end's) given.
	 */
	static List<KpiResult> run(KpiCalculator calculator, List<ChildRecords> children, List<ChildRecords> previousYear,
			KpiPeriod period, PostcodeLookup postcodes) {
		return calculator.compute(inputs(children, previousYear, period, postcodes, LocalExtracts.none()));
	}

	/** The extract as 2024-25's return, read as {@link KpiPack#build} reads it. */
	static KpiInputs inputs(Extract extract) {
		return inputs(extract.children(), List.of(), YEAR_2024_25, PostcodeLookup.none(), LocalExtracts.none());
	}

	/**
	 * The inputs {@link KpiPack#build} gives the KPIs of a period: the children of a care
	 * history holding the return of the period end's year (and last year's, when given)
	 * as at the period end, so that every table test reads episodes as production does.
	 */
	static KpiInputs inputs(List<ChildRecords> children, List<ChildRecords> previousYear, KpiPeriod period,
			PostcodeLookup postcodes, LocalExtracts local) {
		int year = CareHistory.yearOf(period.end());
		SortedMap<Integer, ChildSource> years = new TreeMap<>();
		years.put(year, ChildSource.of(children));
		if (!previousYear.isEmpty()) {
			years.put(year - 1, ChildSource.of(previousYear));
		}
		return new KpiInputs(new CareHistory(years).childrenAsAt(period.end()), period, COUNCIL, postcodes, local);
	}

	static KpiResult overall(List<KpiResult> rows) {
		return row(rows, "", "");
	}

	static KpiResult row(List<KpiResult> rows, String breakdown, String group) {
		return rows.stream()
			.filter((row) -> row.breakdown().equals(breakdown) && row.breakdownValue().equals(group))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row " + breakdown + "=" + group));
	}

	/**
	 * "numerator/denominator value", blanks as empty, to assert a whole row at a glance.
	 */
	static String summary(KpiResult row) {
		return text(row.numerator()) + "/" + text(row.denominator()) + " " + text(row.value());
	}

	private static String text(Object value) {
		return (value == null) ? ""
				: (value instanceof java.math.BigDecimal decimal) ? decimal.toPlainString() : value.toString();
	}

}
