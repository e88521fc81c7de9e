package org.ssda903.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import org.ssda903.cli.Ssda903Application;
import org.ssda903.model.ChildRecords;
import org.ssda903.model.ChildSource;
import org.ssda903.model.Row;
import org.ssda903.model.Table;

/**
 * Children read from the database a slice at a time, with slices of more than
 * {@code StoredChildren.FEW_IDS} ids so that they are read as ranges of ids; run on H2
 * and on MariaDB by the subclasses. Each slice holds ids that a range computed in the
 * wrong order misses: ids differing only in case (MariaDB's default collation ignores
 * it), an id with a tab, which {@code utf8mb4_bin} sorts before the same id without it,
 * and an id beyond U+FFFF, which Java sorts before U+FF21 and UTF-8 after it.
 */
@SpringBootTest(classes = Ssda903Application.class, properties = "ssda903.slice-size=" + StoredChildrenTests.SLICE)
abstract class StoredChildrenTests {

	static final int SLICE = 70;

	static final long KEY = 7001;

	static final long OTHER_KEY = 7002;

	/** Java's String order, the order of {@link ChildSource#ids()}, sliced by 70. */
	static final List<List<String>> SLICES = List.of(ids(List.of("C1", "C\uD83D\uDE00"), "a", 68, List.of()),
			// a trailing space is trimmed by the loader, but the store keeps what it is
			// given
			ids(List.of("c1", "c1\tb", "c1 "), "c1", 67, List.of()),
			ids(List.of(), "d", 66, List.of("d\uD83D\uDE00", "d\uFF21")));

	@Autowired
	StagingRepository staging;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void noRows() {
		for (String prefix : List.of(StagingRepository.STAGING, StagingRepository.RETURN)) {
			this.staging.delete(prefix, KEY);
			this.staging.delete(prefix, OTHER_KEY);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { StagingRepository.STAGING, StagingRepository.RETURN })
	void everyChildIsReadInItsSliceWithItsOwnRowsOnly(String prefix) {
		List<String> all = SLICES.stream().flatMap(List::stream).toList();
		assertThat(new TreeSet<>(all)).as("the test's ids in Java's order").containsExactlyElementsOf(all);
		store(prefix, all);

		List<List<String>> slices = new ArrayList<>();
		List<ChildRecords> read = new ArrayList<>();
		ChildSource source = this.staging.source(prefix, KEY);
		assertThat(source.ids()).containsExactlyElementsOf(all);
		source.forEachSlice(EnumSet.allOf(Table.class), (slice) -> {
			slices.add(slice.stream().map(ChildRecords::child).toList());
			read.addAll(slice);
		});

		assertThat(slices).isEqualTo(SLICES);
		for (int i = 0; i < all.size(); i++) {
			ChildRecords child = read.get(i);
			assertThat(lines(child, Table.HEADER)).as(child.child()).containsExactly(line(i));
			assertThat(lines(child, Table.EPISODES)).as(child.child()).containsExactly(line(i) + 1000);
			assertThat(child.header().values()[0]).isEqualTo(child.child());
		}
	}

	@Test
	void idsScatteredOverTheRunAreAskedForByIdOnceTheSourceKnowsItsIds() {
		List<String> all = SLICES.stream().flatMap(List::stream).toList();
		store(StagingRepository.STAGING, all);
		// letters and digits, which every database's order puts as Java's does
		List<String> plain = all.stream().filter((id) -> id.matches("[a-z0-9]+")).toList();
		List<String> scattered = IntStream.range(0, plain.size())
			.filter((i) -> i % 3 == 0)
			.mapToObj(plain::get)
			.toList();
		List<String> slice = plain.subList(0, SLICE - 2);
		List<String> statements = new ArrayList<>();
		JdbcTemplate recording = new JdbcTemplate(this.jdbc.getDataSource()) {
			@Override
			public void query(String sql, RowCallbackHandler handler, Object... args) {
				statements.add(sql);
				super.query(sql, handler, args);
			}
		};
		StoredChildren source = new StoredChildren(recording, StagingRepository.STAGING, KEY, SLICE,
				Comparator.naturalOrder());

		assertThat(idsRead(source, scattered)).isEqualTo(scattered);
		assertThat(statements).singleElement().asString().contains("child >= ? and child <= ?");
		source.ids();
		statements.clear();
		assertThat(idsRead(source, scattered)).isEqualTo(scattered);
		assertThat(statements).singleElement().asString().contains("child in (?, ?");
		statements.clear();
		assertThat(idsRead(source, slice)).isEqualTo(slice);
		assertThat(statements).singleElement().asString().contains("child >= ? and child <= ?");
	}

	private static List<String> idsRead(ChildSource source, List<String> ids) {
		assertThat(ids).hasSizeGreaterThan(64);
		return source.read(ids, EnumSet.of(Table.HEADER)).stream().map(ChildRecords::child).toList();
	}

	/** A header and an episode for each child, and a header of another run or return. */
	void store(String prefix, List<String> all) {
		List<Row> headers = new ArrayList<>();
		List<Row> episodes = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			headers.add(new Row(Table.HEADER, line(i), values(Table.HEADER, all.get(i))));
			episodes.add(new Row(Table.EPISODES, line(i) + 1000, values(Table.EPISODES, all.get(i))));
		}
		this.staging.insert(prefix, KEY, Table.HEADER, headers);
		this.staging.insert(prefix, KEY, Table.EPISODES, episodes);
		this.staging.insert(prefix, OTHER_KEY, Table.HEADER, headers);
	}

	private static long line(int index) {
		return index + 2;
	}

	private static String[] values(Table table, String child) {
		String[] values = new String[table.columns().size()];
		Arrays.fill(values, "");
		values[0] = child;
		return values;
	}

	private static List<Long> lines(ChildRecords child, Table table) {
		return child.rows(table).stream().map(Row::line).toList();
	}

	private static List<String> ids(List<String> before, String prefix, int count, List<String> after) {
		List<String> ids = new ArrayList<>(before);
		IntStream.range(0, count).mapToObj((i) -> prefix + String.format("%02d", i)).forEach(ids::add);
		ids.addAll(after);
		return List.copyOf(ids);
	}

}
