package org.ssda903.kpi;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;

/**
 * Writes kpi.csv (contract.md): ISO dates, blanks for absent numbers, values as plain
 * decimals with their own scale, fields quoted only when they must be, "\n" line ends;
 * the same rows always give the same bytes. The run folder's copy has every figure; the
 * copy {@code kpi} publishes for a committee has small counts suppressed, as its report
 * has.
 */
public final class KpiCsvWriter {

	static final String[] HEADER = { "kpi_id", "name", "period_start", "period_end", "breakdown", "breakdown_value",
			"numerator", "denominator", "value" };

	/**
	 * Writes the header and the rows in the order given; flushes but leaves the writer
	 * open for its owner.
	 */
	public void write(Collection<KpiResult> rows, Writer out) throws IOException {
		write(rows, (row) -> new String[] { text(row.numerator()), text(row.denominator()), text(row.value()) }, out);
	}

	/**
	 * Writes the pack's own quarter as published: a count from 1 to 4, and a value built
	 * on one, is written as "c" ({@link Disclosure}).
	 */
	public void writePublished(KpiPack pack, Writer out) throws IOException {
		Map<String, KpiKind> kinds = pack.definitions()
			.stream()
			.collect(Collectors.toMap(KpiDefinition::id, KpiDefinition::kind));
		write(pack.allRows(), (row) -> published(row, kinds.get(row.kpiId())), out);
	}

	private static String[] published(KpiResult row, KpiKind kind) {
		boolean valueSuppressed = Disclosure.suppressed(row, kind);
		// a count's numerator is the count itself
		String numerator = (kind == KpiKind.COUNT && valueSuppressed) ? Disclosure.SUPPRESSED : count(row.numerator());
		return new String[] { numerator, count(row.denominator()),
				valueSuppressed ? Disclosure.SUPPRESSED : text(row.value()) };
	}

	private static String count(Integer count) {
		return Disclosure.disclosable(count) ? text(count) : Disclosure.SUPPRESSED;
	}

	private static void write(Collection<KpiResult> rows, Function<KpiResult, String[]> figures, Writer out)
			throws IOException {
		ICSVWriter csv = new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
				ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
		csv.writeNext(HEADER, false);
		for (KpiResult row : rows) {
			String[] numbers = figures.apply(row);
			csv.writeNext(new String[] { row.kpiId(), row.name(), iso(row.periodStart()), iso(row.periodEnd()),
					row.breakdown(), row.breakdownValue(), numbers[0], numbers[1], numbers[2] }, false);
		}
		csv.flush();
		if (csv.checkError()) {
			throw (csv.getException() != null) ? csv.getException() : new IOException("kpi.csv could not be written");
		}
	}

	private static String iso(LocalDate day) {
		return day.toString();
	}

	private static String text(Integer number) {
		return (number == null) ? "" : number.toString();
	}

	private static String text(BigDecimal value) {
		return (value == null) ? "" : value.toPlainString();
	}

}
