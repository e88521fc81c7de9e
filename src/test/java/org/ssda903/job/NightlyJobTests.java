package org.ssda903.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doCallRealMethod;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import org.ssda903.cli.Ssda903Application;
import org.ssda903.common.Checksums;
import org.ssda903.model.ChildSource;
import org.ssda903.model.CollectionYear;
import org.ssda903.model.Table;
import org.ssda903.returns.ReturnVersion;
import org.ssda903.run.JobParams;
import org.ssda903.run.ReferenceFiles;
import org.ssda903.run.RunContext;
import org.ssda903.run.RunStep;
import org.ssda903.store.StagingRepository;
import org.ssda903.support.ExtractWriter;
import org.ssda903.support.WatchedChildSource;

/**
 * The nightly job end to end against one database; subclasses choose the database. Chunks
 * are five rows and slices seven children, so that a small extract spans several chunks
 * and slices and a failure can be injected between them.
 */
@SpringBootTest(classes = Ssda903Application.class, properties = { "ssda903.chunk-size=5", "ssda903.slice-size=7" })
abstract class NightlyJobTests {

	static final String LA = "E06000034";

	static final CollectionYear YEAR = new CollectionYear(2025);

	// built by hand rather than by @SpringBatchTest, whose listeners take any helper
	// returning a JobExecution for
	// a step-scope factory method
	JobOperatorTestUtils jobs;

	JobRepositoryTestUtils jobRepositoryTestUtils;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	Job nightly903;

	@Autowired
	JdbcTemplate jdbc;

	@MockitoSpyBean
	StagingRepository staging;

	@TempDir
	Path work;

	@BeforeEach
	void cleanDatabase() {
		this.jobs = new JobOperatorTestUtils(this.jobOperator, this.jobRepository);
		this.jobs.setJob(this.nightly903);
		this.jobRepositoryTestUtils = new JobRepositoryTestUtils(this.jobRepository);
		this.jobRepositoryTestUtils.removeJobExecutions();
		for (String table : List.of("run_input", "rejected_record", "validation_issue", "validation_rule_run",
				"run_output", "return_version", "kpi_result")) {
			this.jdbc.update("delete from " + table);
		}
		for (Table table : Table.values()) {
			this.jdbc.update("delete from " + table.sqlName(StagingRepository.STAGING));
			this.jdbc.update("delete from " + table.sqlName(StagingRepository.RETURN));
		}
	}

	@Test
	void loadsEveryGoodRowAndRejectsOnlyRowsThatCannotBePlaced() throws Exception {
		Path extract = this.work.resolve("extract");
		ExtractWriter.write(extract, "header.csv", ExtractWriter.HEADER, "C1,M,01/02/2010,WBRI,UN1,,",
				",F,01/02/2011,WBRI,UN1,0,", "C2,F,2011-02-01,WBRI,UN1,0,");
		ExtractWriter.write(extract, "CLA episodes 2025.csv", ExtractWriter.EPISODES,
				"C1,01/05/2024,S,C2,N1,U4,PR1,,,,RM17 6AA,RM17 6AB,", "C1,01/05/2024,S,C2,N1",
				"C2,31/02/2024,S,C2,N1,U4,PR1,,,,,,", "C1,01/05/2024,S,C2,N1,U4,PR1,,,,RM17 6AA,RM17 6AB,",
				"C2,\"01/06/2024,S,C2,N1,U4,PR1,,,,,,", "C2,01/06/2024,s,c2,n1,u4,pr1,,,,,,");
		ExtractWriter.write(extract, "missing.csv", "CHILD,DOB,MISSING,MIS_START,MIS_END");

		JobExecution execution = run(extract, LA);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		long runId = execution.getJobInstance().getInstanceId();
		assertThat(this.jdbc.queryForList("select table_name, rows_read, rows_loaded, rows_rejected from run_input"
				+ " where run_id = ? order by table_name", runId))
			.extracting((row) -> List.of(row.get("table_name"), row.get("rows_read"), row.get("rows_loaded"),
					row.get("rows_rejected")))
			.containsExactly(List.of("episodes", 6, 2, 4), List.of("header", 3, 2, 1), List.of("missing", 0, 0, 0));
		Path folder = outputFolder(execution);
		assertThat(lines(folder.resolve("rejected/CLA episodes 2025.csv"))).containsExactly(
				"source_file,line,child_id,reason,raw",
				"CLA episodes 2025.csv,3,C1,\"has 5 fields, the header has 13\",\"C1,01/05/2024,S,C2,N1\"",
				"CLA episodes 2025.csv,4,C2,DECOM is not a valid dd/mm/yyyy date,\"C2,31/02/2024,S,C2,N1,U4,PR1,,,,,,\"",
				"CLA episodes 2025.csv,5,C1,exact duplicate of line 2,\"C1,01/05/2024,S,C2,N1,U4,PR1,,,,RM17 6AA,RM17 6AB,\"",
				"CLA episodes 2025.csv,6,,unterminated quote: the record's quoting cannot be parsed,"
						+ "\"C2,\"\"01/06/2024,S,C2,N1,U4,PR1,,,,,,\"");
		assertThat(lines(folder.resolve("rejected/header.csv"))).containsExactly("source_file,line,child_id,reason,raw",
				"header.csv,3,,CHILD is blank,\",F,01/02/2011,WBRI,UN1,0,\"");
		assertThat(lines(folder.resolve("return/episodes.csv"))).containsExactly(ExtractWriter.EPISODES,
				"C1,01/05/2024,S,C2,N1,U4,PR1,,,,RM17 6AA,RM17 6AB,", "C2,01/06/2024,S,C2,N1,U4,PR1,,,,,,");
		assertThat(lines(folder.resolve("return/header.csv"))).containsExactly(ExtractWriter.HEADER,
				"C1,M,01/02/2010,WBRI,UN1,,", "C2,F,2011-02-01,WBRI,UN1,0,");
		assertThat(lines(folder.resolve("validation/issues.csv")).get(0))
			.isEqualTo("rule_code,severity,table,line,child_id,fields,message");
		assertThat(lines(folder.resolve("validation/summary.csv")).get(0))
			.isEqualTo("rule_code,severity,failing_rows,failing_children,status");
		assertThat(lines(folder.resolve("kpi/kpi.csv"))).contains(
				"kpi_id,name,period_start,period_end,breakdown,breakdown_value,numerator,denominator,value",
				"CLA-01,Children looked after at period end,2024-04-01,2025-03-31,,,2,,2");
		// the committee's pack: the page says which extract it came from and what was
		// rejected; the PDF is beside it
		assertThat(Files.readString(folder.resolve("kpi/committee-report.html")))
			.contains("the nightly run of the extract", "5 row(s) of the extract could not be loaded");
		assertThat(Files.readAllBytes(folder.resolve("kpi/committee-report.pdf"))).startsWith('%', 'P', 'D', 'F');
		assertManifestMatchesFiles(folder);
		assertOwnerOnly(folder);
	}

	@Test
	void restartAfterAFailureInTheMiddleOfAStepCompletesWithoutDuplicatesAndGivesTheSameOutputs() throws Exception {
		Path extract = ExtractWriter.smallCouncil(this.work.resolve("extract"), 40);
		// a duplicate of a row committed before the failure, placed after it: only the
		// reader's rebuilt memory
		// of committed rows can catch it on restart
		Files.writeString(extract.resolve("episodes.csv"), "C0003,04/05/2024,S,C2,N1,U4,PR1,,,,RM17 6AA,RM17 6AB,\n",
				java.nio.file.StandardOpenOption.APPEND);
		doCallRealMethod().doCallRealMethod()
			.doThrow(new IllegalStateException("injected failure in the third chunk"))
			.doCallRealMethod()
			.when(this.staging)
			.insert(eq(StagingRepository.STAGING), anyLong(), eq(Table.EPISODES), anyList());

		JobExecution failed = run(extract, LA);

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		long runId = failed.getJobInstance().getInstanceId();
		assertThat(this.staging.count(StagingRepository.STAGING, runId, Table.EPISODES)).isEqualTo(10);

		JobExecution restarted = this.jobOperator.restart(failed);

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(runId);
		assertThat(this.staging.count(StagingRepository.STAGING, runId, Table.EPISODES)).isEqualTo(40);
		assertThat(
				this.jdbc.queryForObject("select count(*) from rejected_record where run_id = ?", Integer.class, runId))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from return_version", Integer.class)).isEqualTo(1);

		assertSameAsAnUninterruptedRun(extract, outputFolder(restarted));
	}

	@Test
	void restartAfterAFailureInTheMiddleOfASlicedStepGivesTheSameOutputs() throws Exception {
		Path extract = ExtractWriter.smallCouncil(this.work.resolve("extract"), 40);
		AtomicInteger slicesRead = new AtomicInteger();
		doAnswer((call) -> failingOnThirdSlice((ChildSource) call.callRealMethod(), slicesRead)).when(this.staging)
			.source(eq(StagingRepository.STAGING), anyLong());

		JobExecution failed = run(extract, LA);

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(failed.getStepExecutions()).filteredOn((step) -> step.getStatus() == BatchStatus.FAILED)
			.extracting(StepExecution::getStepName)
			.singleElement()
			.isIn(RunStep.VALIDATE.stepName(), RunStep.BUILD_RETURN.stepName(), RunStep.KPI.stepName());
		JobExecution restarted = this.jobOperator.restart(failed);
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForObject("select count(*) from return_version", Integer.class)).isEqualTo(1);
		assertSameAsAnUninterruptedRun(extract, outputFolder(restarted));
	}

	/** The children as read, but the third slice read fails, once. */
	private static ChildSource failingOnThirdSlice(ChildSource source, AtomicInteger slicesRead) {
		return WatchedChildSource.of(source, (ids) -> {
			if (slicesRead.incrementAndGet() == 3) {
				throw new DataAccessResourceFailureException("injected failure reading the third slice");
			}
		});
	}

	@Test
	void lastYearsFolderIsKeptAsTheCouncilsReturnOfItsYearTrimmedToScopeAndOnlyOnce() throws Exception {
		Path previous = this.work.resolve("previous");
		ExtractWriter.write(previous, "header.csv", ExtractWriter.HEADER, "P1,M,01/02/2010,WBRI,UN1,,",
				"P2,F,01/02/2011,WBRI,UN1,,");
		// P2 left care years before 2023-24: given in the folder, out of the year's
		// return
		ExtractWriter.write(previous, "episodes.csv", ExtractWriter.EPISODES, "P1,01/05/2023,S,C2,N1,U4,PR1,,,,,,",
				"P2,01/01/2020,S,C2,N1,U4,PR1,01/02/2020,E11,,,,");

		JobExecution first = runGivenLastYear(ExtractWriter.smallCouncil(this.work.resolve("a"), 10), previous);
		JobExecution second = runGivenLastYear(ExtractWriter.smallCouncil(this.work.resolve("b"), 11), previous);

		assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(
				this.jdbc.queryForList("select source, given_to_run from return_version where collection_year = 2024"))
			.singleElement()
			.satisfies((kept) -> {
				assertThat(kept.get("source")).isEqualTo(ReturnVersion.GIVEN);
				assertThat(((Number) kept.get("given_to_run")).longValue()).isEqualTo(runId(first));
			});
		long keptId = this.jdbc.queryForObject("select return_id from return_version where collection_year = 2024",
				Long.class);
		assertThat(this.jdbc.queryForList("select child from ret_header where return_id = ?", String.class, keptId))
			.containsExactly("P1");
		assertThat(this.jdbc.queryForList("select child from ret_episodes where return_id = ?", String.class, keptId))
			.containsExactly("P1");
		// the second run found the year held: the folder it staged, whole, is no return,
		// and stays staged until the run is purged (RunPurgeTests)
		long secondsFolder = StagingRepository.givenPreviousKey(runId(second));
		assertThat(this.jdbc.queryForObject("select count(*) from return_version where return_id = ?", Integer.class,
				secondsFolder))
			.isZero();
		assertThat(this.jdbc.queryForList("select child from ret_episodes where return_id = ? order by line",
				String.class, secondsFolder))
			.containsExactly("P1", "P2");
	}

	private JobExecution runGivenLastYear(Path extract, Path previous) throws Exception {
		JobParams params = JobParams.of(LA, YEAR, extract, previous, ReferenceFiles.none(), this.work.resolve("out"),
				"test");
		return this.jobs.startJob(params.toJobParameters());
	}

	@Test
	void theDatabaseGoingAwayInTheMiddleOfAStepIsRecoveredByARestartWithTheSameOutputs() throws Exception {
		Path extract = ExtractWriter.smallCouncil(this.work.resolve("extract"), 30);
		doCallRealMethod().doThrow(new DataAccessResourceFailureException("Communications link failure"))
			.doCallRealMethod()
			.when(this.staging)
			.insert(eq(StagingRepository.STAGING), anyLong(), eq(Table.HEADER), anyList());

		JobExecution failed = run(extract, LA);

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		JobExecution restarted = this.jobOperator.restart(failed);
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.staging.count(StagingRepository.STAGING, runId(restarted), Table.HEADER)).isEqualTo(30);
		assertSameAsAnUninterruptedRun(extract, outputFolder(restarted));
	}

	@Test
	void anUnwritableOutputFolderFailsThePublishStepAndARestartWritesTheSameOutputs() throws Exception {
		Path extract = ExtractWriter.smallCouncil(this.work.resolve("extract"), 12);
		// a file where the output folder should be: the folder cannot be created, as on a
		// full or read-only disk
		Files.createDirectories(this.work.resolve("out"));
		Path blocked = JobParams.runFolder(this.work.resolve("out"), LA, YEAR, nextRunId());
		Files.writeString(blocked, "not a folder");

		JobExecution failed = run(extract, LA);

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(failed.getStepExecutions()).filteredOn((step) -> step.getStatus() == BatchStatus.FAILED)
			.extracting((step) -> step.getStepName())
			.containsExactly("publish");
		Files.delete(blocked);
		JobExecution restarted = this.jobOperator.restart(failed);
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertSameAsAnUninterruptedRun(extract, outputFolder(restarted));
	}

	@Test
	void aCorruptedExtractFileStopsTheRunAndTheRepairedExtractRunsAsANewRunWithTheSameOutputs() throws Exception {
		Path extract = ExtractWriter.smallCouncil(this.work.resolve("extract"), 12);
		byte[] good = Files.readAllBytes(extract.resolve("episodes.csv"));
		byte[] corrupted = good.clone();
		corrupted[good.length / 2] = (byte) 0xC3;
		corrupted[good.length / 2 + 1] = (byte) 0x28;
		Files.write(extract.resolve("episodes.csv"), corrupted);

		JobExecution failed = run(extract, LA);

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(failed.getAllFailureExceptions()).singleElement()
			.satisfies((ex) -> assertThat(ex.getMessage())
				.startsWith(extract.resolve("episodes.csv") + ": is not UTF-8 text"));
		assertThat(this.jdbc.queryForObject("select count(*) from stg_header", Integer.class)).isZero();
		Files.write(extract.resolve("episodes.csv"), good);
		JobExecution repaired = run(extract, LA);
		assertThat(repaired.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(runId(repaired)).isNotEqualTo(runId(failed));
		assertSameAsAnUninterruptedRun(extract, outputFolder(repaired));
	}

	@Test
	void theSameExtractAfterSuccessIsNotRunAgain() throws Exception {
		Path extract = ExtractWriter.smallCouncil(this.work.resolve("extract"), 3);
		assertThat(run(extract, LA).getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertThatThrownBy(() -> run(extract, LA)).isInstanceOf(JobInstanceAlreadyCompleteException.class);
	}

	@Test
	void aFileWithAnUnknownLayoutStopsTheJobNamingTheFileAndLoadsNothing() throws Exception {
		Path extract = ExtractWriter.smallCouncil(this.work.resolve("extract"), 3);
		ExtractWriter.write(extract, "placements_extra.csv", "CHILD,PLACEMENT,START", "C0001,U4,01/05/2024");

		JobExecution execution = run(extract, LA);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(execution.getAllFailureExceptions()).singleElement()
			.satisfies((ex) -> assertThat(ex.getMessage()).startsWith(extract.resolve("placements_extra.csv") + ": ")
				.contains("matches no 903 file layout"));
		assertThat(this.jdbc.queryForObject("select count(*) from stg_header", Integer.class)).isZero();
	}

	@Test
	void aFileThatIsNotUtf8StopsTheJobNamingTheFile() throws Exception {
		Path extract = ExtractWriter.smallCouncil(this.work.resolve("extract"), 3);
		byte[] latin1 = (ExtractWriter.HEADER + "\nC\u00e90001,M,01/02/2010,WBRI,UN1,,\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		ExtractWriter.writeBytes(extract, "header.csv", latin1);

		JobExecution execution = run(extract, LA);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(execution.getAllFailureExceptions()).singleElement()
			.satisfies((ex) -> assertThat(ex.getMessage()).isEqualTo(extract.resolve("header.csv")
					+ ": is not UTF-8 text (first invalid byte on line 2); save it as UTF-8"));
	}

	@Test
	void aByteOrderMarkAndWindowsLineEndsLoadLikeAnyOtherFile() throws Exception {
		Path extract = this.work.resolve("extract");
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] text = (ExtractWriter.HEADER + "\r\nC1,M,01/02/2010,WBRI,UN1,,\r\nC2,F,01/02/2011,WBRI,UN1,0,\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[bom.length + text.length];
		System.arraycopy(bom, 0, bytes, 0, bom.length);
		System.arraycopy(text, 0, bytes, bom.length, text.length);
		ExtractWriter.writeBytes(extract, "header.csv", bytes);

		JobExecution execution = run(extract, LA);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForList("select child from stg_header order by line", String.class))
			.containsExactly("C1", "C2");
	}

	JobExecution run(Path extract, String laCode) throws Exception {
		JobParams params = JobParams.of(laCode, YEAR, extract, null, ReferenceFiles.none(), this.work.resolve("out"),
				"test");
		return this.jobs.startJob(params.toJobParameters());
	}

	/**
	 * Runs the extract again on a database that has forgotten every run, and compares the
	 * outputs byte for byte.
	 */
	void assertSameAsAnUninterruptedRun(Path extract, Path outputs) throws Exception {
		cleanDatabase();
		JobExecution uninterrupted = run(extract, LA);
		assertThat(uninterrupted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(outputFolder(uninterrupted)).isNotEqualTo(outputs);
		assertSameFiles(outputs, outputFolder(uninterrupted));
	}

	static long runId(JobExecution execution) {
		return execution.getJobInstance().getInstanceId();
	}

	/** The id the next run will get, to know its output folder before it starts. */
	long nextRunId() throws Exception {
		Path probe = ExtractWriter.smallCouncil(this.work.resolve("probe"), 1);
		return runId(run(probe, "E06000099")) + 1;
	}

	static Path outputFolder(JobExecution execution) {
		return RunContext.outputFolder(execution);
	}

	static List<String> lines(Path file) throws IOException {
		return Files.readAllLines(file, StandardCharsets.UTF_8);
	}

	static void assertManifestMatchesFiles(Path folder) throws IOException {
		List<String> manifest = lines(folder.resolve("manifest.csv"));
		List<String> files;
		try (Stream<Path> walk = Files.walk(folder)) {
			files = walk.filter(Files::isRegularFile)
				.map((p) -> folder.relativize(p).toString())
				.filter((p) -> !p.equals("manifest.csv"))
				.sorted()
				.toList();
		}
		assertThat(manifest).hasSize(files.size() + 1);
		for (int i = 0; i < files.size(); i++) {
			Path file = folder.resolve(files.get(i));
			assertThat(manifest.get(i + 1)).isEqualTo(files.get(i) + "," + Files.size(file) + "," + Checksums.of(file));
		}
	}

	static void assertOwnerOnly(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.toList()) {
				String permissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
				assertThat(permissions).as(path.toString()).matches("rw[x-]------");
			}
		}
	}

	static void assertSameFiles(Path expected, Path actual) throws IOException {
		try (Stream<Path> walk = Files.walk(expected)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				Path other = actual.resolve(expected.relativize(file));
				assertThat(Files.readAllBytes(other)).as(other.toString()).isEqualTo(Files.readAllBytes(file));
			}
		}
	}

}
