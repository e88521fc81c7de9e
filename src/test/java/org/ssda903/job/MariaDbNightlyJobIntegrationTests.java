package org.ssda903.job;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.ssda903.support.MariaDb;

/**
 * The nightly job on MariaDB through MySQL Connector/J, production's driver and code
 * path, in a database made for this test class. Skipped when no server answers, except in
 * CI, where that is a failure.
 */
class MariaDbNightlyJobIntegrationTests extends NightlyJobTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MariaDb.register(registry, "nightly_job");
	}

}
