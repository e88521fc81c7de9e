package org.ssda903.run;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import org.ssda903.extract.ExtractFile;

/** The input files of each run. */
@Repository
public class RunInputRepository {

	private final JdbcTemplate jdbc;

	public RunInputRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the files found for a run, replacing what an earlier attempt of the run
	 * recorded.
	 */
	public void replace(long runId, List<ExtractFile> files) {
		this.jdbc.update("delete from run_input where run_id = ?", runId);
		for (ExtractFile file : files) {
			this.jdbc.update(
					"insert into run_input (run_id, table_name, file_name, bytes, sha256) values (?, ?, ?, ?, ?)",
					runId, file.table().baseName(), file.fileName(), file.bytes(), file.sha256());
		}
	}

	public void recordCounts(long runId, String table, long read, long loaded, long rejected) {
		this.jdbc.update("update run_input set rows_read = ?, rows_loaded = ?, rows_rejected = ?"
				+ " where run_id = ? and table_name = ?", read, loaded, rejected, runId, table);
	}

	public List<RunInput> forRun(long runId) {
		return this.jdbc.query(
				"select table_name, file_name, bytes, sha256, rows_read, rows_loaded, rows_rejected"
						+ " from run_input where run_id = ? order by file_name",
				(rs, n) -> new RunInput(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
						(Integer) rs.getObject(5, Integer.class), rs.getObject(6, Integer.class),
						rs.getObject(7, Integer.class)),
				runId);
	}

}
