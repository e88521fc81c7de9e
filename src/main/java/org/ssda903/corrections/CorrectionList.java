package org.ssda903.corrections;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;

import org.springframework.stereotype.Service;

import org.ssda903.common.SpreadsheetCells;
import org.ssda903.model.Row;
import org.ssda903.model.Table;
import org.ssda903.run.RunInput;
import org.ssda903.run.RunInputRepository;
import org.ssda903.store.RejectRepository;
import org.ssda903.store.RejectedRecord;
import org.ssda903.store.StagingRepository;
import org.ssda903.validation.ValidationIssue;
import org.ssda903.validation.ValidationRepository;

/**
 * A run's rejected rows and validation issues as one list in the case-management system's
 * terms (source file, line, field and the value it holds now), so that a data officer
 * corrects the CMS rather than the return. Values come from the run's staged rows; once a
 * run is purged they are gone and the list gives the places only.
 */
@Service
public class CorrectionList {

	private final RejectRepository rejects;

	private final ValidationRepository validation;

	private final StagingRepository staging;

	private final RunInputRepository inputs;

	public CorrectionList(RejectRepository rejects, ValidationRepository validation, StagingRepository staging,
			RunInputRepository inputs) {
		this.rejects = rejects;
		this.validation = validation;
		this.staging = staging;
		this.inputs = inputs;
	}

	/** The run's corrections in working order. */
	public List<Correction> forRun(long runId) {
		List<Correction> corrections = new ArrayList<>();
		for (RejectedRecord reject : this.rejects.forRun(runId)) {
			corrections.add(new Correction(reject.childId(), reject.sourceFile(), reject.line(), fieldNamedIn(reject),
					reject.raw(), reject.reason(), "", "reject"));
		}
		Map<Table, String> fileNames = new EnumMap<>(Table.class);
		for (RunInput input : this.inputs.forRun(runId)) {
			Table.byBaseName(input.table()).ifPresent((table) -> fileNames.put(table, input.fileName()));
		}
		Map<Table, Map<Long, Row>> staged = new EnumMap<>(Table.class);
		for (ValidationIssue issue : this.validation.issues(runId)) {
			Row row = staged.computeIfAbsent(issue.table(), (table) -> byLine(runId, table)).get(issue.line());
			String file = fileNames.getOrDefault(issue.table(), issue.table().fileName());
			for (String field : issue.fields()) {
				String value = row != null && issue.table().hasColumn(field)
						? row.values()[issue.table().indexOf(field)] : "";
				corrections.add(new Correction(issue.childId(), file, issue.line(), field, value, issue.message(),
						issue.ruleCode(), issue.severity().label()));
			}
		}
		corrections.sort(Correction.WORKING_ORDER);
		return corrections;
	}

	/**
	 * Writes the list as CSV: a header line, then the corrections, LF line ends, UTF-8; a
	 * value a spreadsheet would evaluate is written as text, since data officers open the
	 * list in one.
	 */
	public static void writeCsv(List<Correction> corrections, Writer writer) throws IOException {
		ICSVWriter csv = new CSVWriterBuilder(writer).withLineEnd("\n").build();
		csv.writeNext(Correction.COLUMNS.toArray(String[]::new), false);
		for (Correction correction : corrections) {
			csv.writeNext(SpreadsheetCells.inert(correction.toCsvRow()), false);
		}
		csv.flush();
	}

	/**
	 * Writes the list to a file readable by its owner only, since it holds personal data:
	 * the permissions are set on an empty temporary file before anything is written,
	 * which then replaces the target.
	 */
	public static void writeFile(List<Correction> corrections, Path file) {
		Path target = file.toAbsolutePath();
		Path temporary = target.resolveSibling(target.getFileName() + ".part");
		try {
			Files.createDirectories(target.getParent());
			Files.deleteIfExists(temporary);
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				Files.createFile(temporary,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			else {
				Files.createFile(temporary);
			}
			try (Writer writer = new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8)) {
				writeCsv(corrections, writer);
			}
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + target + ": " + ex.getMessage(), ex);
		}
	}

	private Map<Long, Row> byLine(long runId, Table table) {
		Map<Long, Row> rows = new HashMap<>();
		for (Row row : this.staging.rows(StagingRepository.STAGING, runId, table)) {
			rows.put(row.line(), row);
		}
		return rows;
	}

	/**
	 * The field a reject's reason starts with ("DECOM is not a valid ..."), or blank when
	 * it names none.
	 */
	private static String fieldNamedIn(RejectedRecord reject) {
		String first = reject.reason().split(" ", 2)[0];
		return reject.table().hasColumn(first) ? first : "";
	}

}
