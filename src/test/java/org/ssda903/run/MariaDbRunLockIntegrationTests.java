package org.ssda903.run;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.ssda903.support.MariaDb;

/** The run lock's statements on MariaDB, whose timestamps keep whole seconds. */
class MariaDbRunLockIntegrationTests extends RunLockTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MariaDb.register(registry, "run_lock_unit");
	}

}
