package org.ssda903.support;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.ChildSource;
import org.ssda903.model.Table;

/**
 * Children as a source gives them, in slices of a test's size, with what the test wants
 * done before each slice is read: counting reads, noting the thread, or failing one as a
 * lost database would.
 */
public final class WatchedChildSource {

	private WatchedChildSource() {
	}

	/**
	 * @param beforeRead given the ids of each read before it is made; what it throws, the
	 * read throws
	 */
	public static ChildSource of(ChildSource source, int sliceSize, Consumer<List<String>> beforeRead) {
		return new ChildSource() {
			@Override
			public List<String> ids() {
				return source.ids();
			}

			@Override
			public int sliceSize() {
				return sliceSize;
			}

			@Override
			public List<ChildRecords> read(List<String> ids, Set<Table> tables) {
				beforeRead.accept(ids);
				return source.read(ids, tables);
			}
		};
	}

	/** The source in its own slices. */
	public static ChildSource of(ChildSource source, Consumer<List<String>> beforeRead) {
		return of(source, source.sliceSize(), beforeRead);
	}

}
