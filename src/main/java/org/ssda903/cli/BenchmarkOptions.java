package org.ssda903.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import picocli.CommandLine.Option;

/**
 * {@code --targets} and {@code --comparators}, for every command that writes a committee
 * report. Given, they win over the settings (the home's files, else the shipped ones) for
 * this command only.
 */
class BenchmarkOptions {

	@Option(names = "--targets", paramLabel = "FILE",
			description = "KPI targets, tolerances and polarity (default: jobs/kpi-targets.csv in the home, else the"
					+ " shipped file).")
	Path targets;

	@Option(names = "--comparators", paramLabel = "FILE",
			description = "Published England, region, neighbour and council figures, each row naming the council it"
					+ " is for (default: jobs/kpi-comparators.csv in the home, else the shipped file).")
	Path comparators;

	/** The settings the options give, after checking that the files named exist. */
	Map<String, Object> settings() {
		Map<String, Object> settings = new HashMap<>();
		put(settings, "ssda903.kpi.targets", this.targets, "KPI targets file");
		put(settings, "ssda903.kpi.comparators", this.comparators, "KPI comparators file");
		return settings;
	}

	private static void put(Map<String, Object> settings, String name, Path file, String what) {
		if (file == null) {
			return;
		}
		JobOptions.existingFile(file, what);
		settings.put(name, file.toAbsolutePath().toString());
	}

}
