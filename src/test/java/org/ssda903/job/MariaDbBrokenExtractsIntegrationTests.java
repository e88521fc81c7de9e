package org.ssda903.job;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.ssda903.support.MariaDb;

/**
 * The broken extracts on MariaDB, production's database, in a database made for this test
 * class. Skipped when no server answers, except in CI, where that is a failure.
 */
class MariaDbBrokenExtractsIntegrationTests extends BrokenExtractsTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MariaDb.register(registry, "broken_extracts");
	}

}
