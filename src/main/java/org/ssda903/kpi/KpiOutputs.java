package org.ssda903.kpi;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;

import org.ssda903.kpi.report.CommitteeReport;
import org.ssda903.kpi.report.ReportContext;

/**
 * The files of a KPI pack, the same whether a nightly run or {@code kpi} writes them:
 * kpi.csv with the rows of every quarter end of the trend, coverage.csv saying which days
 * of each period no stored return covers, children.csv with the child ids behind every
 * row (personal data: never part of the committee report) and the report itself.
 */
public final class KpiOutputs {

	public static final String KPI_CSV = "kpi.csv";

	public static final String COVERAGE_CSV = "coverage.csv";

	public static final String CHILDREN_CSV = "children.csv";

	public static final String REPORT = "committee-report.html";

	public static final String REPORT_PDF = "committee-report.pdf";

	static final String[] COVERAGE_HEADER = { "period_start", "period_end", "not_covered_start", "not_covered_end",
			"days_not_covered" };

	static final String[] CHILDREN_HEADER = { "kpi_id", "period_end", "breakdown", "breakdown_value", "child_id",
			"in_numerator" };

	private static final byte[] IN_NUMERATOR = "1\n".getBytes(StandardCharsets.UTF_8);

	private static final byte[] NOT_IN_NUMERATOR = "0\n".getBytes(StandardCharsets.UTF_8);

	private static final byte[] NO_NUMERATOR = "\n".getBytes(StandardCharsets.UTF_8);

	private KpiOutputs() {
	}

	/** Each file by name, with what writes it; in the order written. */
	public static Map<String, Output> of(KpiPack pack, ReportContext context) {
		return files(pack, context, (out) -> new KpiCsvWriter().write(pack.allRows(), writer(out)));
	}

	/**
	 * As {@link #of}, for a pack that leaves the run's folder for committee: counts of 1
	 * to 4 suppressed in the CSV as in the report (the unsuppressed figures stay in the
	 * database).
	 */
	public static Map<String, Output> published(KpiPack pack, ReportContext context) {
		return files(pack, context, (out) -> new KpiCsvWriter().writePublished(pack, writer(out)));
	}

	private static Map<String, Output> files(KpiPack pack, ReportContext context, Output kpiCsv) {
		Map<String, Output> files = new LinkedHashMap<>();
		files.put(KPI_CSV, kpiCsv);
		files.put(COVERAGE_CSV, (out) -> coverage(pack, out));
		files.put(CHILDREN_CSV, (out) -> children(pack, out));
		files.put(REPORT,
				(out) -> out.write(CommitteeReport.renderHtml(pack, context).getBytes(StandardCharsets.UTF_8)));
		files.put(REPORT_PDF, (out) -> out.write(CommitteeReport.renderPdf(pack, context)));
		return files;
	}

	private static void coverage(KpiPack pack, OutputStream out) throws IOException {
		ICSVWriter csv = csv(out);
		csv.writeNext(COVERAGE_HEADER, false);
		pack.periods().forEach((day, rows) -> {
			KpiPeriod period = KpiPeriod.asAt(day);
			KpiPeriod missing = pack.notCovered().get(day);
			if (missing == null) {
				csv.writeNext(new String[] { period.start().toString(), period.end().toString(), "", "", "0" }, false);
				return;
			}
			long days = ChronoUnit.DAYS.between(missing.start(), missing.end()) + 1;
			csv.writeNext(new String[] { period.start().toString(), period.end().toString(), missing.start().toString(),
					missing.end().toString(), String.valueOf(days) }, false);
		});
		finish(csv, COVERAGE_CSV);
	}

	/**
	 * Streams the rows' children as bytes rather than making a line object of each: a
	 * national pack lists millions. Each line is the row's fields, then the child's, each
	 * quoted as opencsv quotes it; the row's are encoded once per row and the child's
	 * once per child.
	 */
	private static void children(KpiPack pack, OutputStream out) throws IOException {
		LineBuffer lines = new LineBuffer(out);
		lines.write(line(CHILDREN_HEADER).getBytes(StandardCharsets.UTF_8));
		KpiDrillDown drillDown = pack.members();
		byte[][] childFields = new byte[drillDown.children()][];
		for (Map.Entry<LocalDate, List<KpiResult>> period : pack.periods().entrySet()) {
			List<KpiResult> rows = period.getValue();
			List<MemberList> members = drillDown.rowsOf(period.getKey());
			for (int r = 0; r < members.size(); r++) {
				MemberList children = members.get(r);
				if (children.size() == 0) {
					continue;
				}
				KpiResult row = rows.get(r);
				byte[] rowFields = bytes(
						line(row.kpiId(), row.periodEnd().toString(), row.breakdown(), row.breakdownValue()));
				for (int i = 0; i < children.size(); i++) {
					int child = children.child(i);
					if (childFields[child] == null) {
						childFields[child] = bytes(line(drillDown.childId(child)));
					}
					Boolean inNumerator = children.inNumerator(i);
					lines.write(rowFields);
					lines.write(childFields[child]);
					lines.write((inNumerator == null) ? NO_NUMERATOR : inNumerator ? IN_NUMERATOR : NOT_IN_NUMERATOR);
				}
			}
		}
		lines.flush();
	}

	/** The line's bytes with a field separator in place of its line end. */
	private static byte[] bytes(String line) {
		byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
		bytes[bytes.length - 1] = ',';
		return bytes;
	}

	/** The fields as one CSV line, as {@link #csv} writes them. */
	private static String line(String... fields) {
		StringWriter line = new StringWriter();
		try (ICSVWriter csv = new CSVWriter(line, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
				ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n")) {
			csv.writeNext(fields, false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return line.toString();
	}

	private static Writer writer(OutputStream out) {
		return new OutputStreamWriter(out, StandardCharsets.UTF_8);
	}

	private static ICSVWriter csv(OutputStream out) {
		return new CSVWriter(writer(out), ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
				ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
	}

	private static void finish(ICSVWriter csv, String file) throws IOException {
		csv.flush();
		if (csv.checkError()) {
			throw (csv.getException() != null) ? csv.getException() : new IOException(file + " could not be written");
		}
	}

	/** Bytes gathered into large writes, with no lock or encoder per line. */
	private static final class LineBuffer {

		private final OutputStream out;

		private final byte[] buffer = new byte[1 << 16];

		private int used;

		LineBuffer(OutputStream out) {
			this.out = out;
		}

		void write(byte[] bytes) throws IOException {
			if (this.used + bytes.length > this.buffer.length) {
				drain();
			}
			if (bytes.length > this.buffer.length) {
				this.out.write(bytes);
				return;
			}
			System.arraycopy(bytes, 0, this.buffer, this.used, bytes.length);
			this.used += bytes.length;
		}

		void flush() throws IOException {
			drain();
			this.out.flush();
		}

		private void drain() throws IOException {
			this.out.write(this.buffer, 0, this.used);
			this.used = 0;
		}

	}

	/** Writes one file's bytes. */
	@FunctionalInterface
	public interface Output {

		void writeTo(OutputStream out) throws IOException;

	}

}
