package org.ssda903.generator;

import java.nio.file.Path;

import org.ssda903.model.CollectionYear;

/**
 * Regenerates the committed fixtures under {@code fixtures/} (or the folder given as the
 * first argument): the 2024-25 sample council with its 2023-24 return, the postcode
 * lookup and the broken extracts.
 */
final class RegenerateFixtures {

	static final GeneratorOptions SAMPLE = new GeneratorOptions(300, new CollectionYear(2025), "E06000034", 903);

	private RegenerateFixtures() {
	}

	public static void main(String[] args) {
		Path root = Path.of(args.length > 0 ? args[0] : "fixtures");
		FixtureGenerator generator = new FixtureGenerator(SAMPLE);
		generator.writeExtract(root.resolve("sample/2024-25"), root.resolve("sample/2023-24"),
				root.resolve("reference/postcodes.csv"));
		generator.writeBrokenExtracts(root.resolve("broken"));
	}

}
