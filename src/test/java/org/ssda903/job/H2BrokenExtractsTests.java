package org.ssda903.job;

import org.springframework.test.context.TestPropertySource;

/**
 * The broken extracts on the embedded H2 database, in memory and private to this test
 * class.
 */
@TestPropertySource(
		properties = "spring.datasource.url=jdbc:h2:mem:broken-extracts;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class H2BrokenExtractsTests extends BrokenExtractsTests {

}
