package org.ssda903.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.SortedMap;
import java.util.stream.Stream;

import org.ssda903.extract.ExtractLoader;
import org.ssda903.generator.FixtureGenerator;
import org.ssda903.generator.GeneratorOptions;
import org.ssda903.model.ChildRecords;
import org.ssda903.model.ChildSource;
import org.ssda903.model.CollectionYear;
import org.ssda903.model.Table;
import org.ssda903.reference.PostcodeLookupLoader;
import org.ssda903.validation.RuleCatalogue;
import org.ssda903.validation.RuleSet;
import org.ssda903.validation.ValidationContext;
import org.ssda903.validation.Validator;

/**
 * Times full validation (every rule of the 2024-25 set, with last year's return and the
 * postcode lookup) on synthetic councils of growing size, to show the time and that it
 * grows linearly with rows. Prints its figures; it asserts nothing, since timings belong
 * to the machine. Run with {@code bench/validation.sh [children]}.
 */
public final class ValidationBenchmark {

	private ValidationBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int largest = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		CollectionYear year = new CollectionYear(2025);
		RuleSet rules = new RuleSet(year, RuleCatalogue.all());
		System.out.printf("rules in the 2024-25 set: %d; %d cores; max heap %d MB%n", rules.rules().size(),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
		System.out.printf("%10s %10s %12s %10s %12s %10s%n", "children", "rows", "issues", "seconds", "rows/s",
				"us/row");
		for (int children : new int[] { largest / 4, largest / 2, largest }) {
			Path folder = Files.createTempDirectory("ssda903-bench");
			try {
				new FixtureGenerator(new GeneratorOptions(children, year, "E06000034", 903))
					.writeExtract(folder.resolve("current"), folder.resolve("previous"), folder.resolve("pc.csv"));
				SortedMap<String, ChildRecords> current = ExtractLoader.load(folder.resolve("current"));
				SortedMap<String, ChildRecords> previous = ExtractLoader.load(folder.resolve("previous"));
				ValidationContext context = ValidationContext.of(year, "E06000034")
					.withPreviousYear(ChildSource.of(previous))
					.withPostcodes(PostcodeLookupLoader.load(folder.resolve("pc.csv")));
				long rows = current.values().stream().mapToLong(ValidationBenchmark::rows).sum();
				Validator validator = new Validator(rules, context);
				ChildSource source = ChildSource.of(current);
				double best = Double.MAX_VALUE;
				int issues = 0;
				for (int attempt = 0; attempt < 3; attempt++) {
					long start = System.nanoTime();
					issues = validator.validate(source, EnumSet.allOf(Table.class)).issues().size();
					best = Math.min(best, (System.nanoTime() - start) / 1e9);
				}
				System.out.printf("%10d %10d %12d %10.2f %12.0f %10.2f%n", current.size(), rows, issues, best,
						rows / best, best * 1e6 / rows);
			}
			finally {
				delete(folder);
			}
		}
	}

	private static long rows(ChildRecords child) {
		long rows = 0;
		for (Table table : Table.values()) {
			rows += child.rows(table).size();
		}
		return rows;
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			walk.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
	}

}
