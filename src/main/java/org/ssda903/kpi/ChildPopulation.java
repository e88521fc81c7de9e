package org.ssda903.kpi;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;

import org.ssda903.common.BadExtractException;

/**
 * A council's resident children aged 0 to 17 by ONS mid-year estimate, the denominator of
 * CLA-02 (kpis.md 1.1: a rate per 10,000 uses the latest mid-year estimate before the
 * day).
 *
 * @param byMidYear children aged 0 to 17 at 30 June of each year held
 */
public record ChildPopulation(SortedMap<Integer, Integer> byMidYear) {

	static final int CHILD_MAX_AGE = 17;

	private static final String POPULATION_PREFIX = "population_";

	public ChildPopulation {
		byMidYear = Collections.unmodifiableSortedMap(new TreeMap<>(byMidYear));
	}

	public static ChildPopulation none() {
		return new ChildPopulation(new TreeMap<>());
	}

	/**
	 * The estimate of the latest 30 June before the day; empty when the file holds none
	 * that early.
	 */
	public OptionalInt before(LocalDate day) {
		int latest = -1;
		for (Integer year : this.byMidYear.keySet()) {
			if (LocalDate.of(year, 6, 30).isBefore(day)) {
				latest = year;
			}
		}
		return (latest < 0) ? OptionalInt.empty() : OptionalInt.of(this.byMidYear.get(latest));
	}

	/**
	 * Reads the council's rows from a file in the layout of ONS's mid-year estimates time
	 * series: one row per area, sex and single year of age, a {@code ladcode..} column
	 * (any vintage suffix), {@code age} and one {@code population_YYYY} column per
	 * mid-year. Ages 0 to 17 of both sexes are added up; "90+" and the other ages are
	 * skipped.
	 */
	public static ChildPopulation load(Path file, String laCode) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVReader csv = new CSVReaderBuilder(reader).withCSVParser(new RFC4180ParserBuilder().build())
					.build()) {
			List<String[]> records = csv.readAll();
			if (records.isEmpty()) {
				throw new BadExtractException(file.getFileName() + " is empty");
			}
			List<String> header = new ArrayList<>();
			for (String name : records.get(0)) {
				header.add(name.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT));
			}
			int code = -1;
			for (int i = 0; i < header.size() && code < 0; i++) {
				code = header.get(i).startsWith("ladcode") ? i : -1;
			}
			int age = header.indexOf("age");
			if (code < 0 || age < 0) {
				throw new BadExtractException(file.getFileName() + ": a population file needs a ladcode column and an"
						+ " age column (ONS mid-year estimates layout)");
			}
			Map<Integer, Integer> yearColumns = new TreeMap<>();
			for (int i = 0; i < header.size(); i++) {
				if (header.get(i).startsWith(POPULATION_PREFIX)) {
					yearColumns.put(Integer.parseInt(header.get(i).substring(POPULATION_PREFIX.length())), i);
				}
			}
			SortedMap<Integer, Integer> totals = new TreeMap<>();
			for (String[] row : records.subList(1, records.size())) {
				if (row.length <= Math.max(code, age) || !row[code].trim().equalsIgnoreCase(laCode)
						|| !isChildAge(row[age].trim())) {
					continue;
				}
				yearColumns.forEach((year, column) -> totals.merge(year,
						Integer.parseInt(row[column].trim().replace(",", "")), Integer::sum));
			}
			return new ChildPopulation(totals);
		}
		catch (IOException | CsvException ex) {
			throw new BadExtractException(file + " cannot be read", ex);
		}
		catch (NumberFormatException ex) {
			throw new BadExtractException(file.getFileName() + ": population columns must be whole numbers", ex);
		}
	}

	private static boolean isChildAge(String age) {
		return age.chars().allMatch(Character::isDigit) && !age.isEmpty() && Integer.parseInt(age) <= CHILD_MAX_AGE;
	}

}
