package org.ssda903.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import org.ssda903.kpi.CareHistory;
import org.ssda903.kpi.KpiBenchmarks;
import org.ssda903.kpi.KpiDataSource;
import org.ssda903.kpi.KpiPack;
import org.ssda903.kpi.KpiResult;
import org.ssda903.kpi.local.LocalExtracts;
import org.ssda903.model.CollectionYear;
import org.ssda903.reference.ReferenceDataRepository;
import org.ssda903.run.JobParams;
import org.ssda903.run.ReferenceFiles;

/**
 * {@code kpi --as-at} from stored data: the sample council's 2023-24 and 2024-25 returns
 * are stored by the nightly job, then the KPIs of quarter ends in either year are
 * computed without loading anything again.
 */
@SpringBootTest(classes = Ssda903Application.class)
@TestPropertySource(properties = "spring.datasource.url=" + KpiCommandTests.DATABASE)
class KpiCommandTests {

	static final String DATABASE = "jdbc:h2:mem:kpi-command-tests;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

	static final String LA = "E06000034";

	@Autowired
	JobOperator jobOperator;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	Job nightly903;

	@Autowired
	KpiDataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReferenceDataRepository referenceData;

	@TempDir
	Path work;

	@AfterEach
	void forgetDatabase() {
		System.clearProperty("spring.datasource.url");
	}

	@Test
	void computesAnyQuarterEndFromStoredRunsAndWritesTheReport() throws Exception {
		storeRuns();
		CareHistory history = this.dataSource.load(LA);
		assertThat(history.years().keySet()).containsExactly(2024, 2025);
		// 2023-24 was built by its own run, so the folder given to the 2024-25 run as
		// --previous is not stored
		assertThat(this.jdbc.queryForList(
				"select source from return_version where collection_year = 2024" + " and la_code = ?", String.class,
				LA))
			.containsExactly("built");

		KpiPack year = KpiPack.build(history, LA, LocalDate.of(2025, 3, 31), null, LocalExtracts.none(),
				KpiBenchmarks.none());
		// the sample's own count at 31 March 2025 (fixtures/README.md)
		assertThat(overall(year.rows(), "CLA-01").numerator()).isEqualTo(212);
		assertThat(year.periods().keySet()).containsExactly(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 6, 30),
				LocalDate.of(2024, 9, 30), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 3, 31));
		// 31 March 2024 from the stored 2023-24 return: 230 in the sample
		assertThat(overall(year.periods().get(LocalDate.of(2024, 3, 31)), "CLA-01").numerator()).isEqualTo(230);

		Path out = this.work.resolve("kpi");
		System.setProperty("spring.datasource.url", DATABASE);
		int exit = new CommandLine(new KpiCommand()).execute("--la", LA, "--as-at", "2024-12-31", "--out",
				out.toString(), "--postcodes", "fixtures/reference/postcodes.csv", "--population",
				"fixtures/reference/population.csv", "--council-name", "Thurrock");
		assertThat(exit).isZero();
		Path pack = out.resolve(LA + "_2024-12-31");
		assertThat(Files.getPosixFilePermissions(pack)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
		assertThat(Files.getPosixFilePermissions(pack.resolve("kpi.csv")))
			.isEqualTo(PosixFilePermissions.fromString("rw-------"));
		List<String> csv = Files.readAllLines(pack.resolve("kpi.csv"), StandardCharsets.UTF_8);
		assertThat(csv.get(0))
			.isEqualTo("kpi_id,name,period_start,period_end,breakdown,breakdown_value,numerator,denominator,value");
		assertThat(csv).anyMatch(
				(line) -> line.startsWith("CLA-01,Children looked after at period end,2024-01-01," + "2024-12-31,,,"));
		// counts from 1 to 4 are published as c, as in the report (the sample has some
		// among its breakdowns)
		assertThat(csv).anyMatch((line) -> line.endsWith(",c")).noneMatch((line) -> line.matches(".*,[1-4],,[1-4]$"));
		String html = Files.readString(pack.resolve("committee-report.html"), StandardCharsets.UTF_8);
		assertThat(html).contains("<svg", "CLA-01", "STB-02", "England", "Thurrock (E06000034)", "CLA-02")
			.doesNotContain("<script", "http://", "https://");
		assertThat(Files.readAllBytes(pack.resolve("committee-report.pdf"))).startsWith('%', 'P', 'D', 'F');

		// another quarter gets its own folder beside the first
		assertThat(
				new CommandLine(new KpiCommand()).execute("--la", LA, "--as-at", "2024-03-31", "--out", out.toString()))
			.isZero();
		assertThat(out.resolve(LA + "_2024-03-31").resolve("kpi.csv")).exists();
		assertThat(pack.resolve("kpi.csv")).exists();
		assertThat(new CommandLine(new KpiCommand()).execute("--la", LA, "--as-at", "2024-03-30", "--out",
				this.work.resolve("bad").toString()))
			.isEqualTo(ExitCodes.USAGE);

		// the council's own comparators for this command only; a named file that is not
		// there is bad input
		Path own = Files.writeString(this.work.resolve("own-comparators.csv"), """
				kpi_id,geography,la,year,value,vintage,source
				CLA-01,Statistical neighbours (our group),E06000034,2024,4242,our own release,test
				""");
		assertThat(new CommandLine(new KpiCommand()).execute("--la", LA, "--as-at", "2024-12-31", "--out",
				this.work.resolve("own").toString(), "--comparators", own.toString()))
			.isZero();
		assertThat(Files.readString(this.work.resolve("own").resolve(LA + "_2024-12-31/committee-report.html")))
			.contains("4,242", "comparators from " + own.toAbsolutePath())
			.doesNotContain("81,770");
		assertThat(Cli.execute("kpi", "--la", LA, "--as-at", "2024-12-31", "--targets",
				this.work.resolve("nowhere.csv").toString()))
			.isEqualTo(ExitCodes.BAD_INPUT);
	}

	@Test
	void withoutPostcodesUsesTheLookupTheRunBehindTheNewestReturnRecorded() throws Exception {
		JobOperatorTestUtils jobs = new JobOperatorTestUtils(this.jobOperator, this.jobRepository);
		jobs.setJob(this.nightly903);
		Path postcodes = Path.of("fixtures/reference/postcodes.csv");
		// a council of its own: the database is shared with the other test, which stores
		// 2023-24 as built
		String council = "E06000033";
		JobParams run = JobParams.of(council, new CollectionYear(2025), Path.of("fixtures/sample/2024-25"),
				Path.of("fixtures/sample/2023-24"), new ReferenceFiles(postcodes, null, null, null),
				this.work.resolve("out"), "test");
		assertThat(jobs.startJob(run.toJobParameters()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		// another council's lookup, stored after: the latest, but not what this council's
		// run read
		Path other = this.work.resolve("other-postcodes.csv");
		Files.writeString(other, "pcd,oseast1m,osnrth1m,laua\nB66 1AA,400000,290000,E08000025\n");
		this.referenceData.storePostcodes(other);

		System.setProperty("spring.datasource.url", DATABASE);
		assertThat(new CommandLine(new KpiCommand()).execute("--la", council, "--as-at", "2025-03-31", "--out",
				this.work.resolve("stored").toString()))
			.isZero();
		assertThat(new CommandLine(new KpiCommand()).execute("--la", council, "--as-at", "2025-03-31", "--out",
				this.work.resolve("given").toString(), "--postcodes", postcodes.toString()))
			.isZero();

		assertThat(locationRows(this.work.resolve("stored").resolve(council + "_2025-03-31"))).isNotEmpty()
			.allMatch((line) -> !line.endsWith(","), "has a value")
			.isEqualTo(locationRows(this.work.resolve("given").resolve(council + "_2025-03-31")));
	}

	private static List<String> locationRows(Path out) throws IOException {
		return Files.readAllLines(out.resolve("kpi.csv"), StandardCharsets.UTF_8)
			.stream()
			.filter((line) -> line.startsWith("LOC-01,") && line.contains(",,,"))
			.toList();
	}

	private void storeRuns() throws Exception {
		JobOperatorTestUtils jobs = new JobOperatorTestUtils(this.jobOperator, this.jobRepository);
		jobs.setJob(this.nightly903);
		Path previous = Path.of("fixtures/sample/2023-24");
		Path current = Path.of("fixtures/sample/2024-25");
		JobParams earlier = JobParams.of(LA, new CollectionYear(2024), previous, null, ReferenceFiles.none(),
				this.work.resolve("out"), "test");
		assertThat(jobs.startJob(earlier.toJobParameters()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		JobParams later = JobParams.of(LA, new CollectionYear(2025), current, previous, ReferenceFiles.none(),
				this.work.resolve("out"), "test");
		assertThat(jobs.startJob(later.toJobParameters()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	private static KpiResult overall(List<KpiResult> rows, String id) {
		return rows.stream().filter((r) -> r.kpiId().equals(id) && r.isOverall()).findFirst().orElseThrow();
	}

}
