package org.ssda903.kpi.local;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;

import org.ssda903.common.BadExtractException;
import org.ssda903.model.Dates;

/**
 * Reads the local extracts in the layouts of jobs/local-extracts/README.md: UTF-8 CSV
 * with a header row, columns found by name in any order, dates dd/mm/yyyy like 903. A
 * file that does not fit is refused whole, naming the file, line and column but never the
 * value, which may be personal data.
 */
public final class LocalExtractLoader {

	/** Statutory visits when the file does not say: every six weeks (Regulation 28). */
	static final int DEFAULT_VISIT_INTERVAL_DAYS = 42;

	private LocalExtractLoader() {
	}

	/** Loads the files given; a null path leaves that extract out. */
	public static LocalExtracts load(Path healthAssessments, Path visits, Path fosterHouseholds, Path aftercare) {
		return new LocalExtracts(read(healthAssessments, LocalExtractLoader::healthAssessment),
				read(visits, LocalExtractLoader::visit), read(fosterHouseholds, LocalExtractLoader::fosterHousehold),
				read(aftercare, LocalExtractLoader::aftercareCase));
	}

	private static LocalExtracts.HealthAssessment healthAssessment(Line line) {
		return new LocalExtracts.HealthAssessment(line.required("child_id"), line.date("looked_after_from", true),
				line.date("assessment_date", false));
	}

	private static LocalExtracts.Visit visit(Line line) {
		String interval = line.optional("interval_days");
		int days;
		try {
			days = interval.isEmpty() ? DEFAULT_VISIT_INTERVAL_DAYS : Integer.parseInt(interval);
		}
		catch (NumberFormatException ex) {
			throw line.bad("interval_days", "is not a whole number of days");
		}
		return new LocalExtracts.Visit(line.required("child_id"), line.date("visit_date", true), days);
	}

	private static LocalExtracts.FosterHousehold fosterHousehold(Line line) {
		String type = line.required("household_type").toLowerCase(Locale.ROOT);
		if (!type.equals("mainstream") && !type.equals("family and friends")) {
			throw line.bad("household_type", "is neither 'mainstream' nor 'family and friends'");
		}
		return new LocalExtracts.FosterHousehold(line.required("household_id"), type.equals("family and friends"),
				line.date("approval_date", true), line.date("deregistration_date", false));
	}

	private static LocalExtracts.AftercareCase aftercareCase(Line line) {
		return new LocalExtracts.AftercareCase(line.required("person_id"), line.date("dob", true),
				line.date("support_start", true), line.date("support_end", false));
	}

	private static <T> Optional<List<T>> read(Path file, Function<Line, T> mapper) {
		if (file == null) {
			return Optional.empty();
		}
		if (!Files.isRegularFile(file)) {
			throw new BadExtractException("local extract " + file + " does not exist");
		}
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVReader csv = new CSVReaderBuilder(reader).withCSVParser(new RFC4180ParserBuilder().build())
					.build()) {
			List<String[]> records = csv.readAll();
			if (records.isEmpty()) {
				throw new BadExtractException("local extract " + file.getFileName() + " has no header row");
			}
			Map<String, Integer> columns = new HashMap<>();
			String[] header = records.get(0);
			for (int i = 0; i < header.length; i++) {
				columns.put(header[i].replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT), i);
			}
			List<T> rows = new ArrayList<>();
			for (int i = 1; i < records.size(); i++) {
				String[] values = records.get(i);
				if (values.length == 1 && values[0].isBlank()) {
					continue;
				}
				rows.add(mapper.apply(new Line(file.getFileName().toString(), i + 1, columns, values)));
			}
			return Optional.of(rows);
		}
		catch (IOException | CsvException ex) {
			throw new BadExtractException(
					"local extract " + file.getFileName() + " cannot be read: " + ex.getClass().getSimpleName(), ex);
		}
	}

	/** One record of a local extract, read by column name. */
	private record Line(String file, int number, Map<String, Integer> columns, String[] values) {

		String optional(String column) {
			Integer index = this.columns.get(column);
			if (index == null) {
				return "";
			}
			return (index < this.values.length) ? this.values[index].trim() : "";
		}

		String required(String column) {
			if (!this.columns.containsKey(column)) {
				throw new BadExtractException("local extract " + this.file + " has no column " + column);
			}
			String value = optional(column);
			if (value.isEmpty()) {
				throw bad(column, "is blank");
			}
			return value;
		}

		LocalDate date(String column, boolean required) {
			String text = required ? required(column) : optional(column);
			if (text.isEmpty()) {
				return null;
			}
			return Dates.parse(text).orElseThrow(() -> bad(column, "is not a valid dd/mm/yyyy date"));
		}

		BadExtractException bad(String column, String problem) {
			return new BadExtractException(
					"local extract " + this.file + " line " + this.number + ": " + column + " " + problem);
		}

	}

}
