package org.ssda903.job;

import java.util.Map;

import org.ssda903.support.MariaDb;

/** The process-level faults on MariaDB, one fresh database per run. */
class MariaDbProcessFaultIntegrationTests extends ProcessFaultTests {

	@Override
	Map<String, String> database(String name) {
		MariaDb.Database database = MariaDb.create("process_" + name);
		return Map.of("SPRING_DATASOURCE_URL", database.url(), "SPRING_DATASOURCE_USERNAME", database.user(),
				"SPRING_DATASOURCE_PASSWORD", database.password());
	}

}
