package org.ssda903.store;

import org.springframework.test.context.TestPropertySource;

/**
 * Slices of children on H2, which compares strings as {@link String#compareTo} does.
 */
@TestPropertySource(
		properties = "spring.datasource.url=jdbc:h2:mem:stored-children;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class H2StoredChildrenTests extends StoredChildrenTests {

}
