package org.ssda903.generator;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;

import org.ssda903.model.Table;

/**
 * The eleven 903 CSV files of one return, open together so that each child's rows stream
 * straight out.
 */
final class ReturnFiles implements Closeable {

	/**
	 * The files a synthetic return has: every 903 file but DoLo.csv, since the simulation
	 * has no deprivation of liberty orders and a 2026-27 return without any would hold an
	 * empty file that says nothing.
	 */
	static final List<Table> TABLES = Arrays.stream(Table.values()).filter((t) -> t != Table.DOLO).toList();

	private final Map<Table, ICSVWriter> writers = new EnumMap<>(Table.class);

	ReturnFiles(Path directory) throws IOException {
		Files.createDirectories(directory);
		try {
			for (Table table : TABLES) {
				Writer out = Files.newBufferedWriter(directory.resolve(table.fileName()), StandardCharsets.UTF_8);
				ICSVWriter csv = new CSVWriterBuilder(out).withLineEnd("\n").build();
				this.writers.put(table, csv);
				csv.writeNext(table.columns().toArray(String[]::new), false);
			}
		}
		catch (IOException | RuntimeException ex) {
			close();
			throw ex;
		}
	}

	void write(Table table, String... values) {
		if (values.length != table.columns().size()) {
			throw new IllegalArgumentException(
					table.fileName() + " needs " + table.columns().size() + " values, got " + values.length);
		}
		this.writers.get(table).writeNext(values, false);
	}

	@Override
	public void close() throws IOException {
		IOException failure = null;
		for (Map.Entry<Table, ICSVWriter> entry : this.writers.entrySet()) {
			try {
				// the CSV writer swallows write errors; ask before closing so a full disk
				// is not silent
				if (entry.getValue().checkError()) {
					failure = new IOException("could not write " + entry.getKey().fileName(),
							entry.getValue().getException());
				}
				entry.getValue().close();
			}
			catch (IOException ex) {
				failure = ex;
			}
		}
		if (failure != null) {
			throw failure;
		}
	}

}
