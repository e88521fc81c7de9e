package org.ssda903.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.ssda903.common.BadExtractException;

/**
 * Comparator rows are keyed by council: a council's report never shows a figure another
 * council's row holds.
 */
class KpiBenchmarksTests {

	private static final String HEADER = "kpi_id,geography,la,year,value,vintage,source";

	@TempDir
	Path work;

	@ParameterizedTest(name = "{0} sees {1}")
	@CsvSource({ "E06000034, 'England,Statistical neighbours,Thurrock'", "E08000025, 'Birmingham,England'",
			"E09000001, England" })
	void eachCouncilSeesEnglandAndItsOwnRowsOnly(String laCode, String geographies) throws Exception {
		KpiBenchmarks benchmarks = load(HEADER, "CLA-01,England,,2025,81770,EES,x",
				"CLA-01,Thurrock,E06000034,2025,276,LAIT,x", "CLA-01,Statistical neighbours,E06000034,2024,300,LAIT,x",
				"CLA-01,Birmingham,E08000025,2025,1900,LAIT,x");

		assertThat(benchmarks.forCouncil(laCode).latest("CLA-01")).extracting(KpiBenchmarks.Published::geography)
			.containsExactly(geographies.split(","));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"kpi_id,geography,year,value,vintage,source | CLA-01,Thurrock,2025,276,LAIT,x | has no la column",
			HEADER + " | CLA-01,Thurrock,,2025,276,LAIT,x | line 2: only England's figures may leave la blank" })
	void aRowThatNamesNoCouncilIsRefusedUnlessItIsEnglands(String header, String row, String message) throws Exception {
		assertThatThrownBy(() -> load(header, row)).isInstanceOf(BadExtractException.class)
			.hasMessageContaining(message);
	}

	private KpiBenchmarks load(String... comparatorLines) throws Exception {
		Path targets = Files.writeString(this.work.resolve("targets.csv"), "kpi_id,polarity,target,tolerance\n",
				StandardCharsets.UTF_8);
		Path comparators = Files.writeString(this.work.resolve("comparators.csv"),
				String.join("\n", comparatorLines) + "\n", StandardCharsets.UTF_8);
		return KpiBenchmarks.load(KpiBenchmarks.SourceFile.of(targets), KpiBenchmarks.SourceFile.of(comparators));
	}

}
