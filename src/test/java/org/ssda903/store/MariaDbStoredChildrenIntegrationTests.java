package org.ssda903.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.Table;
import org.ssda903.support.MariaDb;

/**
 * Slices of children on MariaDB through MySQL Connector/J, whose child columns V11 made
 * {@code utf8mb4_bin}. Skipped when no server answers, except in CI, where that is a
 * failure.
 */
class MariaDbStoredChildrenIntegrationTests extends StoredChildrenTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MariaDb.register(registry, "stored_children");
	}

	@Test
	void everyChildColumnComparesBytesAndKeepsItsIndex() {
		assertThat(this.jdbc.queryForList("select concat(table_name, ' ', collation_name, ' ', is_nullable)"
				+ " from information_schema.columns where table_schema = database() and column_name = 'child'"
				+ " and (table_name like 'stg\\_%' or table_name like 'ret\\_%')", String.class))
			.hasSize(2 * Table.values().length)
			.allMatch((column) -> column.endsWith(" utf8mb4_bin NO"));
		assertThat(this.jdbc.queryForObject("select count(*) from information_schema.statistics"
				+ " where table_schema = database() and index_name = concat(table_name, '_child')"
				+ " and seq_in_index = 2 and column_name = 'child'", Integer.class))
			.isEqualTo(2 * Table.values().length);
	}

	@Test
	void aTableLeftWithTheDefaultCollationHasItsSlicesReadByTheirIds() {
		List<String> all = SLICES.stream().flatMap(List::stream).toList();
		store(StagingRepository.STAGING, all);
		this.jdbc.execute("alter table stg_header modify child varchar(255) collate utf8mb4_general_ci not null");
		try {
			List<String> read = this.staging.source(StagingRepository.STAGING, KEY)
				.read(SLICES.get(0), EnumSet.of(Table.HEADER))
				.stream()
				.map(ChildRecords::child)
				.toList();

			assertThat(read).isEqualTo(SLICES.get(0));
		}
		finally {
			this.jdbc.execute("alter table stg_header modify child varchar(255) collate utf8mb4_bin not null");
		}
	}

}
