package org.ssda903.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
 * slice at a time. Ids are compared as Java strings, not by the database's collation, so
 * two ids that differ only in case or by a trailing space stay two children, as they are
 * when read whole.
 * <p>
 * A slice of many ids is read as the range from its least id to its greatest in the order
 * the database compares them: H2's is {@link String#compareTo}, MySQL's and MariaDB's is
 * {@link Utf8mb4Bin} (V11). A slice's 2,000 ids in {@code child in (...)} cost H2 a check
 * of the list for every row, and MariaDB two to three times the range's time besides
 * binding them. Few ids, ids scattered over the run and ids of a database whose order is
 * not known are asked for by id. Both databases are told to use the slice index (V12, on
 * the run or return, then the child): to avoid sorting by line they would rather scan the
 * run.
 */
final class StoredChildren implements ChildSource {

	/**
	 * Up to this many ids are looked up one by one even where a range could be read: it
	 * would read more.
	 */
	private static final int FEW_IDS = 64;

	private final JdbcTemplate jdbc;

	private final String prefix;

	private final long key;

	private final int sliceSize;

	private final Comparator<String> databaseOrder;

	/** Every id in String order, once read; {@link #read} looks without the lock. */
	private volatile List<String> ids;

	/**
	 * @param databaseOrder the order in which the database compares the child ids, so
	 * that a slice can be read as the range of its ids; null when it is not known
	 */
	StoredChildren(JdbcTemplate jdbc, String prefix, long key, int sliceSize, Comparator<String> databaseOrder) {
		this.jdbc = jdbc;
		this.prefix = prefix;
		this.key = key;
		this.sliceSize = sliceSize;
		this.databaseOrder = databaseOrder;
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
		if (asRange(wanted)) {
			idCondition = "child >= ? and child <= ?";
			args = new Object[] { this.key, Collections.min(wanted, this.databaseOrder),
					Collections.max(wanted, this.databaseOrder) };
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
				// ids that differ in case or by trailing spaces: only the exact ids asked
				// for are read
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

	/**
	 * Whether the ids are read as the range from their least to their greatest: many ids,
	 * an order of the database's known, and, once this source's ids are known, at least
	 * half the children in between: a slice of a step, not ids scattered over the run
	 * such as the few children a return leaves out, whose range would be the whole run.
	 */
	private boolean asRange(List<String> wanted) {
		if (this.databaseOrder == null || wanted.size() <= FEW_IDS) {
			return false;
		}
		List<String> known = this.ids;
		if (known == null) {
			return true;
		}
		int first = known.size();
		int last = -1;
		for (String id : wanted) {
			int at = Collections.binarySearch(known, id);
			if (at >= 0) {
				first = Math.min(first, at);
				last = Math.max(last, at);
			}
		}
		return last - first < 2 * wanted.size();
	}

}
