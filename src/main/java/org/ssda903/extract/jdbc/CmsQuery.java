package org.ssda903.extract.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ssda903.common.BadExtractException;
import org.ssda903.common.Checksums;
import org.ssda903.model.Table;

/**
 * The SQL query that reads one 903 table from the CMS, kept in {@code
 *
<table>
 * .sql} (e.g. {@code episodes.sql}).
 *
 * @param sql the statement without a trailing semicolon, which some drivers refuse
 * @param sha256 of the file's bytes, recorded in the snapshot so that a change of query
 * is visible
 */
public record CmsQuery(Table table, Path file, String sql, String sha256) {

	public String fileName() {
		return this.file.getFileName().toString();
	}

	/**
	 * The queries of a folder, by table. A table without a query file is not pulled. A
	 * {@code .sql} file that names no 903 table stops the pull: it is most likely a
	 * misspelt table name, whose table would otherwise be silently missing from the
	 * return.
	 */
	public static Map<Table, CmsQuery> load(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new BadExtractException("queries folder " + folder + " does not exist or is not a folder");
		}
		Map<Table, CmsQuery> queries = new EnumMap<>(Table.class);
		try (Stream<Path> entries = Files.list(folder)) {
			for (Path file : entries.filter(Files::isRegularFile).sorted().toList()) {
				String name = file.getFileName().toString();
				if (!name.toLowerCase(Locale.ROOT).endsWith(".sql")) {
					continue;
				}
				String baseName = name.substring(0, name.length() - ".sql".length());
				Table table = Table.byBaseName(baseName)
					.orElseThrow(() -> new BadExtractException(name + ": names no 903 table; a query file is called "
							+ Arrays.stream(Table.values()).map(Table::baseName).collect(Collectors.joining(", "))
							+ " followed by .sql"));
				queries.put(table, read(table, file));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list queries folder " + folder, ex);
		}
		if (queries.isEmpty()) {
			throw new BadExtractException("queries folder " + folder + " holds no .sql files");
		}
		return queries;
	}

	private static CmsQuery read(Table table, Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		String sql = new String(bytes, StandardCharsets.UTF_8).strip();
		while (sql.endsWith(";")) {
			sql = sql.substring(0, sql.length() - 1).strip();
		}
		if (sql.isEmpty()) {
			throw new BadExtractException(file.getFileName() + ": is empty; it must hold one SELECT statement");
		}
		return new CmsQuery(table, file, sql, Checksums.of(bytes));
	}

}
