package org.ssda903.kpi;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import org.ssda903.common.BadExtractException;

/**
 * Targets and published comparators, kept as editable CSV (kpi-targets.csv,
 * kpi-comparators.csv) so that the committee's agreed targets and each new DfE release
 * change no code. Every comparator row names the council it applies to, or none for
 * England, so that a council's report never shows another council's figures.
 *
 * @param targets by KPI id
 * @param comparators every published figure, any order
 * @param source which files these came from, in words, for the footer of the committee
 * report
 */
public record KpiBenchmarks(Map<String, Target> targets, List<Published> comparators, String source) {

	/** The geography of national figures, the only rows without a council. */
	private static final String ENGLAND = "England";

	public KpiBenchmarks {
		targets = Map.copyOf(targets);
		comparators = List.copyOf(comparators);
	}

	public static KpiBenchmarks none() {
		return new KpiBenchmarks(Map.of(), List.of(), "no targets or comparators");
	}

	/**
	 * A benchmarks file and how the report names it.
	 *
	 * @param name the file's path, or which shipped default it is
	 */
	public record SourceFile(String name, Resource resource) {

		public static SourceFile of(Path path) {
			return new SourceFile(path.toAbsolutePath().normalize().toString(), new FileSystemResource(path));
		}

	}

	/**
	 * A KPI's target.
	 *
	 * @param polarity which way is better, as the committee agreed it
	 * @param target the target value; null for a context measure
	 * @param tolerance how far on the wrong side of the target is still amber, in the
	 * KPI's own units
	 */
	public record Target(String kpiId, Polarity polarity, BigDecimal target, BigDecimal tolerance) {
	}

	/**
	 * A published figure.
	 *
	 * @param geography England, a region, a council or a statistical-neighbour group
	 * @param la the ONS code of the council whose reports show the figure; null for
	 * England's, shown in all
	 * @param year the year ending 31 March the figure is for
	 * @param vintage the publication it was taken from: DfE revises back years in every
	 * release
	 */
	public record Published(String kpiId, String geography, String la, int year, BigDecimal value, String vintage,
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
	 * The latest figure of each geography for a KPI: the latest year, and for that year
	 * the row listed last, so that a revised figure added below the first publication
	 * replaces it.
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

	/** The same benchmarks without the comparators of other councils. */
	public KpiBenchmarks forCouncil(String laCode) {
		return new KpiBenchmarks(this.targets,
				this.comparators.stream()
					.filter((figure) -> figure.la() == null || figure.la().equals(laCode))
					.toList(),
				this.source);
	}

	public static KpiBenchmarks load(SourceFile targetsFile, SourceFile comparatorsFile) {
		Map<String, Target> targets = new HashMap<>();
		for (Map<String, String> row : read(targetsFile)) {
			String id = row.get("kpi_id");
			targets.put(id, new Target(id, polarity(targetsFile, row.get("polarity")), decimal(row.get("target")),
					Optional.ofNullable(decimal(row.get("tolerance"))).orElse(BigDecimal.ZERO)));
		}
		List<Published> comparators = new ArrayList<>();
		int line = 1;
		for (Map<String, String> row : read(comparatorsFile)) {
			line++;
			comparators.add(published(comparatorsFile, line, row));
		}
		return new KpiBenchmarks(targets, comparators,
				"targets from " + targetsFile.name() + "; comparators from " + comparatorsFile.name());
	}

	private static Published published(SourceFile file, int line, Map<String, String> row) {
		String la = row.get("la");
		if (la == null) {
			throw new BadExtractException(file.name() + " has no la column: each comparator row must name the council"
					+ " (ONS code) whose report shows it, or be England's with la blank");
		}
		String geography = row.get("geography");
		if (la.isEmpty() && !ENGLAND.equals(geography)) {
			throw new BadExtractException(file.name() + " line " + line + ": only England's figures may leave la blank;"
					+ " give the ONS code of the council whose report shows " + geography + "'s figure");
		}
		try {
			return new Published(row.get("kpi_id"), geography, la.isEmpty() ? null : la,
					Integer.parseInt(row.get("year")), new BigDecimal(row.get("value")), row.get("vintage"),
					row.get("source"));
		}
		catch (NumberFormatException ex) {
			throw new BadExtractException(file.name() + " line " + line + ": year and value must be numbers", ex);
		}
	}

	private static Polarity polarity(SourceFile file, String text) {
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "higher" -> Polarity.HIGHER_IS_BETTER;
			case "lower" -> Polarity.LOWER_IS_BETTER;
			case "neutral", "" -> Polarity.NEUTRAL;
			default -> throw new BadExtractException(file.name() + ": polarity must be higher, lower or neutral");
		};
	}

	private static BigDecimal decimal(String text) {
		return (text == null || text.isBlank()) ? null : new BigDecimal(text.trim());
	}

	/** The rows as maps by lower-case header name, blanks as empty strings. */
	private static List<Map<String, String>> read(SourceFile file) {
		try (Reader reader = new InputStreamReader(file.resource().getInputStream(), StandardCharsets.UTF_8);
				CSVReader csv = new CSVReaderBuilder(reader).withCSVParser(new RFC4180ParserBuilder().build())
					.build()) {
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
			throw new BadExtractException(file.name() + " cannot be read", ex);
		}
	}

}
