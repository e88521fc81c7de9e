package org.ssda903.run;

import org.springframework.test.context.TestPropertySource;

@TestPropertySource(
		properties = "spring.datasource.url=jdbc:h2:mem:run-lock-tests;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class H2RunLockTests extends RunLockTests {

}
