package org.ssda903.run;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The steps of the nightly job, in job order, under the names recorded in the job
 * repository. History, reruns and the auditor page read step executions by these names,
 * so they are declared here once.
 */
public enum RunStep {

	DISCOVER("discover"), REFERENCE("reference"), INGEST("ingest"), GATE("gate"), VALIDATE("validate"),
	BUILD_RETURN("build-return"), KPI("kpi"), PUBLISH("publish");

	/** The worker step of each ingest partition (one per 903 file). */
	public static final String INGEST_FILE = "ingest-file";

	/**
	 * The first step of a rerun: it gives the rerun the job context of the original run's
	 * discover step.
	 */
	public static final String RERUN_CONTEXT = "rerun-context";

	private final String stepName;

	RunStep(String stepName) {
		this.stepName = stepName;
	}

	public String stepName() {
		return this.stepName;
	}

	/**
	 * The steps a rerun may start from: those that replace what they wrote, after the
	 * extract is loaded.
	 */
	public static List<RunStep> rerunStarts() {
		return List.of(VALIDATE, BUILD_RETURN, KPI, PUBLISH);
	}

	public static Optional<RunStep> byName(String stepName) {
		return Arrays.stream(values()).filter((step) -> step.stepName.equals(stepName)).findFirst();
	}

	/**
	 * The steps before this one, which must have completed for this one's input to exist.
	 */
	public List<RunStep> earlier() {
		return List.of(values()).subList(0, ordinal());
	}

}
