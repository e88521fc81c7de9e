package org.ssda903.reference;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.ssda903.common.Checksums;
import org.ssda903.reference.LaCodes.Kind;
import org.ssda903.reference.LaCodes.LaCode;

/**
 * Keeps the reference data in the database with its source: each kind's latest complete load, recorded in
 * {@code reference_load}. A file given again (same SHA-256) is not loaded again, so the nightly run does not copy
 * 2.7 million postcodes each night. Only the latest load's rows are kept; a load that did not finish (its row count
 * still null) is never read, so a half-copied postcode file can never stand for the whole.
 */
@Repository
public class ReferenceDataRepository {

	/** Rows per JDBC batch: with rewriteBatchedStatements MySQL sends each batch as a few multi-row inserts. */
	private static final int BATCH_ROWS = 10_000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	public ReferenceDataRepository(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** The latest load of a kind, empty when there is none or it did not finish. */
	public Optional<ReferenceLoad> currentLoad(ReferenceKind kind) {
		List<ReferenceLoad> loads = this.jdbc.query(
				"select id, source_file, sha256, row_count, loaded_at from reference_load where kind = ?"
						+ " order by id desc limit 1",
				(rs, i) -> rs.getObject("row_count") == null ? null
						: new ReferenceLoad(rs.getLong("id"), kind, rs.getString("source_file"), rs.getString("sha256"),
								rs.getInt("row_count"), rs.getTimestamp("loaded_at").toInstant()),
				kind.stored());
		return loads.isEmpty() ? Optional.empty() : Optional.ofNullable(loads.get(0));
	}

	/**
	 * Stores an ONS postcode file (NSPL/ONSPD layout), unless it is the one already stored.
	 * @throws IllegalArgumentException when the file is not in that layout
	 */
	public ReferenceLoad storePostcodes(Path file) {
		String sha256 = Checksums.of(file);
		Optional<ReferenceLoad> current = sameFile(ReferenceKind.POSTCODES, sha256);
		if (current.isPresent()) {
			return current.get();
		}
		long loadId = startLoad(ReferenceKind.POSTCODES, file, sha256);
		// truncate, not delete: deleting 2.7 million rows row by row takes InnoDB longer than loading them
		this.jdbc.execute("truncate table ref_postcode");
		long rows = this.jdbc.execute((ConnectionCallback<Long>) (connection) -> insertPostcodes(connection, file,
				loadId));
		return finishLoad(ReferenceKind.POSTCODES, loadId, rows);
	}

	/** The stored postcode lookup, empty when none is stored. */
	public Optional<InMemoryPostcodeLookup> readPostcodes() {
		return currentLoad(ReferenceKind.POSTCODES).map((load) -> {
			InMemoryPostcodeLookup lookup = new InMemoryPostcodeLookup(load.rows());
			stream("select postcode, easting, northing, laua, utla from ref_postcode where load_id = ?", load.id(),
					(rs) -> lookup.put(rs.getString(1),
							new GridRef(rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5))));
			return lookup;
		});
	}

	/**
	 * Stores an Ofsted provider file ({@link OfstedProviderLoader}), unless it is the one already stored.
	 * @throws IllegalArgumentException when the file is not in that layout
	 */
	public ReferenceLoad storeProviders(Path file) {
		String sha256 = Checksums.of(file);
		Optional<ReferenceLoad> current = sameFile(ReferenceKind.OFSTED_PROVIDERS, sha256);
		if (current.isPresent()) {
			return current.get();
		}
		OfstedProviders providers = read(file, OfstedProviderLoader::load);
		return this.transactions.execute((status) -> {
			long loadId = startLoad(ReferenceKind.OFSTED_PROVIDERS, file, sha256);
			this.jdbc.update("delete from ref_ofsted_provider");
			List<Object[]> rows = new ArrayList<>();
			for (OfstedProvider provider : providers.all()) {
				rows.add(new Object[] { provider.urn(), String.join(",", provider.placementCodes()),
						String.join(",", provider.providerCodes()), provider.registrationEnd(), provider.postcode(),
						provider.laCode(), loadId });
			}
			this.jdbc.batchUpdate("insert into ref_ofsted_provider (urn, placement_codes, provider_codes,"
					+ " registration_end, setting_postcode, la_code, load_id) values (?, ?, ?, ?, ?, ?, ?)", rows);
			return finishLoad(ReferenceKind.OFSTED_PROVIDERS, loadId, rows.size());
		});
	}

	/** The stored Ofsted provider list, empty when none is stored. */
	public Optional<OfstedProviders> readProviders() {
		return currentLoad(ReferenceKind.OFSTED_PROVIDERS).map((load) -> {
			List<OfstedProvider> providers = new ArrayList<>(load.rows());
			stream("select urn, placement_codes, provider_codes, registration_end, setting_postcode, la_code"
					+ " from ref_ofsted_provider where load_id = ?", load.id(), (rs) -> {
						LocalDate end = rs.getObject(4, LocalDate.class);
						providers.add(new OfstedProvider(rs.getString(1), OfstedProviderLoader.codes(rs.getString(2)),
								OfstedProviderLoader.codes(rs.getString(3)), end, rs.getString(5), rs.getString(6)));
					});
			return new OfstedProviders(providers);
		});
	}

	/**
	 * Stores a local authority code file ({@link LaCodeLoader}), unless it is the one already stored.
	 * @throws IllegalArgumentException when the file is not in that layout
	 */
	public ReferenceLoad storeLaCodes(Path file) {
		String sha256 = Checksums.of(file);
		Optional<ReferenceLoad> current = sameFile(ReferenceKind.LA_CODES, sha256);
		if (current.isPresent()) {
			return current.get();
		}
		LaCodes codes = read(file, LaCodeLoader::load);
		return this.transactions.execute((status) -> {
			long loadId = startLoad(ReferenceKind.LA_CODES, file, sha256);
			this.jdbc.update("delete from ref_la_code");
			List<Object[]> rows = new ArrayList<>();
			for (LaCode code : codes.all()) {
				rows.add(new Object[] { code.code(), code.kind().stored(), code.name(), loadId });
			}
			this.jdbc.batchUpdate("insert into ref_la_code (code, kind, name, load_id) values (?, ?, ?, ?)", rows);
			return finishLoad(ReferenceKind.LA_CODES, loadId, rows.size());
		});
	}

	/** The stored local authority code list, empty when none is stored. */
	public Optional<LaCodes> readLaCodes() {
		return currentLoad(ReferenceKind.LA_CODES).map((load) -> {
			List<LaCode> codes = new ArrayList<>(load.rows());
			stream("select code, kind, name from ref_la_code where load_id = ?", load.id(),
					(rs) -> codes.add(new LaCode(rs.getString(1),
							Kind.of(rs.getString(2)).orElseThrow(() -> new IllegalStateException(
									"ref_la_code holds a kind that is not dfe3, ons or special")),
							rs.getString(3))));
			return new LaCodes(codes);
		});
	}

	private Optional<ReferenceLoad> sameFile(ReferenceKind kind, String sha256) {
		return currentLoad(kind).filter((load) -> load.sha256().equals(sha256));
	}

	private long startLoad(ReferenceKind kind, Path file, String sha256) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			PreparedStatement insert = connection.prepareStatement(
					"insert into reference_load (kind, source_file, sha256, loaded_at) values (?, ?, ?, ?)",
					new String[] { "id" });
			insert.setString(1, kind.stored());
			insert.setString(2, file.getFileName().toString());
			insert.setString(3, sha256);
			insert.setTimestamp(4, Timestamp.from(Instant.now()));
			return insert;
		}, key);
		return key.getKey().longValue();
	}

	private ReferenceLoad finishLoad(ReferenceKind kind, long loadId, long rows) {
		this.jdbc.update("update reference_load set row_count = ?, loaded_at = ? where id = ?", rows,
				Timestamp.from(Instant.now()), loadId);
		return currentLoad(kind).orElseThrow();
	}

	private static long insertPostcodes(Connection connection, Path file, long loadId) throws SQLException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				PreparedStatement insert = connection.prepareStatement("insert into ref_postcode"
						+ " (postcode, easting, northing, laua, utla, load_id) values (?, ?, ?, ?, ?, ?)")) {
			long[] pending = { 0 };
			PostcodeLookupLoader.forEach(reader, (postcode, ref) -> {
				// the lookup ignores what cannot be a postcode; storing it would only make the count disagree
				if (InMemoryPostcodeLookup.keyOf(postcode) == 0) {
					return;
				}
				try {
					insert.setString(1, postcode.replace(" ", "").toUpperCase(Locale.ROOT));
					insert.setInt(2, ref.easting());
					insert.setInt(3, ref.northing());
					insert.setString(4, ref.laua());
					insert.setString(5, ref.utla());
					insert.setLong(6, loadId);
					insert.addBatch();
					if (++pending[0] % BATCH_ROWS == 0) {
						insert.executeBatch();
					}
				}
				catch (SQLException ex) {
					throw new UncategorizedSQLException("storing postcodes", "insert into ref_postcode", ex);
				}
			});
			insert.executeBatch();
			return pending[0];
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the postcode file " + file.getFileName(), ex);
		}
	}

	/**
	 * Reads a query's rows one at a time. MySQL Connector/J otherwise holds the whole result in memory before the
	 * first row, which for the postcode table is more than the lookup itself.
	 */
	private void stream(String sql, long loadId, RowHandler handler) {
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			try (PreparedStatement query = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
					ResultSet.CONCUR_READ_ONLY)) {
				query.setFetchSize(isMySql(connection) ? Integer.MIN_VALUE : BATCH_ROWS);
				query.setLong(1, loadId);
				try (ResultSet rs = query.executeQuery()) {
					while (rs.next()) {
						handler.row(rs);
					}
				}
			}
			return null;
		});
	}

	private static boolean isMySql(Connection connection) throws SQLException {
		return connection.getMetaData().getDriverName().toLowerCase(Locale.ROOT).contains("mysql");
	}

	private static <T> T read(Path file, FileReader<T> reader) {
		try {
			return reader.read(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file.getFileName(), ex);
		}
	}

	@FunctionalInterface
	private interface RowHandler {

		void row(ResultSet rs) throws SQLException;

	}

	@FunctionalInterface
	private interface FileReader<T> {

		T read(Path file) throws IOException;

	}

}
