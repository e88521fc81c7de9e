package org.ssda903.run;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The manifest of each run and of each of its reruns, kept in the database so that
 * auditors have the checksums after a purge. A rerun has a folder and a manifest of its
 * own (rerun number 1, 2...), so it never replaces what the run itself produced (rerun
 * number 0).
 */
@Repository
public class RunOutputRepository {

	private final JdbcTemplate jdbc;

	public RunOutputRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a publication's manifest, replacing what an earlier attempt of the same
	 * publication recorded.
	 */
	public void replace(long runId, long rerunNumber, List<ManifestEntry> entries) {
		this.jdbc.update("delete from run_output where run_id = ? and rerun_number = ?", runId, rerunNumber);
		this.jdbc.batchUpdate(
				"insert into run_output (run_id, rerun_number, path, bytes, sha256) values (?, ?, ?, ?, ?)", entries,
				500, (ps, e) -> {
					ps.setLong(1, runId);
					ps.setLong(2, rerunNumber);
					ps.setString(3, e.path());
					ps.setLong(4, e.bytes());
					ps.setString(5, e.sha256());
				});
	}

	/** What the run itself published. */
	public List<ManifestEntry> forRun(long runId) {
		return forRun(runId, 0);
	}

	/** What a rerun of the run published, or the run itself for rerun number 0. */
	public List<ManifestEntry> forRun(long runId, long rerunNumber) {
		return this.jdbc.query(
				"select path, bytes, sha256 from run_output where run_id = ? and rerun_number = ?" + " order by path",
				(rs, n) -> new ManifestEntry(rs.getString(1), rs.getLong(2), rs.getString(3)), runId, rerunNumber);
	}

}
