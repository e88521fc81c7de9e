package org.ssda903.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import org.ssda903.cli.Ssda903Application;
import org.ssda903.job.NightlyRunner;
import org.ssda903.support.AuditorExtracts;
import org.ssda903.support.Runs;

/**
 * The correction list puts everything a data officer must correct for a child together,
 * in the order the case-management system exports it, with the current value beside each
 * finding.
 */
@SpringBootTest(classes = Ssda903Application.class,
		properties = "spring.datasource.url=jdbc:h2:mem:correction-list;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class CorrectionListTests {

	@Autowired
	NightlyRunner runner;

	@Autowired
	CorrectionList corrections;

	@TempDir
	Path work;

	@Test
	void rejectsAndFindingsComeChildByChildInFileAndLineOrder() throws Exception {
		long runId = Runs.runId(Runs.completed(this.runner, AuditorExtracts.completing(this.work.resolve("x")),
				"E06000034", this.work.resolve("out")));

		List<Correction> list = this.corrections.forRun(runId);

		assertThat(list).isSortedAccordingTo(Correction.WORKING_ORDER);
		List<Correction> rejected = list.stream()
			.filter((c) -> c.childId().equals(AuditorExtracts.REJECTED_CHILD))
			.toList();
		assertThat(rejected).extracting(Correction::severity).containsOnly("reject");
		assertThat(rejected).extracting(Correction::line).containsExactly(4L, 5L);
		// the impossible DECOM is named as the field to correct, with its value as
		// written
		assertThat(rejected.get(0).field()).isEqualTo("DECOM");
		assertThat(rejected.get(0).problem()).contains("DECOM");
		// a rule finding carries the rule code and the value of the field it names
		assertThat(list).filteredOn((c) -> !c.ruleCode().isEmpty())
			.isNotEmpty()
			.allSatisfy((c) -> assertThat(c.severity()).isIn("error", "query"));
	}

}
