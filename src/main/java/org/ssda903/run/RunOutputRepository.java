package org.ssda903.run;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The manifest of each run, kept in the database so that auditors have the checksums after a purge. */
@Repository
public class RunOutputRepository {

	private final JdbcTemplate jdbc;

	public RunOutputRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void replace(long runId, List<ManifestEntry> entries) {
		this.jdbc.update("delete from run_output where run_id = ?", runId);
		this.jdbc.batchUpdate("insert into run_output (run_id, path, bytes, sha256) values (?, ?, ?, ?)", entries,
				500, (ps, e) -> {
					ps.setLong(1, runId);
					ps.setString(2, e.path());
					ps.setLong(3, e.bytes());
					ps.setString(4, e.sha256());
				});
	}

	public List<ManifestEntry> forRun(long runId) {
		return this.jdbc.query("select path, bytes, sha256 from run_output where run_id = ? order by path",
				(rs, n) -> new ManifestEntry(rs.getString(1), rs.getLong(2), rs.getString(3)), runId);
	}

}
