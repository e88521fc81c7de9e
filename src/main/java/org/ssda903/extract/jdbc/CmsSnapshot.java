package org.ssda903.extract.jdbc;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ssda903.common.BadExtractException;
import org.ssda903.common.Checksums;
import org.ssda903.model.Dates;
import org.ssda903.model.Table;

/**
 * Pulls the 903 tables from the CMS reporting database into a new snapshot folder of 903
 * CSV files, which the nightly job then reads like any landing folder. Freezing what was
 * read into files is what makes a run repeatable: the run's identity is the checksum of
 * its extract folder, and a restart or rerun reads the same snapshot while the CMS goes
 * on changing.
 * <p>
 * All queries run in one read-only transaction, REPEATABLE READ where the database offers
 * it, so that the tables agree with each other (no episode of a child whose header row
 * was added after the header query ran). Rows are streamed to the files, so memory does
 * not grow with the size of the council.
 * <p>
 * The snapshot is written under a hidden {@code .part} name and renamed when complete, so
 * a pull that fails never leaves a folder that looks like a whole extract; the partial
 * folder is deleted, since it holds personal data.
 */
public final class CmsSnapshot {

	/**
	 * The manifest of a snapshot. Not named {@code .csv}, because every {@code .csv} of
	 * an extract is a 903 table.
	 */
	public static final String MANIFEST = "snapshot.manifest";

	static final List<String> MANIFEST_COLUMNS = List.of("table", "query_sha256", "rows", "file_sha256");

	private static final Logger log = LoggerFactory.getLogger(CmsSnapshot.class);

	private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

	private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

	private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

	/**
	 * Rows fetched per round trip where the driver streams with a positive fetch size.
	 */
	private static final int FETCH_SIZE = 1000;

	private final Clock clock;

	public CmsSnapshot(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Runs every query and writes the snapshot folder
	 * {@code <snapshots>/<laCode>_<UTC time>/}.
	 * @throws BadExtractException when a query does not return exactly the columns of its
	 * 903 table
	 * @throws SQLException when the CMS cannot be reached or a query fails there
	 */
	public Snapshot pull(CmsConnection cms, Map<Table, CmsQuery> queries, Path snapshots, String laCode)
			throws SQLException {
		String name = laCode + "_" + FOLDER_TIME.format(LocalDateTime.now(this.clock.withZone(ZoneOffset.UTC)));
		Path folder = snapshots.resolve(name);
		if (Files.exists(folder)) {
			throw new IllegalStateException("snapshot folder " + folder + " already exists; pull again in a second");
		}
		Path partial = snapshots.resolve("." + name + ".part");
		try {
			createOwnerOnlyFolders(snapshots);
			createOwnerOnly(partial);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create snapshot folder " + partial + ": " + ex.getMessage(), ex);
		}
		boolean complete = false;
		try {
			List<SnapshotTable> tables = readAll(cms, queries, partial);
			writeManifest(partial.resolve(MANIFEST), tables);
			Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
			complete = true;
			return new Snapshot(folder, tables);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write snapshot folder " + folder + ": " + ex.getMessage(), ex);
		}
		finally {
			if (!complete) {
				deleteQuietly(partial);
			}
		}
	}

	private List<SnapshotTable> readAll(CmsConnection cms, Map<Table, CmsQuery> queries, Path folder)
			throws SQLException, IOException {
		List<SnapshotTable> tables = new ArrayList<>();
		try (Connection connection = cms.open()) {
			beginConsistentRead(connection);
			try {
				int fetchSize = fetchSize(connection.getMetaData());
				for (CmsQuery query : queries.values()) {
					tables.add(read(connection, fetchSize, query, folder));
				}
			}
			finally {
				// nothing was written: ending the transaction only releases the snapshot
				// the database kept for it
				connection.rollback();
			}
		}
		return tables;
	}

	private static void beginConsistentRead(Connection connection) throws SQLException {
		connection.setReadOnly(true);
		DatabaseMetaData metaData = connection.getMetaData();
		if (metaData.supportsTransactionIsolationLevel(Connection.TRANSACTION_REPEATABLE_READ)) {
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
		}
		else {
			log.warn("the CMS database does not offer REPEATABLE READ: its tables are read at its default isolation"
					+ " and may disagree if the CMS changes during the pull");
		}
		connection.setAutoCommit(false);
	}

	/**
	 * MySQL Connector/J reads a whole result into memory unless the fetch size is
	 * {@code Integer.MIN_VALUE}, its signal to stream row by row; other drivers
	 * (MariaDB's, PostgreSQL's in a transaction) stream with a positive fetch size.
	 */
	private static int fetchSize(DatabaseMetaData metaData) throws SQLException {
		return metaData.getDriverName().startsWith("MySQL Connector") ? Integer.MIN_VALUE : FETCH_SIZE;
	}

	private SnapshotTable read(Connection connection, int fetchSize, CmsQuery query, Path folder)
			throws SQLException, IOException {
		Table table = query.table();
		Path file = folder.resolve(table.fileName());
		MessageDigest digest = Checksums.sha256();
		long rows = 0;
		try (Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY,
				ResultSet.CONCUR_READ_ONLY)) {
			statement.setFetchSize(fetchSize);
			try (ResultSet results = statement.executeQuery(query.sql());
					OutputStream out = new DigestOutputStream(createOwnerOnlyFile(file), digest)) {
				ColumnReader[] columns = columns(query, results.getMetaData());
				Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				ICSVWriter csv = new CSVWriterBuilder(writer).withLineEnd("\n").build();
				csv.writeNext(table.columns().toArray(String[]::new), false);
				String[] values = new String[columns.length];
				while (results.next()) {
					for (int i = 0; i < columns.length; i++) {
						values[i] = columns[i].read(results);
					}
					csv.writeNext(values, false);
					rows++;
				}
				csv.flush();
			}
		}
		log.info("pulled {}: {} rows by {}", table.fileName(), rows, query.fileName());
		return new SnapshotTable(table, query.sha256(), rows, HexFormat.of().formatHex(digest.digest()));
	}

	/**
	 * How to read each 903 column, in DfE order, from the query's result: the query must
	 * return each column of the table once, by name or alias in any case and order, and
	 * nothing else, so that a query that drifts from the layout fails here naming its
	 * file rather than loading a shifted or partial table.
	 */
	static ColumnReader[] columns(CmsQuery query, ResultSetMetaData metaData) throws SQLException {
		Table table = query.table();
		Map<String, Integer> indexByName = new HashMap<>();
		Set<String> unknown = new LinkedHashSet<>();
		Set<String> repeated = new LinkedHashSet<>();
		for (int i = 1; i <= metaData.getColumnCount(); i++) {
			String name = metaData.getColumnLabel(i).trim().toUpperCase(Locale.ROOT);
			if (!table.hasColumn(name)) {
				unknown.add(name);
			}
			else if (indexByName.putIfAbsent(name, i) != null) {
				repeated.add(name);
			}
		}
		List<String> missing = table.columns().stream().filter((c) -> !indexByName.containsKey(c)).toList();
		if (!missing.isEmpty() || !unknown.isEmpty() || !repeated.isEmpty()) {
			List<String> problems = new ArrayList<>();
			if (!missing.isEmpty()) {
				problems.add("lacks " + String.join(", ", missing));
			}
			if (!unknown.isEmpty()) {
				problems.add("has columns that are not in " + table.fileName() + ": " + String.join(", ", unknown));
			}
			if (!repeated.isEmpty()) {
				problems.add("returns more than once " + String.join(", ", repeated));
			}
			throw new BadExtractException(query.fileName() + ": " + String.join("; ", problems) + ". A query must"
					+ " return exactly the columns of " + table.fileName() + " (" + String.join(", ", table.columns())
					+ "), named or aliased as such, in any order");
		}
		ColumnReader[] readers = new ColumnReader[table.columns().size()];
		for (int i = 0; i < readers.length; i++) {
			int index = indexByName.get(table.columns().get(i));
			readers[i] = reader(index, metaData.getColumnType(index));
		}
		return readers;
	}

	/**
	 * Dates as 903 writes them (dd/mm/yyyy); a date and time is cut to its day, since
	 * every 903 date is a day. Every other type is taken as the database's text for it;
	 * NULL is a blank field, as in a landing extract.
	 */
	private static ColumnReader reader(int index, int sqlType) {
		return switch (sqlType) {
			case Types.DATE -> (rs) -> Dates.format(rs.getObject(index, LocalDate.class));
			case Types.TIMESTAMP -> (rs) -> {
				LocalDateTime value = rs.getObject(index, LocalDateTime.class);
				return value == null ? "" : Dates.format(value.toLocalDate());
			};
			default -> (rs) -> {
				String value = rs.getString(index);
				return value == null ? "" : value;
			};
		};
	}

	private static void writeManifest(Path file, List<SnapshotTable> tables) throws IOException {
		try (Writer writer = new OutputStreamWriter(createOwnerOnlyFile(file), StandardCharsets.UTF_8)) {
			ICSVWriter csv = new CSVWriterBuilder(writer).withLineEnd("\n").build();
			csv.writeNext(MANIFEST_COLUMNS.toArray(String[]::new), false);
			for (SnapshotTable table : tables) {
				csv.writeNext(new String[] { table.table().baseName(), table.querySha256(),
						String.valueOf(table.rows()), table.fileSha256() }, false);
			}
			csv.flush();
		}
	}

	/**
	 * Creates the snapshots folder if need be; one that exists is left as its owner set
	 * it.
	 */
	private static void createOwnerOnlyFolders(Path snapshots) throws IOException {
		if (!Files.isDirectory(snapshots)) {
			Files.createDirectories(snapshots);
			restrict(snapshots, OWNER_DIR);
		}
	}

	private static void createOwnerOnly(Path folder) throws IOException {
		try {
			Files.createDirectory(folder);
		}
		catch (FileAlreadyExistsException ex) {
			throw new IllegalStateException("a pull into " + folder + " is in progress or was interrupted; remove it"
					+ " if no pull is running", ex);
		}
		restrict(folder, OWNER_DIR);
	}

	private static OutputStream createOwnerOnlyFile(Path file) throws IOException {
		// the permissions are set before the first byte, so the personal data is never
		// readable by others
		OutputStream out = Files.newOutputStream(file);
		restrict(file, OWNER_FILE);
		return out;
	}

	private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(path, permissions);
		}
	}

	private static void deleteQuietly(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			log.warn("could not remove the partial snapshot {}: {}", folder, ex.getMessage());
		}
	}

	/** Reads one 903 column of the current row as its CSV text. */
	@FunctionalInterface
	interface ColumnReader {

		String read(ResultSet results) throws SQLException;

	}

}
