package org.ssda903.store;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.ChildSource;
import org.ssda903.model.Row;
import org.ssda903.model.Table;

/**
 * The rows of 903 tables kept in the database: a run's staged extract ({@code stg_*},
 * keyed by run) and stored returns ({@code ret_*}, keyed by return), which share the 903
 * shape.
 */
@Repository
public class StagingRepository {

	public static final String STAGING = "stg_";

	public static final String RETURN = "ret_";

	private final JdbcTemplate jdbc;

	public StagingRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(String prefix, long key, Table table, List<Row> rows) {
		if (rows.isEmpty()) {
			return;
		}
		int width = table.columns().size();
		this.jdbc.batchUpdate(insertSql(prefix, table), rows, rows.size(), (ps, row) -> {
			ps.setLong(1, key);
			ps.setLong(2, row.line());
			for (int i = 0; i < width; i++) {
				ps.setString(3 + i, row.values()[i]);
			}
		});
	}

	public List<Row> rows(String prefix, long key, Table table) {
		int width = table.columns().size();
		return this.jdbc.query(selectSql(prefix, table), (rs, n) -> {
			String[] values = new String[width];
			for (int i = 0; i < width; i++) {
				String value = rs.getString(2 + i);
				values[i] = value == null ? "" : value;
			}
			return new Row(table, rs.getLong(1), values);
		}, key);
	}

	/** Every row of a run or return, grouped by child, children in CHILD order. */
	public SortedMap<String, ChildRecords> children(String prefix, long key) {
		SortedMap<String, ChildRecords> children = new TreeMap<>();
		for (Table table : Table.values()) {
			for (Row row : rows(prefix, key, table)) {
				children.computeIfAbsent(row.child(), ChildRecords::new).add(row);
			}
		}
		return children;
	}

	/**
	 * The children of a run ({@link #STAGING}) or a return ({@link #RETURN}), read a
	 * slice at a time.
	 */
	public ChildSource source(String prefix, long key) {
		return new StoredChildren(this.jdbc, prefix, key);
	}

	public int count(String prefix, long key, Table table) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from " + table.sqlName(prefix) + " where " + keyColumn(prefix) + " = ?", Integer.class,
				key);
		return count == null ? 0 : count;
	}

	public void delete(String prefix, long key) {
		for (Table table : Table.values()) {
			this.jdbc.update("delete from " + table.sqlName(prefix) + " where " + keyColumn(prefix) + " = ?", key);
		}
	}

	static String keyColumn(String prefix) {
		return prefix.equals(RETURN) ? "return_id" : "run_id";
	}

	private static String columnList(Table table) {
		return table.columns().stream().map(Table::sqlColumn).collect(Collectors.joining(", "));
	}

	private static String insertSql(String prefix, Table table) {
		String placeholders = String.join(", ", java.util.Collections.nCopies(table.columns().size() + 2, "?"));
		return "insert into " + table.sqlName(prefix) + " (" + keyColumn(prefix) + ", line, " + columnList(table)
				+ ") values (" + placeholders + ")";
	}

	private static String selectSql(String prefix, Table table) {
		return "select line, " + columnList(table) + " from " + table.sqlName(prefix) + " where " + keyColumn(prefix)
				+ " = ? order by line";
	}

}
