package org.ssda903.reference;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.ssda903.support.MariaDb;

/**
 * Reference data on MariaDB through MySQL Connector/J, production's driver: batched
 * inserts and streamed reads. Skipped when no server answers, except in CI, where that is
 * a failure.
 */
class MariaDbReferenceDataRepositoryIntegrationTests extends ReferenceDataRepositoryTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MariaDb.register(registry, "reference");
	}

}
