package org.ssda903.reference;

import org.springframework.test.context.TestPropertySource;

@TestPropertySource(
		properties = "spring.datasource.url=jdbc:h2:mem:reference-data-tests;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class H2ReferenceDataRepositoryTests extends ReferenceDataRepositoryTests {

}
