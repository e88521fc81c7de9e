package org.ssda903.kpi;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;

import org.ssda903.common.BadExtractException;

/**
 * Targets and published comparators, kept as editable CSV in jobs/ (kpi-targets.csv, kpi-comparators.csv) so that
 * the committee's agreed targets and each new DfE release change no code.
 *
 * @param targets by KPI id
 * @param comparators every published figure, any order
 */
public record KpiBenchmarks(Map<String, Target> targets, List<Published> comparators) {

	public KpiBenchmarks {
		targets = Map.copyOf(targets);
		comparators = List.copyOf(comparators);
	}

	public static KpiBenchmarks none() {
		return new KpiBenchmarks(Map.of(), List.of());
	}

	/**
	 * A KPI's target.
	 *
	 * @param polarity which way is better, as the committee agreed it
	 * @param target the target value; null for a context measure
	 * @param tolerance how far on the wrong side of the target is still amber, in the KPI's own units
	 */
	public record Target(String kpiId, Polarity polarity, BigDecimal target, BigDecimal tolerance) {
	}

	/**
	 * A published figure.
	 *
	 * @param geography England, a region, a council or a statistical-neighbour group
	 * @param year the year ending 31 March the figure is for
	 * @param vintage the publication it was taken from: DfE revises back years in every release
	 */
	public record Published(String kpiId, String geography, int year, BigDecimal value, String vintage,
			String source) {
	}

	/** The committee's polarity for a KPI, else the catalogue's. */
	public Polarity polarity(KpiDefinition definition) {
		Target target = this.targets.get(definition.id());
		return (target == null) ? definition.polarity() : target.polarity();
	}

	public Optional<Target> target(String kpiId) {
		return Optional.ofNullable(this.targets.get(kpiId));
	}

	/**
	 * The latest figure of each geography for a KPI: the latest year, and for that year the row listed last, so
	 * that a revised figure added below the first publication replaces it.
	 */
	public List<Published> latest(String kpiId) {
		Map<String, Published> byGeography = new LinkedHashMap<>();
		for (Published figure : this.comparators) {
			if (!figure.kpiId().equals(kpiId)) {
				continue;
			}
			Published current = byGeography.get(figure.geography());
			if (current == null || figure.year() >= current.year()) {
				byGeography.put(figure.geography(), figure);
			}
		}
		return byGeography.values().stream().sorted(Comparator.comparing(Published::geography)).toList();
	}

	public static KpiBenchmarks load(Path targetsFile, Path comparatorsFile) {
		Map<String, Target> targets = new HashMap<>();
		for (Map<String, String> row : read(targetsFile)) {
			String id = row.get("kpi_id");
			targets.put(id, new Target(id, polarity(targetsFile, row.get("polarity")), decimal(row.get("target")),
					Optional.ofNullable(decimal(row.get("tolerance"))).orElse(BigDecimal.ZERO)));
		}
		List<Published> comparators = new ArrayList<>();
		for (Map<String, String> row : read(comparatorsFile)) {
			try {
				comparators.add(new Published(row.get("kpi_id"), row.get("geography"), Integer.parseInt(row.get("year")),
						new BigDecimal(row.get("value")), row.get("vintage"), row.get("source")));
			}
			catch (NumberFormatException ex) {
				throw new BadExtractException(comparatorsFile.getFileName() + ": year and value must be numbers (KPI "
						+ row.get("kpi_id") + ")", ex);
			}
		}
		return new KpiBenchmarks(targets, comparators);
	}

	private static Polarity polarity(Path file, String text) {
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "higher" -> Polarity.HIGHER_IS_BETTER;
			case "lower" -> Polarity.LOWER_IS_BETTER;
			case "neutral", "" -> Polarity.NEUTRAL;
			default -> throw new BadExtractException(file.getFileName() + ": polarity must be higher, lower or neutral");
		};
	}

	private static BigDecimal decimal(String text) {
		return (text == null || text.isBlank()) ? null : new BigDecimal(text.trim());
	}

	/** The rows as maps by lower-case header name, blanks as empty strings. */
	private static List<Map<String, String>> read(Path file) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVReader csv = new CSVReaderBuilder(reader).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
			List<String[]> records = csv.readAll();
			List<Map<String, String>> rows = new ArrayList<>();
			if (records.isEmpty()) {
				return rows;
			}
			String[] header = records.get(0);
			for (String[] values : records.subList(1, records.size())) {
				Map<String, String> row = new HashMap<>();
				for (int i = 0; i < header.length; i++) {
					row.put(header[i].trim().toLowerCase(Locale.ROOT), i < values.length ? values[i].trim() : "");
				}
				rows.add(row);
			}
			return rows;
		}
		catch (IOException | CsvException ex) {
			throw new BadExtractException(file + " cannot be read", ex);
		}
	}

}
