package org.ssda903.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.ChildSource;
import org.ssda903.model.Table;

/**
 * The children of a run's staged rows or of a stored return, read from the database a
 * slice at a time. Ids are compared as Java strings, not by the database's collation
 * (MariaDB's default ignores case), so two ids that differ only in case stay two
 * children, as they are when read whole.
 * <p>
 * A slice is asked for by its ids ({@code child in (...)}), which MariaDB looks up in the
 * slice index. H2 checks such a list value by value for every row it returns, which at
 * 2,000 ids a slice costs more than the reading; it compares strings as Java does, so
 * there a slice of many ids is the range from its least id to its greatest. Both are told
 * to use the slice index (V12, on the run or return, then the child): to avoid sorting by
 * line they would rather scan the run.
 */
final class StoredChildren implements ChildSource {

	/**
	 * Up to this many ids are looked up one by one even on H2: a range would read more.
	 */
	private static final int FEW_IDS = 64;

	private final JdbcTemplate jdbc;

	private final String prefix;

	private final long key;

	private final int sliceSize;

	private final boolean rangeOfIds;

	private List<String> ids;

	/**
	 * @param rangeOfIds whether the database orders strings as Java does, so that a slice
	 * can be read as the range of its ids
	 */
	StoredChildren(JdbcTemplate jdbc, String prefix, long key, int sliceSize, boolean rangeOfIds) {
		this.jdbc = jdbc;
		this.prefix = prefix;
		this.key = key;
		this.sliceSize = sliceSize;
		this.rangeOfIds = rangeOfIds;
	}

	@Override
	public int sliceSize() {
		return this.sliceSize;
	}

	@Override
	public synchronized List<String> ids() {
		if (this.ids == null) {
			// from the slice index alone: H2 would otherwise read every column of every
			// row
			Set<String> found = new HashSet<>();
			for (Table table : Table.values()) {
				this.jdbc.query(
						"select child from " + table.sqlName(this.prefix) + " use index (" + table.sqlName(this.prefix)
								+ "_child) where " + StagingRepository.keyColumn(this.prefix) + " = ?",
						(RowCallbackHandler) (rs) -> found.add(rs.getString(1)), this.key);
			}
			List<String> sorted = new ArrayList<>(found);
			Collections.sort(sorted);
			this.ids = List.copyOf(sorted);
		}
		return this.ids;
	}

	@Override
	public List<ChildRecords> read(List<String> wanted, Set<Table> tables) {
		if (wanted.isEmpty()) {
			return List.of();
		}
		Map<String, ChildRecords> byId = new HashMap<>(wanted.size() * 2);
		for (String id : wanted) {
			byId.put(id, null);
		}
		String idCondition;
		Object[] args;
		if (this.rangeOfIds && wanted.size() > FEW_IDS) {
			idCondition = "child >= ? and child <= ?";
			args = new Object[] { this.key, Collections.min(wanted), Collections.max(wanted) };
		}
		else {
			idCondition = "child in (" + StagingRepository.placeholders(wanted.size()) + ")";
			args = StagingRepository.keyThen(this.key, wanted);
		}
		for (Table table : tables) {
			int width = table.columns().size();
			String sql = "select line, " + StagingRepository.columnList(table) + " from " + table.sqlName(this.prefix)
					+ " use index (" + table.sqlName(this.prefix) + "_child) where "
					+ StagingRepository.keyColumn(this.prefix) + " = ? and " + idCondition + " order by line";
			this.jdbc.query(sql, (RowCallbackHandler) (rs) -> {
				// a range holds children between the slice's, and the database may match
				// ids
				// that differ in case: only the exact ids asked for are read
				String child = rs.getString(2);
				if (byId.containsKey(child)) {
					byId.computeIfAbsent(child, ChildRecords::new).add(StagingRepository.row(table, width, rs));
				}
			}, args);
		}
		List<ChildRecords> children = new ArrayList<>(wanted.size());
		for (String id : wanted) {
			ChildRecords child = byId.get(id);
			if (child != null) {
				children.add(child);
			}
		}
		return children;
	}

}
