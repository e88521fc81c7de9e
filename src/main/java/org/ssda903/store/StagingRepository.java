package org.ssda903.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

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

	/**
	 * The key under which the last year's folder given to a run is staged in the
	 * {@link #RETURN} tables: the run's id negated, which no stored return takes unless
	 * the folder is kept as the council's return of its year, when it becomes that
	 * version's id, so that keeping it copies no row.
	 */
	public static long givenPreviousKey(long runId) {
		return -runId;
	}

	/** Rows per page when a whole table is read or deleted by line. */
	private static final int PAGE = 10_000;

	private final JdbcTemplate jdbc;

	private final int sliceSize;

	/**
	 * @param sliceSize children per slice of a {@link #source}: what a step after ingest
	 * holds at once
	 */
	public StagingRepository(JdbcTemplate jdbc,
			@Value("${ssda903.slice-size:" + ChildSource.SLICE + "}") int sliceSize) {
		this.jdbc = jdbc;
		if (sliceSize < 1) {
			throw new IllegalArgumentException("ssda903.slice-size must be at least 1, not " + sliceSize);
		}
		this.sliceSize = sliceSize;
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
		return this.jdbc.query(selectSql(prefix, table), (rs, n) -> row(table, width, rs), key);
	}

	/** The row of a result whose columns are the line, then the table's columns. */
	static Row row(Table table, int width, ResultSet rs) throws SQLException {
		String[] values = new String[width];
		for (int i = 0; i < width; i++) {
			String value = rs.getString(2 + i);
			values[i] = (value == null) ? "" : value;
		}
		return new Row(table, rs.getLong(1), values);
	}

	/**
	 * Every row of a table of a run or return in line order, read a window of lines at a
	 * time as the iterator is walked, so that writing a national return file holds one
	 * window. Windows are ranges of line numbers, not pages of a sorted query: H2 sorts
	 * every remaining row for each page of {@code order by line limit}.
	 */
	public Iterator<Row> rowsInLineOrder(String prefix, long key, Table table) {
		int width = table.columns().size();
		String where = " from " + table.sqlName(prefix) + " where " + keyColumn(prefix) + " = ?";
		// lines start where the file's first row was, which is not always line 2
		long[] lines = this.jdbc.queryForObject("select min(line), max(line)" + where,
				(rs, n) -> (rs.getObject(1) == null) ? null : new long[] { rs.getLong(1), rs.getLong(2) }, key);
		if (lines == null) {
			return Collections.emptyIterator();
		}
		String sql = "select line, " + columnList(table) + where + " and line > ? and line <= ? order by line";
		return new Iterator<>() {

			private List<Row> window = List.of();

			private int next;

			/**
			 * The last line of the windows read; none is left when it is the last line.
			 */
			private long after = lines[0] - 1;

			@Override
			public boolean hasNext() {
				while (this.next == this.window.size()) {
					if (this.after >= lines[1]) {
						return false;
					}
					this.window = StagingRepository.this.jdbc.query(sql, (rs, n) -> row(table, width, rs), key,
							this.after, this.after + PAGE);
					this.next = 0;
					this.after += PAGE;
				}
				return true;
			}

			@Override
			public Row next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return this.window.get(this.next++);
			}
		};
	}

	/**
	 * Copies every row of a run's table into a return inside the database: a national
	 * return is hundreds of thousands of rows, which would otherwise travel out and back.
	 */
	public int copyToReturn(String fromPrefix, long fromKey, long returnId, Table table) {
		String columns = columnList(table);
		return this.jdbc.update(
				"insert into " + table.sqlName(RETURN) + " (return_id, line, " + columns + ") select ?, line, "
						+ columns + " from " + table.sqlName(fromPrefix) + " where " + keyColumn(fromPrefix) + " = ?",
				returnId, fromKey);
	}

	/** Deletes the given lines of a table of a run or return. */
	public void deleteLines(String prefix, long key, Table table, List<Long> lines) {
		for (int from = 0; from < lines.size(); from += PAGE) {
			List<Long> page = lines.subList(from, Math.min(lines.size(), from + PAGE));
			this.jdbc.update("delete from " + table.sqlName(prefix) + " where " + keyColumn(prefix)
					+ " = ? and line in (" + placeholders(page.size()) + ")", keyThen(key, page));
		}
	}

	/**
	 * The children of a run ({@link #STAGING}) or a return ({@link #RETURN}), read a
	 * slice at a time.
	 */
	public ChildSource source(String prefix, long key) {
		return new StoredChildren(this.jdbc, prefix, key, this.sliceSize, childOrder(prefix));
	}

	/**
	 * The order in which the database compares the child ids of the tables of a prefix,
	 * or null when no comparator here is known to reproduce it. H2 compares strings as
	 * {@link String#compareTo} does; MySQL and MariaDB compare as {@link Utf8mb4Bin} the
	 * columns V11 gave that collation. Without V11 (a schema not migrated by this
	 * product) they keep the default collation, which ignores case and which no
	 * comparator here follows: slices are then asked for by their ids.
	 */
	private Comparator<String> childOrder(String prefix) {
		String product = this.jdbc
			.execute((ConnectionCallback<String>) (connection) -> connection.getMetaData().getDatabaseProductName());
		if ("H2".equals(product)) {
			return Comparator.naturalOrder();
		}
		List<String> tables = Arrays.stream(Table.values()).map((table) -> table.sqlName(prefix)).toList();
		Integer binary = this.jdbc.queryForObject("select count(*) from information_schema.columns"
				+ " where table_schema = database() and column_name = 'child' and collation_name = 'utf8mb4_bin'"
				+ " and table_name in (" + placeholders(tables.size()) + ")", Integer.class, tables.toArray());
		return (binary != null && binary == tables.size()) ? Utf8mb4Bin.ORDER : null;
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

	/** {@code ?, ?, ...}, as many as asked. */
	static String placeholders(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

	/**
	 * The arguments of a statement that asks for a run's or return's key, then values.
	 */
	static Object[] keyThen(long key, List<?> values) {
		Object[] args = new Object[values.size() + 1];
		args[0] = key;
		for (int i = 0; i < values.size(); i++) {
			args[i + 1] = values.get(i);
		}
		return args;
	}

	static String columnList(Table table) {
		return table.columns().stream().map(Table::sqlColumn).collect(Collectors.joining(", "));
	}

	private static String insertSql(String prefix, Table table) {
		return "insert into " + table.sqlName(prefix) + " (" + keyColumn(prefix) + ", line, " + columnList(table)
				+ ") values (" + placeholders(table.columns().size() + 2) + ")";
	}

	private static String selectSql(String prefix, Table table) {
		return "select line, " + columnList(table) + " from " + table.sqlName(prefix) + " where " + keyColumn(prefix)
				+ " = ? order by line";
	}

}
