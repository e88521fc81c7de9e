package org.ssda903.extract;

import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import org.ssda903.common.BadExtractException;
import org.ssda903.model.ChildRecords;
import org.ssda903.model.Row;
import org.ssda903.model.Table;

/**
 * Reads a whole 903 folder into memory with the same rules as the nightly load, for a
 * folder that is only read, such as last year's return given with {@code --previous}.
 * Rows the loader would reject are left out.
 */
public final class ExtractLoader {

	private ExtractLoader() {
	}

	public static SortedMap<String, ChildRecords> load(Path folder) {
		SortedMap<String, ChildRecords> children = new TreeMap<>();
		forEachRow(folder, (row) -> children.computeIfAbsent(row.child(), ChildRecords::new).add(row));
		return children;
	}

	/**
	 * Every row the loader would load, file by file in line order, without holding them:
	 * a national return is too large to read whole.
	 */
	public static void forEachRow(Path folder, Consumer<Row> rows) {
		ExtractFolder.scan(folder).forEach((table, file) -> forEachRow(folder, table, file, rows));
	}

	/**
	 * Every row of one file of a folder ({@link ExtractFolder#scan}) the loader would
	 * load, in line order.
	 */
	public static void forEachRow(Path folder, Table table, ExtractFile file, Consumer<Row> rows) {
		RecordClassifier classifier = new RecordClassifier(table);
		ExtractFileReader reader = new ExtractFileReader(file.path(), "previous");
		try {
			reader.open(new ExecutionContext());
			for (ExtractRecord record = reader.read(); record != null; record = reader.read()) {
				if (classifier.process(record) instanceof LoadOutcome.Loaded loaded) {
					rows.accept(loaded.row());
				}
			}
		}
		catch (Exception ex) {
			throw new BadExtractException(file.fileName() + " in " + folder + ": " + ex.getMessage(), ex);
		}
		finally {
			reader.close();
		}
	}

}
