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
 * Keeps the reference data in the database as versions: each complete load of a file,
 * recorded in {@code reference_load} with the file's SHA-256, and its rows carrying the
 * load's id. A file given again (same SHA-256) reuses its version, so the nightly run
 * does not copy 2.7 million postcodes each night; a load never removes another's rows, so
 * a run reading its version is never disturbed by another run storing a newer one. A load
 * that did not finish (its row count still null) is never read, so a half-copied postcode
 * file can never stand for the whole. A run records the versions it reads in
 * {@code run_reference}.
 */
@Repository
public class ReferenceDataRepository {

	/**
	 * Rows per JDBC batch: with rewriteBatchedStatements MySQL sends each batch as a few
	 * multi-row inserts.
	 */
	private static final int BATCH_ROWS = 10_000;

	private static final String LOAD_COLUMNS = "l.id, l.kind, l.source_file, l.sha256, l.row_count, l.loaded_at";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	public ReferenceDataRepository(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * The version of a kind last given on a command line (or stored), empty when none
	 * finished.
	 */
	public Optional<ReferenceLoad> latest(ReferenceKind kind) {
		return first("select " + LOAD_COLUMNS + " from reference_given g join reference_load l on l.id = g.load_id"
				+ " where g.kind = ? order by g.id desc limit 1", kind.stored());
	}

	/** The version of a kind a run recorded, empty when it recorded none. */
	public Optional<ReferenceLoad> ofRun(long runId, ReferenceKind kind) {
		return first("select " + LOAD_COLUMNS + " from run_reference r join reference_load l on l.id = r.load_id"
				+ " where r.run_id = ? and r.kind = ?", runId, kind.stored());
	}

	/**
	 * Records the version a run reads for its kind, in place of any it recorded before.
	 */
	public void recordForRun(long runId, ReferenceLoad load, RunSource source) {
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.update("delete from run_reference where run_id = ? and kind = ?", runId, load.kind().stored());
			this.jdbc.update("insert into run_reference (run_id, kind, load_id, sha256, source) values (?, ?, ?, ?, ?)",
					runId, load.kind().stored(), load.id(), load.sha256(), source.stored());
		});
	}

	/**
	 * Records the latest version of a kind for a run that has none recorded: the first
	 * attempt of a run fixes what its restarts read. Empty when nothing of the kind is
	 * stored.
	 */
	public Optional<ReferenceLoad> recordLatestUnlessRecorded(long runId, ReferenceKind kind) {
		Optional<ReferenceLoad> recorded = ofRun(runId, kind);
		if (recorded.isPresent()) {
			return recorded;
		}
		Optional<ReferenceLoad> latest = latest(kind);
		latest.ifPresent((load) -> recordForRun(runId, load, RunSource.LATEST));
		return latest;
	}

	/** Stores a file of a kind, or finds the version it was stored as. */
	public ReferenceLoad store(ReferenceKind kind, Path file) {
		return switch (kind) {
			case POSTCODES -> storePostcodes(file);
			case OFSTED_PROVIDERS -> storeProviders(file);
			case LA_CODES -> storeLaCodes(file);
		};
	}

	/**
	 * Stores an ONS postcode file (NSPL/ONSPD layout), unless it is stored already.
	 * @throws IllegalArgumentException when the file is not in that layout
	 */
	public ReferenceLoad storePostcodes(Path file) {
		String sha256 = Checksums.of(file);
		Optional<ReferenceLoad> stored = givenAgain(ReferenceKind.POSTCODES, sha256);
		if (stored.isPresent()) {
			return stored.get();
		}
		long loadId = startLoad(ReferenceKind.POSTCODES, file, sha256);
		long rows = this.jdbc
			.execute((ConnectionCallback<Long>) (connection) -> insertPostcodes(connection, file, loadId));
		return finishLoad(loadId, rows);
	}

	/** A stored postcode version, read whole. */
	public InMemoryPostcodeLookup readPostcodes(ReferenceLoad load) {
		InMemoryPostcodeLookup lookup = new InMemoryPostcodeLookup(load.rows());
		stream("select postcode, easting, northing, laua, utla from ref_postcode where load_id = ?", load.id(),
				(rs) -> lookup.put(rs.getString(1),
						new GridRef(rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5))));
		return lookup;
	}

	/**
	 * Stores an Ofsted provider file ({@link OfstedProviderLoader}), unless it is stored
	 * already.
	 * @throws IllegalArgumentException when the file is not in that layout
	 */
	public ReferenceLoad storeProviders(Path file) {
		String sha256 = Checksums.of(file);
		Optional<ReferenceLoad> stored = givenAgain(ReferenceKind.OFSTED_PROVIDERS, sha256);
		if (stored.isPresent()) {
			return stored.get();
		}
		OfstedProviders providers = read(file, OfstedProviderLoader::load);
		return this.transactions.execute((status) -> {
			long loadId = startLoad(ReferenceKind.OFSTED_PROVIDERS, file, sha256);
			List<Object[]> rows = new ArrayList<>();
			for (OfstedProvider provider : providers.all()) {
				rows.add(new Object[] { provider.urn(), String.join(",", provider.placementCodes()),
						String.join(",", provider.providerCodes()), provider.registrationEnd(), provider.postcode(),
						provider.laCode(), loadId });
			}
			this.jdbc.batchUpdate(
					"insert into ref_ofsted_provider (urn, placement_codes, provider_codes,"
							+ " registration_end, setting_postcode, la_code, load_id) values (?, ?, ?, ?, ?, ?, ?)",
					rows);
			return finishLoad(loadId, rows.size());
		});
	}

	/** A stored Ofsted provider version. */
	public OfstedProviders readProviders(ReferenceLoad load) {
		List<OfstedProvider> providers = new ArrayList<>(load.rows());
		stream("select urn, placement_codes, provider_codes, registration_end, setting_postcode, la_code"
				+ " from ref_ofsted_provider where load_id = ?", load.id(), (rs) -> {
					LocalDate end = rs.getObject(4, LocalDate.class);
					providers.add(new OfstedProvider(rs.getString(1), OfstedProviderLoader.codes(rs.getString(2)),
							OfstedProviderLoader.codes(rs.getString(3)), end, rs.getString(5), rs.getString(6)));
				});
		return new OfstedProviders(providers);
	}

	/**
	 * Stores a local authority code file ({@link LaCodeLoader}), unless it is stored
	 * already.
	 * @throws IllegalArgumentException when the file is not in that layout
	 */
	public ReferenceLoad storeLaCodes(Path file) {
		String sha256 = Checksums.of(file);
		Optional<ReferenceLoad> stored = givenAgain(ReferenceKind.LA_CODES, sha256);
		if (stored.isPresent()) {
			return stored.get();
		}
		LaCodes codes = read(file, LaCodeLoader::load);
		return this.transactions.execute((status) -> {
			long loadId = startLoad(ReferenceKind.LA_CODES, file, sha256);
			List<Object[]> rows = new ArrayList<>();
			for (LaCode code : codes.all()) {
				rows.add(new Object[] { code.code(), code.kind().stored(), code.name(), loadId });
			}
			this.jdbc.batchUpdate("insert into ref_la_code (code, kind, name, load_id) values (?, ?, ?, ?)", rows);
			return finishLoad(loadId, rows.size());
		});
	}

	/** A stored local authority code version. */
	public LaCodes readLaCodes(ReferenceLoad load) {
		List<LaCode> codes = new ArrayList<>(load.rows());
		stream("select code, kind, name from ref_la_code where load_id = ?", load.id(),
				(rs) -> codes
					.add(new LaCode(rs.getString(1),
							Kind.of(rs.getString(2))
								.orElseThrow(() -> new IllegalStateException(
										"ref_la_code holds a kind that is not dfe3, ons or special")),
							rs.getString(3))));
		return new LaCodes(codes);
	}

	/**
	 * The version a file was stored as, made the latest again: giving an older file again
	 * is how an operator goes back to it. Two processes loading the same new file at once
	 * each make a version; either serves.
	 */
	private Optional<ReferenceLoad> givenAgain(ReferenceKind kind, String sha256) {
		Optional<ReferenceLoad> stored = first("select " + LOAD_COLUMNS + " from reference_load l where l.kind = ?"
				+ " and l.sha256 = ? and l.row_count is not null order by l.id limit 1", kind.stored(), sha256);
		stored.ifPresent(this::given);
		return stored;
	}

	private Optional<ReferenceLoad> first(String sql, Object... args) {
		List<ReferenceLoad> loads = this.jdbc.query(sql,
				(rs, i) -> new ReferenceLoad(rs.getLong("id"), ReferenceKind.byStored(rs.getString("kind")),
						rs.getString("source_file"), rs.getString("sha256"), rs.getInt("row_count"),
						rs.getTimestamp("loaded_at").toInstant()),
				args);
		return loads.stream().findFirst();
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

	/**
	 * Read back by its own id: another process may have started a newer load of the kind
	 * meanwhile.
	 */
	private ReferenceLoad finishLoad(long loadId, long rows) {
		this.jdbc.update("update reference_load set row_count = ?, loaded_at = ? where id = ?", rows,
				Timestamp.from(Instant.now()), loadId);
		ReferenceLoad load = first("select " + LOAD_COLUMNS + " from reference_load l where l.id = ?", loadId)
			.orElseThrow();
		given(load);
		return load;
	}

	private void given(ReferenceLoad load) {
		this.jdbc.update("insert into reference_given (kind, load_id) values (?, ?)", load.kind().stored(), load.id());
	}

	private static long insertPostcodes(Connection connection, Path file, long loadId) throws SQLException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				PreparedStatement insert = connection.prepareStatement("insert into ref_postcode"
						+ " (postcode, easting, northing, laua, utla, load_id) values (?, ?, ?, ?, ?, ?)")) {
			long[] pending = { 0 };
			PostcodeLookupLoader.forEach(reader, (postcode, ref) -> {
				// the lookup ignores what cannot be a postcode; storing it would only
				// make the count disagree
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
	 * Reads a query's rows one at a time. MySQL Connector/J otherwise holds the whole
	 * result in memory before the first row, which for the postcode table is more than
	 * the lookup itself.
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

	/** Where the version a run reads came from. */
	public enum RunSource {

		GIVEN, LATEST;

		String stored() {
			return name().toLowerCase(Locale.ROOT);
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
