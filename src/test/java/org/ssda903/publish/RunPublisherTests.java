package org.ssda903.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import org.ssda903.cli.Ssda903Application;
import org.ssda903.common.Checksums;
import org.ssda903.job.NightlyRunner;
import org.ssda903.run.RunContext;
import org.ssda903.run.RunOutputRepository;
import org.ssda903.support.AuditorExtracts;
import org.ssda903.support.Runs;

/**
 * A published run folder is owner-only, holds the contract's files, and its manifest (and
 * the run's recorded outputs) give every other file's size and checksum, so an auditor
 * can prove a file is the one the run wrote.
 */
@SpringBootTest(classes = Ssda903Application.class,
		properties = "spring.datasource.url=jdbc:h2:mem:run-publisher;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class RunPublisherTests {

	@Autowired
	NightlyRunner runner;

	@Autowired
	RunOutputRepository outputs;

	@TempDir
	Path work;

	@Test
	void theManifestAndTheRecordedOutputsGiveEveryFileItsChecksum() throws Exception {
		JobExecution execution = Runs.completed(this.runner, AuditorExtracts.completing(this.work.resolve("x")),
				"E06000034", this.work.resolve("out"));
		Path folder = RunContext.outputFolder(execution);

		List<String> manifest = Files.readAllLines(folder.resolve("manifest.csv"));

		assertThat(manifest.get(0)).isEqualTo("path,bytes,sha256");
		assertThat(manifest).anyMatch((line) -> line.startsWith("return/episodes.csv,"))
			.anyMatch((line) -> line.startsWith("validation/issues.csv,"))
			.anyMatch((line) -> line.startsWith("validation/summary.csv,"))
			.anyMatch((line) -> line.startsWith("rejected/episodes.csv,"))
			.anyMatch((line) -> line.startsWith("kpi/kpi.csv,"));
		for (String line : manifest.subList(1, manifest.size())) {
			String[] entry = line.split(",");
			Path file = folder.resolve(entry[0]);
			assertThat(Files.size(file)).as(entry[0]).isEqualTo(Long.parseLong(entry[1]));
			assertThat(Checksums.of(file)).as(entry[0]).isEqualTo(entry[2]);
		}
		assertThat(this.outputs.forRun(Runs.runId(execution))).hasSize(manifest.size() - 1);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
	}

	@Test
	void rejectedRowsAreWrittenPerSourceFileWithTheirLineAndReason() throws Exception {
		JobExecution execution = Runs.completed(this.runner, AuditorExtracts.completing(this.work.resolve("y")),
				"E06000035", this.work.resolve("out"));

		List<String> rejected = Files.readAllLines(RunContext.outputFolder(execution).resolve("rejected/episodes.csv"));

		assertThat(rejected.get(0)).isEqualTo("source_file,line,child_id,reason,raw");
		assertThat(rejected).hasSize(3);
		assertThat(rejected.get(1)).startsWith("episodes.csv,4," + AuditorExtracts.REJECTED_CHILD + ",");
		assertThat(rejected.get(2)).startsWith("episodes.csv,5," + AuditorExtracts.REJECTED_CHILD + ",");
	}

}
