package org.ssda903.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import org.ssda903.extract.ExtractFolder;
import org.ssda903.kpi.KpiPack;
import org.ssda903.model.CollectionYear;
import org.ssda903.run.JobParams;
import org.ssda903.run.ReferenceFiles;
import org.ssda903.run.RunContext;
import org.ssda903.support.ExtractWriter;

/**
 * The nightly run's trend and {@code kpi --as-at} over the same stored returns: a run of
 * 2024-25 given last year's return as a folder stores it, and {@code kpi} then gives, for
 * every trend quarter, the rows the run wrote. The council is CareHistoryTests' (kpi
 * package), whose figures are worked out there; B's only 2024-25 episode row is rejected
 * here by the loader (DECOM 31/02/2024 is no date).
 */
@SpringBootTest(classes = Ssda903Application.class)
@TestPropertySource(properties = "spring.datasource.url=" + KpiTrendTests.DATABASE)
class KpiTrendTests {

	static final String DATABASE = "jdbc:h2:mem:kpi-trend-tests;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

	static final String LA = "E06000034";

	@Autowired
	JobOperator jobOperator;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	Job nightly903;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path work;

	@AfterEach
	void forgetDatabase() {
		System.clearProperty("spring.datasource.url");
	}

	@Test
	void kpiAsAtEachTrendQuarterGivesTheRunsRowsOverTheStoredReturns() throws Exception {
		Path lastYear = lastYear(this.work.resolve("2023-24"));
		Path thisYear = thisYear(this.work.resolve("2024-25"));
		JobOperatorTestUtils jobs = new JobOperatorTestUtils(this.jobOperator, this.jobRepository);
		jobs.setJob(this.nightly903);
		// the postcode lookup is given to the run only: kpi reads the stored one, as the
		// run does
		ReferenceFiles reference = new ReferenceFiles(Path.of("fixtures/reference/postcodes.csv"), null, null, null);
		JobExecution run = jobs.startJob(JobParams
			.of(LA, new CollectionYear(2025), thisYear, lastYear, reference, this.work.resolve("out"), "test")
			.toJobParameters());
		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Path folder = RunContext.outputFolder(run);

		// the given folder is now 2023-24's stored return, saying where it came from
		Map<String, Object> given = this.jdbc.queryForMap("select source, given_folder, given_sha256, run_id from"
				+ " return_version where la_code = ? and collection_year = 2024", LA);
		assertThat(given).containsEntry("source", "given")
			.containsEntry("given_folder", lastYear.toString())
			.containsEntry("given_sha256", ExtractFolder.checksum(lastYear))
			.containsEntry("run_id", null);

		List<String> runRows = Files.readAllLines(folder.resolve("kpi/kpi.csv"), StandardCharsets.UTF_8);
		// CareHistoryTests: C, D, G, H; A and B are in care on no day of 2024-25
		assertThat(runRows)
			.anyMatch((line) -> line
				.startsWith("CLA-01,Children looked after at period end," + "2023-07-01,2024-06-30,,,4,,4"))
			.anyMatch((line) -> line
				.startsWith("CLA-01,Children looked after at period end,2024-04-01,2025-03-31,,,4,,4"))
			.anyMatch((line) -> line.startsWith(
					"STB-01,% of CLA with 3 or more placements in the period,2023-07-01," + "2024-06-30,,,1,4,25.0"))
			// no placement has postcodes, so nobody is known to be far away: 0, not blank
			.anyMatch((line) -> line.startsWith(
					"LOC-02,% of CLA placed more than 20 miles from home,2024-04-01," + "2025-03-31,,,0,4,0.0"));
		for (LocalDate day : KpiPack.trendDays(LocalDate.of(2025, 3, 31))) {
			Path out = this.work.resolve("kpi-" + day);
			System.setProperty("spring.datasource.url", DATABASE);
			assertThat(new CommandLine(new KpiCommand()).execute("--la", LA, "--as-at", day.toString(), "--out",
					out.toString()))
				.isZero();
			Path pack = out.resolve(LA + "_" + day);
			List<String> asAt = rowsOf(Files.readAllLines(pack.resolve("kpi.csv"), StandardCharsets.UTF_8), day);
			List<String> ran = rowsOf(runRows, day);
			assertThat(asAt).as("kpi --as-at " + day).isNotEmpty().hasSameSizeAs(ran);
			for (int i = 0; i < asAt.size(); i++) {
				// the published pack writes small counts as "c"; every other figure is
				// the run's
				assertThat(sameFiguresUnlessSuppressed(asAt.get(i), ran.get(i))).as(asAt.get(i) + " / " + ran.get(i))
					.isTrue();
			}
			// the drill-down is never suppressed: the same children behind every figure
			assertThat(childrenOf(pack.resolve("children.csv"), day.toString()))
				.isEqualTo(childrenOf(folder.resolve("kpi/children.csv"), day.toString()));
		}

		// the drill-down names the children behind CLA-01 at 31 March, and only the owner
		// may read it
		assertThat(Files.readAllLines(folder.resolve("kpi/children.csv"), StandardCharsets.UTF_8))
			.startsWith("kpi_id,period_end,breakdown,breakdown_value,child_id,in_numerator")
			.contains("CLA-01,2025-03-31,,,C,1", "CLA-01,2025-03-31,,,D,1", "CLA-01,2025-03-31,,,G,1",
					"CLA-01,2025-03-31,,,H,1", "PLC-01,2025-03-31,,,G,0")
			.noneMatch(
					(line) -> line.startsWith("CLA-01,2025-03-31,,,A,") || line.startsWith("CLA-01,2025-03-31,,,B,"));
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("kpi/children.csv"))))
			.isEqualTo("rw-------");
		assertThat(Files.readString(folder.resolve("kpi/committee-report.html"))).doesNotContain(">C<", ">H<");
		// every day of every trend period is in a stored return
		assertThat(Files.readAllLines(folder.resolve("kpi/coverage.csv"), StandardCharsets.UTF_8))
			.contains("2023-07-01,2024-06-30,,,0");
	}

	private static boolean sameFiguresUnlessSuppressed(String published, String run) {
		String[] p = published.split(",", -1);
		String[] r = run.split(",", -1);
		if (p.length != r.length) {
			return false;
		}
		for (int i = 0; i < p.length; i++) {
			if (!p[i].equals(r[i]) && !p[i].equals("c")) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The rows of one period: names may hold quoted commas, the two ISO dates never do.
	 */
	private static List<String> rowsOf(List<String> csv, LocalDate periodEnd) {
		String period = "," + periodEnd.minusYears(1).plusDays(1) + "," + periodEnd + ",";
		return csv.stream().filter((line) -> line.contains(period)).toList();
	}

	private static List<String> childrenOf(Path csv, String periodEnd) throws IOException {
		return Files.readAllLines(csv, StandardCharsets.UTF_8)
			.stream()
			.filter((line) -> line.split(",", -1)[1].equals(periodEnd))
			.toList();
	}

	/** CareHistoryTests' 2023-24 return. */
	private static Path lastYear(Path folder) {
		ExtractWriter.write(folder, "header.csv", ExtractWriter.HEADER, header("A"), header("B"), header("C"),
				header("D"), header("E"), header("F"), header("H"));
		ExtractWriter.write(folder, "episodes.csv", ExtractWriter.EPISODES,
				episode("A", "01/05/2023", "S", "U4", "", ""), episode("B", "01/01/2024", "S", "U4", "", ""),
				episode("C", "01/02/2024", "S", "U4", "", ""), episode("D", "01/03/2024", "S", "U4", "", ""),
				episode("E", "01/10/2023", "S", "U4", "", ""),
				episode("F", "01/06/2023", "S", "U4", "01/09/2023", "E4A"),
				episode("H", "01/06/2023", "S", "U4", "", ""));
		ExtractWriter.write(folder, "missing.csv", "CHILD,DOB,MISSING,MIS_START,MIS_END", "A,01/01/2010,M,10/03/2024,",
				"H,01/01/2010,M,20/03/2024,");
		return folder;
	}

	/**
	 * CareHistoryTests' 2024-25 extract, with B's only episode row one the loader
	 * rejects.
	 */
	private static Path thisYear(Path folder) {
		ExtractWriter.write(folder, "header.csv", ExtractWriter.HEADER, header("B"), header("C"), header("D"),
				header("E"), header("G"), header("H"));
		ExtractWriter.write(folder, "episodes.csv", ExtractWriter.EPISODES,
				episode("B", "31/02/2024", "S", "U4", "", ""),
				episode("C", "05/02/2024", "S", "U4", "01/06/2024", "X1"),
				episode("C", "01/06/2024", "P", "U5", "", ""), episode("D", "25/02/2024", "S", "U4", "", ""),
				episode("E", "01/10/2023", "S", "U4", "15/05/2024", "E4A"),
				episode("G", "01/05/2024", "S", "K2", "", ""), episode("H", "01/06/2023", "S", "U4", "", ""));
		ExtractWriter.write(folder, "missing.csv", "CHILD,DOB,MISSING,MIS_START,MIS_END",
				"H,01/01/2010,M,20/03/2024,02/04/2024");
		ExtractWriter.write(folder, "oc2.csv",
				"CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,"
						+ "TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED",
				"H,01/01/2010,,,0,1,1,1,1,0,,");
		return folder;
	}

	private static String header(String child) {
		return child + ",M,01/01/2010,WBRI,,,";
	}

	private static String episode(String child, String decom, String rne, String place, String dec, String rec) {
		return String.join(",", child, decom, rne, "C2", "N1", place, "PR1", dec, rec, "", "", "", "");
	}

}
