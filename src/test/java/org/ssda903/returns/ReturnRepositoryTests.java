package org.ssda903.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import org.ssda903.cli.Ssda903Application;

/** What the stored returns of earlier years tell the validator. */
@SpringBootTest(classes = Ssda903Application.class)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:return-repository-tests;MODE=MySQL;"
		+ "DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class ReturnRepositoryTests {

	private static final String LA = "E06000034";

	@Autowired
	private ReturnRepository returns;

	@Autowired
	private JdbcTemplate jdbc;

	private long nextRun = 1;

	@BeforeEach
	void noReturns() {
		this.jdbc.update("delete from ret_episodes");
		this.jdbc.update("delete from return_version");
	}

	@Test
	void earlierYearsGiveTheChildrenWithAnEpisodeInTheirLatestVersion() {
		store(LA, 2023, "C1");
		store(LA, 2023, "C2", "C2");
		store(LA, 2024);
		store(LA, 2025, "C3");
		store("E09000001", 2024, "C4");
		assertThat(this.returns.childrenWithEpisodesBefore(LA, 2025))
			.isEqualTo(Map.of(2023, Set.of("C2"), 2024, Set.of()));
	}

	@Test
	void noStoredReturnGivesNoYear() {
		assertThat(this.returns.childrenWithEpisodesBefore(LA, 2025)).isEmpty();
	}

	/**
	 * A new version of the council's return for the year, with one episode per child
	 * given.
	 */
	private void store(String laCode, int endYear, String... children) {
		ReturnVersion version = this.returns.createFor(this.nextRun++, laCode, endYear, Instant.now());
		long line = 2;
		for (String child : children) {
			this.jdbc.update("insert into ret_episodes (return_id, line, child, decom) values (?, ?, ?, ?)",
					version.returnId(), line++, child, "01/05/" + (endYear - 1));
		}
	}

}
