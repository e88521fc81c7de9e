package org.ssda903.store;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import org.ssda903.model.Table;

/** Rejected records of a run. */
@Repository
public class RejectRepository {

	private final JdbcTemplate jdbc;

	public RejectRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(long runId, List<RejectedRecord> rejects) {
		if (rejects.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate(
				"insert into rejected_record (run_id, table_name, source_file, line, child_id, reason, raw_text)"
						+ " values (?, ?, ?, ?, ?, ?, ?)",
				rejects, rejects.size(), (ps, r) -> {
					ps.setLong(1, runId);
					ps.setString(2, r.table().baseName());
					ps.setString(3, r.sourceFile());
					ps.setLong(4, r.line());
					ps.setString(5, r.childId());
					ps.setString(6, r.reason());
					ps.setString(7, r.raw());
				});
	}

	public List<RejectedRecord> forRun(long runId) {
		return this.jdbc.query(
				"select table_name, source_file, line, child_id, reason, raw_text"
						+ " from rejected_record where run_id = ? order by source_file, line",
				(rs, n) -> new RejectedRecord(Table.byBaseName(rs.getString(1)).orElseThrow(), rs.getString(2),
						rs.getLong(3), nullToEmpty(rs.getString(4)), rs.getString(5), nullToEmpty(rs.getString(6))),
				runId);
	}

	public int count(long runId, Table table) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from rejected_record where run_id = ? and table_name = ?", Integer.class, runId,
				table.baseName());
		return count == null ? 0 : count;
	}

	/**
	 * How many rows of a run were rejected, by file and reason: what an auditor may see
	 * without the rows themselves, which are personal data.
	 */
	public List<RejectCount> countsByFileAndReason(long runId) {
		return this.jdbc.query(
				"select source_file, reason, count(*), min(line) from rejected_record where run_id = ?"
						+ " group by source_file, reason order by source_file, reason",
				(rs, n) -> new RejectCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)), runId);
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
