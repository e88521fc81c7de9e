package org.ssda903.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;

import org.ssda903.reference.LaCodes.Kind;
import org.ssda903.reference.LaCodes.LaCode;

/**
 * Reads the local authority code list ({@code jobs/reference/la_codes.csv}): columns
 * {@code code}, {@code kind} ({@code dfe3}, {@code ons} or {@code special}) and
 * {@code name}, matched without case. A 3-digit code that is not 3 digits, or an unknown
 * kind, stops the load with the line number.
 */
public final class LaCodeLoader {

	/**
	 * Where the list the product ships ({@code jobs/reference/la_codes.csv}) is found in
	 * the jar.
	 */
	static final String SHIPPED = "/reference/la_codes.csv";

	private LaCodeLoader() {
	}

	/**
	 * The list the product ships, read from the jar so that it is there whatever folder
	 * the job runs in.
	 */
	public static LaCodes shipped() {
		InputStream in = LaCodeLoader.class.getResourceAsStream(SHIPPED);
		if (in == null) {
			throw new IllegalStateException(
					"the application is built without its local authority code list " + SHIPPED);
		}
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			return load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the shipped local authority code list", ex);
		}
	}

	public static LaCodes load(Path csv) throws IOException {
		try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
			return load(reader);
		}
	}

	/**
	 * @throws IllegalArgumentException when a column is missing or a row cannot be read
	 */
	public static LaCodes load(Reader source) throws IOException {
		try (CSVReader csv = ReferenceCsv.open(source)) {
			String[] header = csv.readNext();
			if (header == null) {
				throw new IllegalArgumentException("the local authority code file is empty");
			}
			List<String> names = ReferenceCsv.names(header);
			int code = names.indexOf("code");
			int kind = names.indexOf("kind");
			int name = names.indexOf("name");
			if (code < 0 || kind < 0 || name < 0) {
				throw new IllegalArgumentException("the local authority code file needs the columns code, kind, name");
			}
			List<LaCode> codes = new ArrayList<>();
			String[] row;
			while ((row = csv.readNext()) != null) {
				if (row.length == 1 && row[0].isBlank()) {
					continue;
				}
				codes.add(laCode(ReferenceCsv.value(row, code).toUpperCase(Locale.ROOT), ReferenceCsv.value(row, kind),
						ReferenceCsv.value(row, name), csv.getLinesRead()));
			}
			return new LaCodes(codes);
		}
		catch (CsvValidationException ex) {
			throw new IOException("the local authority code file cannot be read as CSV: " + ex.getMessage(), ex);
		}
	}

	private static LaCode laCode(String code, String kindText, String name, long line) {
		Kind kind = Kind.of(kindText)
			.orElseThrow(() -> new IllegalArgumentException(
					"the local authority code file has a kind on line " + line + " that is not dfe3, ons or special"));
		if (code.isEmpty()) {
			throw new IllegalArgumentException("the local authority code file has no code on line " + line);
		}
		if (kind == Kind.DFE3 && !code.matches("\\d{3}")) {
			throw new IllegalArgumentException(
					"the local authority code file has a dfe3 code on line " + line + " that is not 3 digits");
		}
		return new LaCode(code, kind, name);
	}

}
