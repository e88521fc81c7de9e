package org.ssda903.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.ssda903.generator.FixtureGenerator;
import org.ssda903.generator.GeneratorOptions;
import org.ssda903.model.CollectionYear;

/**
 * {@code generate}: a synthetic council's extract, last year's return and a postcode
 * lookup, for trying the product and for benchmarks. Nothing in it is real child data.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = "Write a synthetic council: this year's extract, last year's return and a postcode lookup.")
class GenerateCommand implements Callable<Integer> {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Option(names = "--children", defaultValue = "300", paramLabel = "N",
			description = "About how many children are looked after in the year (default: ${DEFAULT-VALUE}).")
	int children;

	@Option(names = "--year", defaultValue = "2025", paramLabel = "YYYY",
			description = "The year the collection ends (default: ${DEFAULT-VALUE}).",
			converter = CollectionYearConverter.class)
	CollectionYear year;

	@Option(names = "--la", defaultValue = "E06000034", paramLabel = "CODE",
			description = "The council's ONS code (default: ${DEFAULT-VALUE}).")
	String laCode;

	@Option(names = "--seed", defaultValue = "903", description = "Random seed; the same seed gives the same files.")
	long seed;

	@Option(names = "--out", required = true, paramLabel = "DIR",
			description = "Folder to write: DIR/<year>/ (extract), DIR/<previous year>/ (last year's return),"
					+ " DIR/postcodes.csv.")
	Path out;

	@Override
	public Integer call() {
		CollectionYear collectionYear = this.year;
		Path current = this.out.resolve(collectionYear.label());
		Path previous = this.out.resolve(collectionYear.previous().label());
		Path postcodes = this.out.resolve("postcodes.csv");
		long started = System.nanoTime();
		new FixtureGenerator(new GeneratorOptions(this.children, collectionYear, this.laCode, this.seed))
			.writeExtract(current, previous, postcodes);
		this.spec.commandLine()
			.getOut()
			.printf("Wrote %s, %s and %s in %.1f s%n", current, previous, postcodes,
					(System.nanoTime() - started) / 1e9);
		return ExitCodes.COMPLETED;
	}

}
