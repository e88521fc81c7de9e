package org.ssda903.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;

import org.ssda903.model.CollectionYear;
import org.ssda903.model.Dates;
import org.ssda903.model.Table;

/**
 * Small extracts, one per loader edge case of contract.md, each a valid four-child
 * council plus one defect. Where the defect is a byte sequence no CSV writer would
 * produce (BOM, CRLF, broken quoting, Latin-1), the bytes are written directly.
 */
final class BrokenExtracts {

	private final CollectionYear year;

	/** The first calendar year of the collection year, e.g. 2024 for 2024-25. */
	private final int y0;

	BrokenExtracts(CollectionYear year) {
		this.year = year;
		this.y0 = year.endYear() - 1;
	}

	void writeAll(Path root) throws IOException {
		shortRow(root.resolve("short-row"));
		badDate(root.resolve("bad-date"));
		bom(root.resolve("bom"));
		duplicateRow(root.resolve("duplicate-row"));
		unknownFile(root.resolve("unknown-file"));
		emptyFile(root.resolve("empty-file"));
		notUtf8(root.resolve("not-utf8"));
		brokenQuote(root.resolve("broken-quote"));
		blankChild(root.resolve("blank-child"));
		quotedFields(root.resolve("quoted-fields"));
		excelTrailingCommas(root.resolve("excel-trailing-commas"));
		isoDates(root.resolve("iso-dates"));
		twoDigitYears(root.resolve("two-digit-years"));
		xlsxBesideCsv(root.resolve("xlsx-beside-csv"));
		duplicatedLayout(root.resolve("duplicated-layout"));
		wrongYear(root.resolve("wrong-year"));
		unknownCouncil(root.resolve("unknown-council"));
	}

	private void shortRow(Path dir) throws IOException {
		List<String[]> header = header();
		header.add(headerRow("B005", "M", date(30, 6, this.y0 - 7), "WOTH", 5, ""));
		List<String[]> episodes = episodes();
		episodes.add(new String[] { "B005", date(19, 9, this.y0), "S", "V2", "N4", "U6", "PR1" });
		write(dir, header, episodes);
		expected(dir, "episodes.csv line 8 (child B005) has 7 fields where the header has 13. Expected: that row"
				+ " is rejected (reason: field count) and written to rejected/episodes.csv; the other six episodes"
				+ " and all five header rows load, so episodes read 7 = loaded 6 + rejected 1. B005 stays in the"
				+ " header with no episode, which the validation reports as usual.");
	}

	private void badDate(Path dir) throws IOException {
		List<String[]> header = header();
		header.add(headerRow("B005", "F", this.y0 + "-01-05", "WBRI", 5, "0"));
		List<String[]> episodes = episodes();
		episodes.get(2)[1] = "31/02/" + this.y0;
		episodes.add(episodeRow("B005", date(10, 5, this.y0), "S", "C1", "N1", "U6", "PR1", "", "", "", "RM16 2XY",
				"RM15 3AB", "SC100034"));
		write(dir, header, episodes);
		expected(dir, "episodes.csv line 4 (child B002) has DECOM 31/02/" + this.y0 + ", which is not a date;"
				+ " header.csv line 6 (child B005) has DOB " + this.y0 + "-01-05, which is not in dd/mm/yyyy"
				+ " form. Expected: the episode row is rejected (an episode has no identity without a valid DECOM),"
				+ " so episodes read 7 = loaded 6 + rejected 1; the header row is loaded as it is and rule 102"
				+ " (DOB invalid) reports it in validation/issues.csv.");
	}

	private void bom(Path dir) throws IOException {
		Files.createDirectories(dir);
		for (Table table : List.of(Table.HEADER, Table.EPISODES)) {
			String text = csv(table, table == Table.HEADER ? header() : episodes(), false, "\r\n");
			byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
			Files.write(dir.resolve(table.fileName()), concat(bom, text.getBytes(StandardCharsets.UTF_8)));
		}
		expected(dir, "Both files start with a UTF-8 byte order mark (EF BB BF) and end their lines with CRLF, as"
				+ " files saved from Excel on Windows do. Expected: both load normally (4 header rows, 6 episodes,"
				+ " nothing rejected); the first column is recognised as CHILD, not as BOM+CHILD, and no value"
				+ " keeps a trailing carriage return.");
	}

	private void duplicateRow(Path dir) throws IOException {
		List<String[]> episodes = episodes();
		episodes.add(episodes.get(1).clone());
		write(dir, header(), episodes);
		expected(dir,
				"episodes.csv line 8 is an exact copy of line 3 (child B001's second episode). Expected:"
						+ " the first occurrence (line 3) loads and line 8 is rejected as a duplicate, so episodes read"
						+ " 7 = loaded 6 + rejected 1.");
	}

	private void unknownFile(Path dir) throws IOException {
		write(dir, header(), episodes());
		String carers = "CHILD,CARER_REF,APPROVED_FROM\nB001,CR0042," + date(1, 4, this.y0 - 3) + "\n";
		Files.writeString(dir.resolve("carers.csv"), carers, StandardCharsets.UTF_8);
		expected(dir, "carers.csv has the columns CHILD, CARER_REF, APPROVED_FROM, which match no 903 layout."
				+ " Expected: the job stops before loading anything, with a message naming carers.csv; header.csv"
				+ " and episodes.csv are valid.");
	}

	private void emptyFile(Path dir) throws IOException {
		write(dir, header(), episodes());
		Files.writeString(dir.resolve(Table.MISSING.fileName()), csv(Table.MISSING, List.of(), false, "\n"),
				StandardCharsets.UTF_8);
		expected(dir, "missing.csv has its header line and no rows. Expected: it is valid and loads nothing (read"
				+ " 0 = loaded 0 + rejected 0); header.csv and episodes.csv load normally.");
	}

	private void notUtf8(Path dir) throws IOException {
		write(dir, header(), episodes());
		String text = csv(Table.HEADER, header(), false, "\n").replace("B003,", "B\u00e9003,");
		Files.write(dir.resolve(Table.HEADER.fileName()), text.getBytes(StandardCharsets.ISO_8859_1));
		expected(dir,
				"header.csv was saved as ISO-8859-1: the CHILD id on line 4 is 'B', byte E9 (Latin-1"
						+ " e-acute), then '003', and a lone E9 byte is not valid UTF-8. Expected: the job stops with a"
						+ " message naming header.csv as not UTF-8 text; nothing is loaded from it.");
	}

	private void brokenQuote(Path dir) throws IOException {
		write(dir, header(), episodes());
		String text = csv(Table.EPISODES, episodes(), false, "\n").replace(
				"B003," + date(12, 8, this.y0) + ",L,C2,N1,U6,PR1," + date(20, 11, this.y0) + ",E4A,,RM18 6PQ,",
				"B003," + date(12, 8, this.y0) + ",L,C2,N1,U6,PR1," + date(20, 11, this.y0) + ",E4A,,\"RM18 6PQ,");
		Files.writeString(dir.resolve(Table.EPISODES.fileName()), text, StandardCharsets.UTF_8);
		expected(dir, "episodes.csv line 6 (child B003's second episode) opens a quote at HOME_POST (\"RM18 6PQ)"
				+ " and never closes it; no later line contains a quote. Expected: that row is rejected (reason:"
				+ " quoting) and the following row, line 7 (child B004), loads, so episodes read 6 = loaded 5 +"
				+ " rejected 1. The reader must not let the open quote swallow the rest of the file.");
	}

	private void blankChild(Path dir) throws IOException {
		List<String[]> episodes = episodes();
		episodes.add(episodeRow("", date(19, 9, this.y0), "S", "V2", "N4", "U6", "PR1", "", "", "", "RM16 5CD",
				"RM17 6EF", "SC100034"));
		write(dir, header(), episodes);
		expected(dir, "episodes.csv line 8 has a blank CHILD. Expected: that row is rejected (it cannot be placed"
				+ " with any child), so episodes read 7 = loaded 6 + rejected 1; everything else loads.");
	}

	private void quotedFields(Path dir) throws IOException {
		List<String[]> header = new ArrayList<>();
		for (String[] row : header()) {
			String[] lower = lowerCaseCodes(row, 1);
			lower[4] = row[4];
			header.add(lower);
		}
		List<String[]> episodes = new ArrayList<>();
		for (String[] row : episodes()) {
			String[] lower = lowerCaseCodes(row, 1);
			// postcodes, dates and URNs keep their case; only codes are lowered
			for (int column : new int[] { 1, 7, 10, 11, 12 }) {
				lower[column] = row[column];
			}
			episodes.add(lower);
		}
		episodes.get(1)[12] = "SC303571,B";
		Files.createDirectories(dir);
		Files.writeString(dir.resolve(Table.HEADER.fileName()), csv(Table.HEADER, header, true, "\n"),
				StandardCharsets.UTF_8);
		Files.writeString(dir.resolve(Table.EPISODES.fileName()), csv(Table.EPISODES, episodes, true, "\n"),
				StandardCharsets.UTF_8);
		expected(dir, "Every field of both files is quoted, codes are in lower case (sex m/f, ethnic wbri, rne s,"
				+ " ls c2, place u4, provider pr1, rec x1, reason carpl ...) and the URN of episodes.csv line 3 is"
				+ " \"SC303571,B\", a quoted comma. Expected: both files load normally (4 header rows, 6 episodes,"
				+ " nothing rejected), codes are upper-cased at load, and that URN loads as the single value"
				+ " SC303571,B (which later URN rules may question).");
	}

	private void excelTrailingCommas(Path dir) throws IOException {
		Files.createDirectories(dir);
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		// a sheet with formatted columns beyond the table: every line, the header's too,
		// ends with empty fields
		String header = appendToLines(csv(Table.HEADER, header(), false, "\r\n"), ",,,", true);
		// a trailing comma on every data row, the header line as the DfE names it
		String episodes = appendToLines(csv(Table.EPISODES, episodes(), false, "\r\n"), ",", false);
		Files.write(dir.resolve(Table.HEADER.fileName()), concat(bom, header.getBytes(StandardCharsets.UTF_8)));
		Files.write(dir.resolve(Table.EPISODES.fileName()), concat(bom, episodes.getBytes(StandardCharsets.UTF_8)));
		expected(dir, "Saved from Excel as CSV UTF-8 (byte order mark, CRLF). header.csv: the header line ends"
				+ " with three empty column names (...,MC_DOB,,,) and every row with three empty fields;"
				+ " episodes.csv: every data row ends with a trailing comma (14 fields where the header has 13)."
				+ " Expected: the empty fields beyond the header are dropped, with one warning per file naming it,"
				+ " and everything loads (header read 4 = loaded 4, episodes read 6 = loaded 6, nothing rejected).");
	}

	private void isoDates(Path dir) throws IOException {
		write(dir, reformatDates(header(), Table.HEADER, BrokenExtracts::isoDate),
				reformatDates(episodes(), Table.EPISODES, BrokenExtracts::isoDate));
		expected(dir, "Every date of both files is written yyyy-mm-dd (DOB " + isoDate(date(14, 3, this.y0 - 12))
				+ ", DECOM " + isoDate(date(1, 6, this.y0 - 2)) + ", ...), as a case-management system writes"
				+ " them. Expected: each file is read as yyyy-mm-dd, with one warning per file, and everything"
				+ " loads (4 header rows, 6 episodes, nothing rejected); the staged rows and the return hold the"
				+ " dates as dd/mm/yyyy (DECOM " + date(1, 6, this.y0 - 2) + ").");
	}

	private void twoDigitYears(Path dir) throws IOException {
		write(dir, reformatDates(header(), Table.HEADER, BrokenExtracts::twoDigitYear),
				reformatDates(episodes(), Table.EPISODES, BrokenExtracts::twoDigitYear));
		expected(dir, "Every date of both files is written dd/mm/yy (DOB " + twoDigitYear(date(14, 3, this.y0 - 12))
				+ ", DECOM " + twoDigitYear(date(1, 6, this.y0 - 2)) + ", ...). A two-digit year is never guessed."
				+ " Expected: every episode is rejected with the reason \"DECOM has a two-digit year, which is"
				+ " never guessed: write dd/mm/yyyy\" (episodes read 6 = rejected 6), so the plausibility gate"
				+ " stops the run as bad input (exit 3) naming episodes.csv, that reason, 6 of 6 rows and line 2;"
				+ " no return is stored.");
	}

	private void xlsxBesideCsv(Path dir) throws IOException {
		write(dir, header(), episodes());
		// the start of a zip archive, as an .xlsx file begins; the job must not try to
		// read it
		byte[] xlsx = { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00 };
		Files.write(dir.resolve("missing.xlsx"), xlsx);
		expected(dir, "missing.xlsx, a spreadsheet, lies beside header.csv and episodes.csv. Expected: the log"
				+ " names missing.xlsx as ignored, with the hint to save it from Excel as CSV UTF-8; the two CSV"
				+ " files load normally (4 header rows, 6 episodes, nothing rejected).");
	}

	private void duplicatedLayout(Path dir) throws IOException {
		write(dir, header(), episodes());
		List<String[]> placed = new ArrayList<>();
		placed.add(new String[] { "B001", date(14, 3, this.y0 - 12), date(10, 7, this.y0), "", "" });
		String text = csv(Table.PLACED_FOR_ADOPTION, placed, false, "\n");
		Files.writeString(dir.resolve(Table.PLACED_FOR_ADOPTION.fileName()), text, StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("placed_for_adoption_errors.csv"), text, StandardCharsets.UTF_8);
		expected(dir, "placed_for_adoption_errors.csv has the same columns as placed_for_adoption.csv, as in the"
				+ " public validator's sample folder. Expected: the job stops before loading anything (exit 3)"
				+ " with a message naming both files and the folder, saying to remove placed_for_adoption_errors.csv;"
				+ " no stack trace is printed.");
	}

	private void wrongYear(Path dir) throws IOException {
		write(dir, header(), episodes());
		CollectionYear next = new CollectionYear(this.year.endYear() + 1);
		expected(dir,
				"A valid " + this.year.label() + " extract (its latest date is " + date(20, 11, this.y0) + "), run for "
						+ next.label() + ". Expected: no date of the extract falls in " + next.label()
						+ ", so the plausibility gate stops the run as bad input (exit 3) with a message suggesting"
						+ " --year " + this.year.endYear() + "; no return is stored.",
				next, "E06000034");
	}

	private void unknownCouncil(Path dir) throws IOException {
		write(dir, header(), episodes());
		expected(dir, "A valid extract, run for the council code E99999999, which has the shape of an ONS code"
				+ " but is no council's. Expected: the command stops before anything runs (exit 2) with a message"
				+ " that E99999999 is not a council's ONS code in the local authority code list; a lower-case"
				+ " e06000034 is accepted as E06000034.", this.year, "E99999999");
	}

	/** Each line of the text with a suffix; the header line too, or data lines only. */
	private static String appendToLines(String text, String suffix, boolean header) {
		String[] lines = text.split("\r\n");
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < lines.length; i++) {
			out.append(lines[i]).append(i > 0 || header ? suffix : "").append("\r\n");
		}
		return out.toString();
	}

	private static List<String[]> reformatDates(List<String[]> rows, Table table, UnaryOperator<String> form) {
		List<Integer> dates = new ArrayList<>();
		for (String column : table.columns()) {
			if (List.of("DOB", "MC_DOB", "DECOM", "DEC").contains(column)) {
				dates.add(table.indexOf(column));
			}
		}
		List<String[]> reformatted = new ArrayList<>();
		for (String[] row : rows) {
			String[] copy = row.clone();
			for (int index : dates) {
				copy[index] = copy[index].isEmpty() ? "" : form.apply(copy[index]);
			}
			reformatted.add(copy);
		}
		return reformatted;
	}

	private static String isoDate(String dfeDate) {
		return Dates.parse(dfeDate).orElseThrow().toString();
	}

	private static String twoDigitYear(String dfeDate) {
		return dfeDate.substring(0, 6) + dfeDate.substring(8);
	}

	private String[] lowerCaseCodes(String[] row, int from) {
		String[] lower = row.clone();
		for (int i = from; i < lower.length; i++) {
			lower[i] = lower[i].toLowerCase(Locale.ROOT);
		}
		return lower;
	}

	private List<String[]> header() {
		List<String[]> rows = new ArrayList<>();
		rows.add(headerRow("B001", "M", date(14, 3, this.y0 - 12), "WBRI", 1, ""));
		rows.add(headerRow("B002", "F", date(2, 9, this.y0 - 9), "BAFR", 2, "0"));
		rows.add(headerRow("B003", "M", date(21, 11, this.y0 - 6), "MWBC", 3, ""));
		rows.add(headerRow("B004", "F", date(5, 1, this.y0 - 15), "WBRI", 4, "0"));
		return rows;
	}

	private String[] headerRow(String child, String sex, String dob, String ethnic, int number, String mother) {
		String sexCode = this.year.endYear() <= 2024 ? (sex.equals("M") ? "1" : "2") : sex;
		LocalDate parsedDob = Dates.parse(dob).orElse(LocalDate.of(this.y0 - 8, 1, 1));
		return new String[] { child, sexCode, dob, ethnic, Upns.upn(900_000 + number, parsedDob), mother, "" };
	}

	private List<String[]> episodes() {
		List<String[]> rows = new ArrayList<>();
		rows.add(episodeRow("B001", date(1, 6, this.y0 - 2), "S", "C2", "N1", "U6", "PR1", date(10, 7, this.y0), "X1",
				"CARPL", "RM16 1AB", "RM17 2DE", "SC100034"));
		rows.add(episodeRow("B001", date(10, 7, this.y0), "P", "C2", "N1", "U4", "PR4", "", "", "", "RM16 1AB",
				"SS14 3FG", "SC303571"));
		rows.add(episodeRow("B002", date(15, 5, this.y0), "S", "V2", "N4", "U3", "PR1", "", "", "", "RM17 4HJ",
				"RM19 5LN", "SC100034"));
		rows.add(episodeRow("B003", date(3, 9, this.y0 - 1), "S", "C1", "N1", "U6", "PR1", date(12, 8, this.y0), "X1",
				"", "RM18 6PQ", "DA1 7RS", "SC100034"));
		rows.add(episodeRow("B003", date(12, 8, this.y0), "L", "C2", "N1", "U6", "PR1", date(20, 11, this.y0), "E4A",
				"", "RM18 6PQ", "DA1 7RS", "SC100034"));
		rows.add(episodeRow("B004", date(8, 1, this.y0), "S", "C2", "N5", "K2", "PR4", "", "", "", "RM20 8TU",
				"NR2 9WX", "SC512345"));
		return rows;
	}

	private static String[] episodeRow(String... values) {
		return Arrays.copyOf(values, values.length);
	}

	private static String date(int day, int month, int year) {
		return Dates.format(LocalDate.of(year, month, day));
	}

	private void write(Path dir, List<String[]> header, List<String[]> episodes) throws IOException {
		Files.createDirectories(dir);
		Files.writeString(dir.resolve(Table.HEADER.fileName()), csv(Table.HEADER, header, false, "\n"),
				StandardCharsets.UTF_8);
		Files.writeString(dir.resolve(Table.EPISODES.fileName()), csv(Table.EPISODES, episodes, false, "\n"),
				StandardCharsets.UTF_8);
	}

	private void expected(Path dir, String paragraph) throws IOException {
		expected(dir, paragraph, this.year, "E06000034");
	}

	private void expected(Path dir, String paragraph, CollectionYear runAs, String council) throws IOException {
		String text = "# " + dir.getFileName() + "\n\n" + paragraph + " Run it as collection year " + runAs.endYear()
				+ " (" + runAs.label() + "), council " + council + ". All data are synthetic.\n";
		Files.writeString(dir.resolve("EXPECTED.md"), text, StandardCharsets.UTF_8);
	}

	private static String csv(Table table, List<String[]> rows, boolean quoteAll, String lineEnd) {
		StringWriter text = new StringWriter();
		try (ICSVWriter csv = new CSVWriterBuilder(text).withLineEnd(lineEnd).build()) {
			csv.writeNext(table.columns().toArray(String[]::new), quoteAll);
			for (String[] row : rows) {
				csv.writeNext(row, quoteAll);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString();
	}

	private static byte[] concat(byte[] first, byte[] second) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(first);
		out.writeBytes(second);
		return out.toByteArray();
	}

}
