package org.ssda903.kpi;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;

/**
 * Writes kpi.csv (contract.md): ISO dates, blanks for absent numbers, values as plain decimals with their own
 * scale, fields quoted only when they must be, "\n" line ends; the same rows always give the same bytes.
 */
public final class KpiCsvWriter {

	static final String[] HEADER = { "kpi_id", "name", "period_start", "period_end", "breakdown", "breakdown_value",
			"numerator", "denominator", "value" };

	/** Writes the header and the rows in the order given; flushes but leaves the writer open for its owner. */
	public void write(Collection<KpiResult> rows, Writer out) throws IOException {
		ICSVWriter csv = new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
				ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
		csv.writeNext(HEADER, false);
		for (KpiResult row : rows) {
			csv.writeNext(new String[] { row.kpiId(), row.name(), iso(row.periodStart()), iso(row.periodEnd()),
					row.breakdown(), row.breakdownValue(), text(row.numerator()), text(row.denominator()),
					text(row.value()) }, false);
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
