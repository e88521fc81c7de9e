package org.ssda903.job;

import org.springframework.test.context.TestPropertySource;

/**
 * The nightly job on the embedded H2 database, in memory and private to this test class.
 */
@TestPropertySource(
		properties = "spring.datasource.url=jdbc:h2:mem:nightly-job-tests;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class H2NightlyJobTests extends NightlyJobTests {

}
