package org.ssda903.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a synthetic council's 903 extracts: the current and previous years' returns and
 * a postcode lookup, all from simulated care histories so the two years agree, with a
 * small share of deliberate validation defects. The same options always give
 * byte-identical files. No real child's data is used or produced: children are numbered,
 * and names never appear.
 */
public final class FixtureGenerator {

	/**
	 * Children looked after in the current year are 100 of the 125 scenario weight units
	 * (CareSimulator).
	 */
	private static final double EXTRA_CHILDREN = 1.25;

	/**
	 * Per thousand children, those that carry one deliberate validation defect in the
	 * current return.
	 */
	private static final int DEFECTS_PER_THOUSAND = 25;

	private final GeneratorOptions options;

	public FixtureGenerator(GeneratorOptions options) {
		this.options = options;
	}

	/**
	 * Writes the current year's 903 files into {@code currentYearDir}, the previous
	 * year's into {@code previousYearDir} and an ONS NSPL-style lookup of every postcode
	 * used, bar a few left out on purpose, into {@code postcodesCsv}. Folders are created
	 * as needed; existing files of the same names are replaced.
	 */
	public void writeExtract(Path currentYearDir, Path previousYearDir, Path postcodesCsv) {
		int endYear = this.options.year().endYear();
		PostcodeBook postcodes = new PostcodeBook(this.options.laCode(), this.options.children(), this.options.seed());
		CareSimulator simulator = new CareSimulator(this.options, postcodes);
		ReturnRows current = new ReturnRows(endYear);
		ReturnRows previous = new ReturnRows(endYear - 1);
		ReturnRows.Defect[] defects = ReturnRows.Defect.values();
		int population = (int) Math.round(this.options.children() * EXTRA_CHILDREN);
		SplittableRandom root = new SplittableRandom(this.options.seed());
		try (ReturnFiles currentFiles = new ReturnFiles(currentYearDir);
				ReturnFiles previousFiles = new ReturnFiles(previousYearDir)) {
			for (int number = 1; number <= population; number++) {
				SplittableRandom random = root.split();
				SyntheticChild child = simulator.simulate(number, random);
				previous.write(child, previousFiles, random, null);
				ReturnRows.Defect defect = null;
				if (random.nextInt(1000) < DEFECTS_PER_THOUSAND) {
					defect = current.defectFor(child, defects[random.nextInt(defects.length)]);
				}
				current.write(child, currentFiles, random, defect);
			}
			postcodes.writeLookup(postcodesCsv);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Writes one small extract per loader edge case under {@code brokenRoot}, each with
	 * an EXPECTED.md that says what is wrong and what the loader must do about it
	 * (contract.md).
	 */
	public void writeBrokenExtracts(Path brokenRoot) {
		try {
			new BrokenExtracts(this.options.year()).writeAll(brokenRoot);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
