package org.ssda903.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class KpiEngineTests {

	@Test
	void theCoreSetIsInKpiIdOrder() {
		assertThat(KpiCatalogue.core()).extracting((calculator) -> calculator.definition().id())
			.containsExactly("CL-02", "CLA-01", "CLA-03", "CLA-04", "HLT-01", "LOC-02", "MIS-01", "PLC-01", "PRM-02",
					"STB-01", "UAS-01");
	}

	@Test
	void rowsComeByKpiIdWithTheOverallRowFirstWhateverOrderTheCalculatorsAreGiven() {
		List<KpiCalculator> shuffled = new ArrayList<>(KpiCatalogue.core());
		Collections.reverse(shuffled);
		Extract extract = new Extract().header("A", "F", "01/01/2012")
			.episode("A", "01/01/2024", "S", "C2", "U1", "", "");
		KpiInputs inputs = KpiTesting.inputs(extract);

		List<KpiResult> rows = new KpiEngine(shuffled).compute(inputs);

		assertThat(rows).isEqualTo(new KpiEngine(KpiCatalogue.core()).compute(inputs));
		List<String> idsOfOverallRows = rows.stream().filter(KpiResult::isOverall).map(KpiResult::kpiId).toList();
		assertThat(idsOfOverallRows).containsExactly("CL-02", "CLA-01", "CLA-03", "CLA-04", "HLT-01", "LOC-02",
				"MIS-01", "PLC-01", "PRM-02", "STB-01", "UAS-01");
		// CLA-01: overall, 6 age bands, 3 sexes, 2 UASC groups
		List<KpiResult> cla01 = rows.stream().filter((row) -> row.kpiId().equals("CLA-01")).toList();
		assertThat(cla01).hasSize(12);
		assertThat(cla01.get(0).isOverall()).isTrue();
		assertThat(cla01).extracting(KpiResult::breakdown).containsSubsequence("", "age_band", "sex", "uasc");
		// every KPI's rows are contiguous
		assertThat(rows).extracting(KpiResult::kpiId).isSortedAccordingTo(String::compareTo);
	}

	@Test
	void everyCoreKpiIsDefined() {
		assertThat(KpiCatalogue.core()).allSatisfy((calculator) -> {
			KpiDefinition definition = calculator.definition();
			assertThat(definition.name()).isNotBlank();
			assertThat(definition.definition()).endsWith(".");
		});
		assertThat(KpiCatalogue.core()).extracting((calculator) -> calculator.definition().kind())
			.containsExactly(KpiKind.PERCENT, KpiKind.COUNT, KpiKind.COUNT, KpiKind.COUNT, KpiKind.PERCENT,
					KpiKind.PERCENT, KpiKind.PERCENT, KpiKind.PERCENT, KpiKind.MEDIAN_DAYS, KpiKind.PERCENT,
					KpiKind.COUNT);
	}

}
