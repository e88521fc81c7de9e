package org.ssda903.reference;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;

/**
 * Reads the ONS postcode directory (NSPL or ONSPD CSV layout) into an
 * {@link InMemoryPostcodeLookup}. Only the postcode ({@code pcd}, else {@code pcds}),
 * {@code oseast1m}, {@code osnrth1m}, {@code laua} (or {@code oslaua}) and, when present,
 * {@code utla} are read; other columns are ignored. The file is streamed: the national
 * file has about 2.7 million rows, so each row does no more than pick its five values.
 */
public final class PostcodeLookupLoader {

	private PostcodeLookupLoader() {
	}

	public static InMemoryPostcodeLookup load(Path csv) throws IOException {
		try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
			return load(reader);
		}
	}

	/**
	 * Loads every row that has a postcode and a numeric grid reference. Rows without one
	 * (terminated or non-geographic postcodes, where ONS leaves the grid reference blank)
	 * are left out: they could give no distance.
	 * @throws IllegalArgumentException when the header lacks a column the lookup needs
	 */
	public static InMemoryPostcodeLookup load(Reader source) throws IOException {
		InMemoryPostcodeLookup lookup = new InMemoryPostcodeLookup();
		forEach(source, lookup::put);
		return lookup;
	}

	/**
	 * Streams the rows {@link #load(Reader)} would keep to {@code each}, as postcode (as
	 * written in the file) and grid reference, without holding the file: for copying the
	 * national file elsewhere.
	 * @return how many rows were given to {@code each}
	 * @throws IllegalArgumentException when the header lacks a column the lookup needs
	 */
	public static long forEach(Reader source, BiConsumer<String, GridRef> each) throws IOException {
		try (CSVReader csv = ReferenceCsv.open(source)) {
			String[] header = csv.readNext();
			if (header == null) {
				throw new IllegalArgumentException("the postcode file is empty");
			}
			Columns columns = Columns.of(header);
			long kept = 0;
			String[] row;
			while ((row = csv.readNext()) != null) {
				if (columns.give(row, each)) {
					kept++;
				}
			}
			return kept;
		}
		catch (CsvValidationException ex) {
			throw new IOException("the postcode file cannot be read as CSV: " + ex.getMessage(), ex);
		}
	}

	private record Columns(int postcode, int easting, int northing, int laua, int utla) {

		private static final int ABSENT = -1;

		static Columns of(String[] header) {
			List<String> names = ReferenceCsv.names(header);
			int postcode = names.contains("pcd") ? names.indexOf("pcd") : names.indexOf("pcds");
			int laua = names.contains("laua") ? names.indexOf("laua") : names.indexOf("oslaua");
			Columns columns = new Columns(postcode, names.indexOf("oseast1m"), names.indexOf("osnrth1m"), laua,
					names.indexOf("utla"));
			List<String> missing = new ArrayList<>();
			if (columns.postcode == ABSENT) {
				missing.add("pcd or pcds");
			}
			if (columns.easting == ABSENT) {
				missing.add("oseast1m");
			}
			if (columns.northing == ABSENT) {
				missing.add("osnrth1m");
			}
			if (columns.laua == ABSENT) {
				missing.add("laua or oslaua");
			}
			if (!missing.isEmpty()) {
				throw new IllegalArgumentException("the postcode file is not in the ONS NSPL/ONSPD layout: it has no "
						+ String.join(", ", missing) + " column");
			}
			return columns;
		}

		boolean give(String[] row, BiConsumer<String, GridRef> each) {
			if (row.length <= Math.max(Math.max(this.postcode, this.easting), Math.max(this.northing, this.laua))) {
				return false;
			}
			int easting = parseMetres(row[this.easting]);
			int northing = parseMetres(row[this.northing]);
			if (easting < 0 || northing < 0) {
				return false;
			}
			String utla = ReferenceCsv.value(row, this.utla);
			each.accept(row[this.postcode], new GridRef(easting, northing, row[this.laua].trim(), utla));
			return true;
		}

		/** Whole metres, or -1 when blank or not a whole number. */
		private static int parseMetres(String text) {
			String value = text.trim();
			if (value.isEmpty()) {
				return -1;
			}
			try {
				return Integer.parseInt(value);
			}
			catch (NumberFormatException ex) {
				return -1;
			}
		}

	}

}
