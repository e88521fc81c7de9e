package org.ssda903.reference;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;

import org.ssda903.model.Dates;

/**
 * Reads the Ofsted provider list in the CSV layout of {@code jobs/reference/README.md}:
 * the DfE's spreadsheets of children's homes and social care providers, saved as CSV by
 * the council with one row per URN. Column names are matched without case:
 * <ul>
 * <li>{@code URN} (required);</li>
 * <li>{@code Placement codes} (required): the 903 PLACE codes allowed, separated by
 * commas, semicolons or spaces;</li>
 * <li>{@code Provider codes} (required): the 903 PLACE_PROVIDER codes allowed,
 * likewise;</li>
 * <li>{@code Registration end} or {@code Closed date}: dd/mm/yyyy or yyyy-mm-dd, blank
 * while registered;</li>
 * <li>{@code Setting postcode} or {@code Postcode};</li>
 * <li>{@code LA code}: the ONS code of the setting's local authority.</li>
 * </ul>
 * Other columns are ignored. A row with no URN, or a date that is not one, stops the load
 * with the line number: half a list would make rule 1008 report providers that are
 * registered.
 */
public final class OfstedProviderLoader {

	private OfstedProviderLoader() {
	}

	public static OfstedProviders load(Path csv) throws IOException {
		try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
			return load(reader);
		}
	}

	/**
	 * @throws IllegalArgumentException when a required column is missing or a row cannot
	 * be read
	 */
	public static OfstedProviders load(Reader source) throws IOException {
		try (CSVReader csv = ReferenceCsv.open(source)) {
			String[] header = csv.readNext();
			if (header == null) {
				throw new IllegalArgumentException("the Ofsted provider file is empty");
			}
			Columns columns = Columns.of(ReferenceCsv.names(header));
			List<OfstedProvider> providers = new ArrayList<>();
			String[] row;
			while ((row = csv.readNext()) != null) {
				if (row.length == 1 && row[0].isBlank()) {
					continue;
				}
				providers.add(columns.provider(row, csv.getLinesRead()));
			}
			return new OfstedProviders(providers);
		}
		catch (CsvValidationException ex) {
			throw new IOException("the Ofsted provider file cannot be read as CSV: " + ex.getMessage(), ex);
		}
	}

	/** Codes as in a 903 file: upper-cased, in the order given. */
	static Set<String> codes(String text) {
		Set<String> codes = new LinkedHashSet<>();
		for (String code : text.split("[,;\\s]+")) {
			if (!code.isEmpty()) {
				codes.add(code.toUpperCase(Locale.ROOT));
			}
		}
		return codes;
	}

	/** A postcode as the rules compare it: spaces removed, upper-cased. */
	static String postcodeKey(String text) {
		return text.replace(" ", "").toUpperCase(Locale.ROOT);
	}

	private record Columns(int urn, int placementCodes, int providerCodes, int registrationEnd, int postcode,
			int laCode) {

		static Columns of(List<String> names) {
			Columns columns = new Columns(names.indexOf("urn"), names.indexOf("placement codes"),
					names.indexOf("provider codes"), ReferenceCsv.indexOf(names, "registration end", "closed date"),
					ReferenceCsv.indexOf(names, "setting postcode", "postcode"), names.indexOf("la code"));
			List<String> missing = new ArrayList<>();
			if (columns.urn < 0) {
				missing.add("URN");
			}
			if (columns.placementCodes < 0) {
				missing.add("Placement codes");
			}
			if (columns.providerCodes < 0) {
				missing.add("Provider codes");
			}
			if (!missing.isEmpty()) {
				throw new IllegalArgumentException(
						"the Ofsted provider file has no " + String.join(", ", missing) + " column");
			}
			return columns;
		}

		OfstedProvider provider(String[] row, long line) {
			String urn = ReferenceCsv.value(row, this.urn).toUpperCase(Locale.ROOT);
			if (urn.isEmpty()) {
				throw new IllegalArgumentException("the Ofsted provider file has no URN on line " + line);
			}
			return new OfstedProvider(urn, codes(ReferenceCsv.value(row, this.placementCodes)),
					codes(ReferenceCsv.value(row, this.providerCodes)),
					date(ReferenceCsv.value(row, this.registrationEnd), line),
					postcodeKey(ReferenceCsv.value(row, this.postcode)),
					ReferenceCsv.value(row, this.laCode).toUpperCase(Locale.ROOT));
		}

		/** Both the 903's dd/mm/yyyy and the ISO form a spreadsheet exports dates in. */
		private static LocalDate date(String text, long line) {
			if (text.isEmpty()) {
				return null;
			}
			Optional<LocalDate> date = Dates.parse(text);
			if (date.isPresent()) {
				return date.get();
			}
			try {
				return LocalDate.parse(text);
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException(
						"the Ofsted provider file has a registration end on line " + line + " that is not a date");
			}
		}

	}

}
