package org.ssda903.kpi;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KpiCsvWriterTests {

	private static final LocalDate START = LocalDate.of(2024, 4, 1);

	private static final LocalDate END = LocalDate.of(2025, 3, 31);

	@Test
	void writesTheContractColumnsQuotingOnlyWhenNeeded() throws IOException {
		List<KpiResult> rows = List.of(
				new KpiResult("CL-02", "Care leavers aged 19-21 in education, employment or training", START, END,
						"", "", 3, 5, new BigDecimal("60.0")),
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

	@Test
	void theSameRowsGiveTheSameBytes() throws IOException {
		Extract extract = new Extract().header("A", "F", "01/01/2012")
			.episode("A", "01/01/2024", "S", "C2", "U1", "", "")
			.oc3("B", "15/08/2004", "YES", "F1");
		KpiInputs inputs = KpiInputs.of(extract.children(), KpiTesting.YEAR_2024_25, KpiTesting.COUNCIL,
				org.ssda903.reference.PostcodeLookup.none());

		StringWriter first = new StringWriter();
		new KpiCsvWriter().write(new KpiEngine(KpiCatalogue.core()).compute(inputs), first);
		StringWriter second = new StringWriter();
		new KpiCsvWriter().write(new KpiEngine(KpiCatalogue.core()).compute(inputs), second);

		assertThat(first.toString()).isEqualTo(second.toString()).startsWith("kpi_id,").endsWith("\n");
	}

}
