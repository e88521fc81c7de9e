package org.ssda903.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class KpiCsvWriterTests {

	private static final LocalDate START = LocalDate.of(2024, 4, 1);

	private static final LocalDate END = LocalDate.of(2025, 3, 31);

	@Test
	void writesTheContractColumnsQuotingOnlyWhenNeeded() throws IOException {
		List<KpiResult> rows = List.of(
				new KpiResult("CL-02", "Care leavers aged 19-21 in education, employment or training", START, END, "",
						"", 3, 5, new BigDecimal("60.0")),
				new KpiResult("CLA-01", "Children looked after at period end", START, END, "", "", 4, null,
						BigDecimal.valueOf(4)),
				new KpiResult("CLA-01", "Children looked after at period end", START, END, "age_band", "16+", 0, null,
						BigDecimal.ZERO),
				new KpiResult("PLC-01", "% of CLA in foster care", START, END, "uasc", "UASC", 0, 0, null),
				new KpiResult("PRM-02", "Median days in care before returning home", START, END, "", "", null, 4,
						new BigDecimal("52.5")));

		StringWriter out = new StringWriter();
		new KpiCsvWriter().write(rows, out);

		assertThat(out.toString()).isEqualTo("""
				kpi_id,name,period_start,period_end,breakdown,breakdown_value,numerator,denominator,value
				CL-02,"Care leavers aged 19-21 in education, employment or training",2024-04-01,2025-03-31,,,3,5,60.0
				CLA-01,Children looked after at period end,2024-04-01,2025-03-31,,,4,,4
				CLA-01,Children looked after at period end,2024-04-01,2025-03-31,age_band,16+,0,,0
				PLC-01,% of CLA in foster care,2024-04-01,2025-03-31,uasc,UASC,0,0,
				PRM-02,Median days in care before returning home,2024-04-01,2025-03-31,,,,4,52.5
				""");
	}

	/**
	 * What kpi publishes: counts 1 to 4, and values built on them, as "c"; 0, 5 and more,
	 * and blanks as they are.
	 */
	@Test
	void thePublishedCopySuppressesSmallCounts() throws IOException {
		LocalDate quarter = LocalDate.of(2025, 3, 31);
		List<KpiResult> rows = List.of(
				new KpiResult("CL-02", "Care leavers in EET", START, END, "", "", 3, 5, new BigDecimal("60.0")),
				new KpiResult("CL-02", "Care leavers in EET", START, END, "age", "19", 5, 8, new BigDecimal("62.5")),
				new KpiResult("CLA-01", "Children looked after", START, END, "", "", 4, null, BigDecimal.valueOf(4)),
				new KpiResult("CLA-01", "Children looked after", START, END, "age", "16+", 0, null, BigDecimal.ZERO),
				new KpiResult("CLA-01", "Children looked after", START, END, "age", "10-15", 5, null,
						BigDecimal.valueOf(5)),
				new KpiResult("PLC-01", "In foster care", START, END, "uasc", "UASC", 0, 0, null),
				new KpiResult("PRM-02", "Median days", START, END, "", "", null, 4, new BigDecimal("52.5")));
		List<KpiDefinition> definitions = List.of(
				new KpiDefinition("CL-02", "", Polarity.HIGHER_IS_BETTER, KpiKind.PERCENT, ""),
				new KpiDefinition("CLA-01", "", Polarity.NEUTRAL, KpiKind.COUNT, ""),
				new KpiDefinition("PLC-01", "", Polarity.HIGHER_IS_BETTER, KpiKind.PERCENT, ""),
				new KpiDefinition("PRM-02", "", Polarity.LOWER_IS_BETTER, KpiKind.MEDIAN_DAYS, ""));
		KpiPack pack = new KpiPack(KpiTesting.COUNCIL, quarter, definitions, new TreeMap<>(Map.of(quarter, rows)),
				KpiDrillDown.none(), new TreeMap<>(), true, KpiBenchmarks.none());

		StringWriter out = new StringWriter();
		new KpiCsvWriter().writePublished(pack, out);

		assertThat(out.toString()).isEqualTo("""
				kpi_id,name,period_start,period_end,breakdown,breakdown_value,numerator,denominator,value
				CL-02,Care leavers in EET,2024-04-01,2025-03-31,,,c,5,c
				CL-02,Care leavers in EET,2024-04-01,2025-03-31,age,19,5,8,62.5
				CLA-01,Children looked after,2024-04-01,2025-03-31,,,c,,c
				CLA-01,Children looked after,2024-04-01,2025-03-31,age,16+,0,,0
				CLA-01,Children looked after,2024-04-01,2025-03-31,age,10-15,5,,5
				PLC-01,In foster care,2024-04-01,2025-03-31,uasc,UASC,0,0,
				PRM-02,Median days,2024-04-01,2025-03-31,,,,c,c
				""");
	}

	@Test
	void theSameRowsGiveTheSameBytes() throws IOException {
		Extract extract = new Extract().header("A", "F", "01/01/2012")
			.episode("A", "01/01/2024", "S", "C2", "U1", "", "")
			.oc3("B", "15/08/2004", "YES", "F1");
		KpiInputs inputs = KpiTesting.inputs(extract);

		StringWriter first = new StringWriter();
		new KpiCsvWriter().write(new KpiEngine(KpiCatalogue.core()).compute(inputs), first);
		StringWriter second = new StringWriter();
		new KpiCsvWriter().write(new KpiEngine(KpiCatalogue.core()).compute(inputs), second);

		assertThat(first.toString()).isEqualTo(second.toString()).startsWith("kpi_id,").endsWith("\n");
	}

}
