package org.ssda903.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

import org.ssda903.common.Futures;
import org.ssda903.common.SpreadsheetCells;
import org.ssda903.model.Row;
import org.ssda903.model.Table;
import org.ssda903.returns.ReturnVersion;
import org.ssda903.run.ManifestEntry;
import org.ssda903.run.RunInput;
import org.ssda903.run.RunInputRepository;
import org.ssda903.run.RunOutputRepository;
import org.ssda903.store.RejectRepository;
import org.ssda903.store.RejectedRecord;
import org.ssda903.store.StagingRepository;
import org.ssda903.validation.RuleRun;
import org.ssda903.validation.ValidationIssue;
import org.ssda903.validation.ValidationRepository;

/**
 * Writes a run's output folder from what the run stored in the database, so that a
 * restarted run writes exactly the same bytes as an uninterrupted one. The file names and
 * columns are the contract in the README.
 */
@Service
public class RunPublisher {

	static final List<String> ISSUE_COLUMNS = List.of("rule_code", "severity", "table", "line", "child_id", "fields",
			"message");

	static final List<String> SUMMARY_COLUMNS = List.of("rule_code", "severity", "failing_rows", "failing_children",
			"status");

	static final List<String> REJECT_COLUMNS = List.of("source_file", "line", "child_id", "reason", "raw");

	static final List<String> MANIFEST_COLUMNS = List.of("path", "bytes", "sha256");

	private final StagingRepository staging;

	private final RejectRepository rejects;

	private final ValidationRepository validation;

	private final RunInputRepository inputs;

	private final RunOutputRepository outputs;

	public RunPublisher(StagingRepository staging, RejectRepository rejects, ValidationRepository validation,
			RunInputRepository inputs, RunOutputRepository outputs) {
		this.staging = staging;
		this.rejects = rejects;
		this.validation = validation;
		this.inputs = inputs;
		this.outputs = outputs;
	}

	/**
	 * Writes the return, validation and rejects files and the manifest; gives the
	 * manifest's entries, recorded as the run's own (rerun number 0) or as those of one
	 * of its reruns.
	 */
	public List<ManifestEntry> publish(long runId, long rerunNumber, ReturnVersion returnVersion, OutputFolder folder,
			List<ExtraOutput> extras) {
		// the extras (a national KPI drill-down is hundreds of megabytes) are written
		// from
		// memory while this thread reads the return from the database
		ExecutorService extrasWriter = Executors.newSingleThreadExecutor(Futures.daemonThreads("publish-run-" + runId));
		try {
			Future<?> extrasWritten = extrasWriter
				.submit(() -> extras.forEach((extra) -> folder.write(extra.relativePath(), extra.action())));
			writeStored(runId, returnVersion, folder);
			Futures.awaitAll(List.of(extrasWritten), "the run's outputs were written");
		}
		finally {
			extrasWriter.shutdownNow();
		}
		List<ManifestEntry> manifest = manifest(folder);
		folder.writeCsv("manifest.csv", MANIFEST_COLUMNS,
				() -> manifest.stream()
					.map((e) -> new String[] { e.path(), String.valueOf(e.bytes()), e.sha256() })
					.iterator());
		this.outputs.replace(runId, rerunNumber, manifest);
		return manifest;
	}

	/** The return, validation and rejects files, from what the run stored. */
	private void writeStored(long runId, ReturnVersion returnVersion, OutputFolder folder) {
		for (Table table : Table.values()) {
			folder.writeCsv("return/" + table.fileName(), table.columns(), () -> valuesOf(
					this.staging.rowsInLineOrder(StagingRepository.RETURN, returnVersion.returnId(), table)));
		}
		List<ValidationIssue> issues = this.validation.issues(runId);
		folder.writeCsv("validation/issues.csv", ISSUE_COLUMNS,
				() -> issues.stream()
					.map((i) -> SpreadsheetCells.inert(new String[] { i.ruleCode(), i.severity().label(),
							i.table().baseName(), String.valueOf(i.line()), i.childId(), i.fieldList(), i.message() }))
					.iterator());
		List<RuleRun> ruleRuns = this.validation.ruleRuns(runId);
		folder.writeCsv("validation/summary.csv", SUMMARY_COLUMNS,
				() -> ruleRuns.stream()
					.map((r) -> new String[] { r.ruleCode(), r.severity().label(), String.valueOf(r.failingRows()),
							String.valueOf(r.failingChildren()), r.status() })
					.iterator());
		writeRejects(runId, folder);
	}

	private void writeRejects(long runId, OutputFolder folder) {
		Map<String, List<RejectedRecord>> bySource = new LinkedHashMap<>();
		for (RunInput input : this.inputs.forRun(runId)) {
			bySource.put(input.fileName(), new ArrayList<>());
		}
		for (RejectedRecord reject : this.rejects.forRun(runId)) {
			bySource.computeIfAbsent(reject.sourceFile(), (f) -> new ArrayList<>()).add(reject);
		}
		bySource
			.forEach((source, records) -> folder.writeCsv("rejected/" + source, REJECT_COLUMNS, () -> records.stream()
				.map((r) -> SpreadsheetCells
					.inert(new String[] { r.sourceFile(), String.valueOf(r.line()), r.childId(), r.reason(), r.raw() }))
				.iterator()));
	}

	/**
	 * The rows' values, read as they are written: a return file is read a page at a time.
	 */
	private static Iterator<String[]> valuesOf(Iterator<Row> rows) {
		return new Iterator<>() {
			@Override
			public boolean hasNext() {
				return rows.hasNext();
			}

			@Override
			public String[] next() {
				return rows.next().values();
			}
		};
	}

	/** Every file of the folder but the manifest itself, by path. */
	private static List<ManifestEntry> manifest(OutputFolder folder) {
		Path root = folder.root();
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile)
				.filter((p) -> !p.equals(root.resolve("manifest.csv")))
				.filter((p) -> !p.getFileName().toString().endsWith(".part"))
				.map((p) -> folder.entry(root.relativize(p).toString().replace('\\', '/')))
				.sorted(Comparator.comparing(ManifestEntry::path))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + root, ex);
		}
	}

	/**
	 * An output another capability contributes to the run folder, such as the KPI tables.
	 */
	public record ExtraOutput(String relativePath, OutputFolder.OutputAction action) {
	}

}
