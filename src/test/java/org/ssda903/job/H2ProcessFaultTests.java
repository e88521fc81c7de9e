package org.ssda903.job;

import java.util.Map;

/**
 * The process-level faults on the embedded H2 file database, one database folder per run.
 */
class H2ProcessFaultTests extends ProcessFaultTests {

	@Override
	Map<String, String> database(String name) {
		return Map.of("SSDA903_DATA_DIR", this.work.resolve("data-" + name).toString());
	}

}
