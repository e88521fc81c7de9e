package org.ssda903.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The children of a run or a return, read a slice at a time in child id order, so that a
 * step's memory is bounded by a slice, not by the size of the country. Only the ids are
 * held whole: the children's rows are read when a slice is asked for, and forgotten when
 * the caller lets the slice go.
 */
public interface ChildSource {

	/**
	 * Children per slice: large enough that the queries of a slice are few, small enough
	 * that a slice of a national extract stays a few megabytes.
	 */
	int SLICE = 2000;

	/** Children per slice of {@link #forEachSlice}. */
	default int sliceSize() {
		return SLICE;
	}

	/** Every child id, in {@link String} order, once. */
	List<String> ids();

	/**
	 * The given children's rows of the given tables, in the order of {@code ids}; an id
	 * with no row of those tables is left out. Each table's rows are in source-line
	 * order.
	 */
	List<ChildRecords> read(List<String> ids, Set<Table> tables);

	/** The given children with the rows of every table. */
	default List<ChildRecords> read(List<String> ids) {
		return read(ids, EnumSet.allOf(Table.class));
	}

	/** How many children there are. */
	default int size() {
		return ids().size();
	}

	/**
	 * Every child with rows of the given tables, a slice at a time, in id order.
	 */
	default void forEachSlice(Set<Table> tables, Consumer<List<ChildRecords>> slice) {
		List<String> ids = ids();
		int size = sliceSize();
		for (int from = 0; from < ids.size(); from += size) {
			List<ChildRecords> children = read(ids.subList(from, Math.min(ids.size(), from + size)), tables);
			if (!children.isEmpty()) {
				slice.accept(children);
			}
		}
	}

	/** Children already in memory, such as a test's or a folder read whole. */
	static ChildSource of(Collection<ChildRecords> children) {
		SortedMap<String, ChildRecords> byId = new TreeMap<>();
		children.forEach((child) -> byId.put(child.child(), child));
		return of(byId);
	}

	/** Children already in memory, by id. */
	static ChildSource of(Map<String, ChildRecords> children) {
		SortedMap<String, ChildRecords> byId = new TreeMap<>(children);
		List<String> ids = List.copyOf(byId.keySet());
		return new ChildSource() {
			@Override
			public List<String> ids() {
				return ids;
			}

			@Override
			public List<ChildRecords> read(List<String> wanted, Set<Table> tables) {
				List<ChildRecords> found = new ArrayList<>(wanted.size());
				for (String id : wanted) {
					ChildRecords child = byId.get(id);
					ChildRecords kept = (child == null) ? null : onlyTables(child, tables);
					if (kept != null) {
						found.add(kept);
					}
				}
				return found;
			}
		};
	}

	/** No children. */
	static ChildSource empty() {
		return of(Map.of());
	}

	/**
	 * The child itself when every table is asked for, else a copy with those tables'
	 * rows; null when it has none of them.
	 */
	private static ChildRecords onlyTables(ChildRecords child, Set<Table> tables) {
		if (tables.size() == Table.values().length) {
			return child;
		}
		ChildRecords copy = new ChildRecords(child.child());
		boolean any = false;
		for (Table table : tables) {
			for (Row row : child.rows(table)) {
				copy.add(row);
				any = true;
			}
		}
		return any ? copy : null;
	}

}
