package org.ssda903.kpi;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.CollectionYear;
import org.ssda903.reference.PostcodeLookup;

/** Runs one calculator over an extract and picks out its rows. */
final class KpiTesting {

	static final KpiPeriod YEAR_2024_25 = KpiPeriod.forCollectionYear(new CollectionYear(2025));

	static final String COUNCIL = "E06000034";

	private KpiTesting() {
	}

	static List<KpiResult> run(KpiCalculator calculator, Extract extract) {
		return run(calculator, extract.children(), List.of(), YEAR_2024_25, PostcodeLookup.none());
	}

	/**
	 * The children as the period reads them, with last year's return (the year before the
	 * period end's) given.
	 */
	static List<KpiResult> run(KpiCalculator calculator, List<ChildRecords> children, List<ChildRecords> previousYear,
			KpiPeriod period, PostcodeLookup postcodes) {
		int year = CareHistory.yearOf(period.end());
		SortedMap<Integer, Map<String, ChildRecords>> years = new TreeMap<>();
		years.put(year, byId(children));
		if (!previousYear.isEmpty()) {
			years.put(year - 1, byId(previousYear));
		}
		List<ChildRecords> read = new CareHistory(years).childrenAsAt(period.end());
		return calculator.compute(KpiInputs.of(read, period, COUNCIL, postcodes));
	}

	private static Map<String, ChildRecords> byId(List<ChildRecords> children) {
		Map<String, ChildRecords> byId = new TreeMap<>();
		children.forEach((child) -> byId.put(child.child(), child));
		return byId;
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
