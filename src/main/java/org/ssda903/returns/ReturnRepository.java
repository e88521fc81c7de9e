package org.ssda903.returns;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/** Stored return versions, numbered per council and collection year. */
@Repository
public class ReturnRepository {

	private final JdbcTemplate jdbc;

	public ReturnRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ReturnVersion> forRun(long runId) {
		return this.jdbc
			.query("select return_id, la_code, collection_year, version, run_id, created_at, source"
					+ " from return_version where run_id = ?", ReturnRepository::map, runId)
			.stream()
			.findFirst();
	}

	/** The newest stored version of a council's return for a year, from any run. */
	public Optional<ReturnVersion> latest(String laCode, int collectionYear) {
		return this.jdbc
			.query("select return_id, la_code, collection_year, version, run_id, created_at, source"
					+ " from return_version where la_code = ? and collection_year = ? order by version desc",
					ReturnRepository::map, laCode, collectionYear)
			.stream()
			.findFirst();
	}

	/**
	 * Creates the next version number for the council and year, or gives back the run's
	 * own if it made one.
	 */
	public ReturnVersion createFor(long runId, String laCode, int collectionYear, Instant createdAt) {
		Optional<ReturnVersion> existing = forRun(runId);
		if (existing.isPresent()) {
			return existing.get();
		}
		Integer max = this.jdbc.queryForObject(
				"select max(version) from return_version where la_code = ? and collection_year = ?", Integer.class,
				laCode, collectionYear);
		int version = max == null ? 1 : max + 1;
		this.jdbc.update("insert into return_version (la_code, collection_year, version, run_id, created_at)"
				+ " values (?, ?, ?, ?, ?)", laCode, collectionYear, version, runId, Timestamp.from(createdAt));
		return forRun(runId).orElseThrow();
	}

	/**
	 * Records a return given to a run as the council's return for a year it holds none
	 * of; empty when the year is held, so that a given folder never overrides a stored
	 * return.
	 * @param folder where the return was given from
	 * @param sha256 the folder's checksum, as {@code run_input} keeps for a run's own
	 * extract
	 * @param runId the run it was given to
	 * @param returnId the id the version takes: the key its rows were staged under
	 */
	public Optional<ReturnVersion> createGiven(String laCode, int collectionYear, String folder, String sha256,
			long runId, long returnId, Instant createdAt) {
		if (latest(laCode, collectionYear).isPresent()) {
			return Optional.empty();
		}
		this.jdbc.update("insert into return_version (return_id, la_code, collection_year, version, run_id,"
				+ " created_at, source, given_folder, given_sha256, given_to_run) values (?, ?, ?, 1, null, ?, ?, ?, ?, ?)",
				returnId, laCode, collectionYear, Timestamp.from(createdAt), ReturnVersion.GIVEN, folder, sha256,
				runId);
		return latest(laCode, collectionYear);
	}

	/** Whether a version of any council and year has this id. */
	public boolean exists(long returnId) {
		Integer count = this.jdbc.queryForObject("select count(*) from return_version where return_id = ?",
				Integer.class, returnId);
		return count != null && count > 0;
	}

	public List<ReturnVersion> all(String laCode) {
		return this.jdbc.query(
				"select return_id, la_code, collection_year, version, run_id, created_at, source"
						+ " from return_version where la_code = ? order by collection_year, version",
				ReturnRepository::map, laCode);
	}

	/**
	 * For each collection year before the given one with a stored return of the council,
	 * the children with an episode in that year's latest version; a year whose return has
	 * no episode maps to an empty set.
	 */
	public Map<Integer, Set<String>> childrenWithEpisodesBefore(String laCode, int endYear) {
		Map<Integer, Set<String>> years = new TreeMap<>();
		this.jdbc.query("select distinct v.collection_year, e.child from return_version v"
				+ " left join ret_episodes e on e.return_id = v.return_id"
				+ " where v.la_code = ? and v.collection_year < ? and v.version = (select max(w.version)"
				+ " from return_version w where w.la_code = v.la_code and w.collection_year = v.collection_year)",
				(RowCallbackHandler) (rs) -> {
					Set<String> children = years.computeIfAbsent(rs.getInt(1), (year) -> new HashSet<>());
					String child = rs.getString(2);
					if (child != null) {
						children.add(child);
					}
				}, laCode, endYear);
		return years;
	}

	private static ReturnVersion map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new ReturnVersion(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getLong(5),
				rs.getTimestamp(6).toInstant(), rs.getString(7));
	}

}
