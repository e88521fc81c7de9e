package org.ssda903.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;

/**
 * Why an execution did not complete, in a sentence an auditor can act on. The exit
 * description Spring Batch keeps is a stack trace: its first line names a Java class,
 * which is for the operator's log, not for the page.
 */
final class FailureMessages {

	/** A qualified class name, with the colon that follows it when it heads a message. */
	private static final Pattern CLASS_NAME = Pattern
		.compile("(?:[a-z_][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)(?::\\s*)?");

	/**
	 * The kinds of failure by the simple name of what was thrown, and what to tell of
	 * each.
	 */
	private static final List<Kind> KINDS = List.of(new Kind("BadExtract", "The extract could not be used: "),
			new Kind("NoSuchFile", "A file the run needs was not found: "),
			new Kind("FileNotFound", "A file the run needs was not found: "),
			new Kind("AccessDenied", "The run was not allowed to read or write a file: "),
			new Kind("IOException", "A file could not be read or written: "),
			new Kind("OutOfMemory", "The process ran out of memory; restart the run with more memory. "),
			new Kind("DataAccess", "The database could not be reached or refused a write. "),
			new Kind("SQL", "The database could not be reached or refused a write. "),
			new Kind("Jdbc", "The database could not be reached or refused a write. "),
			new Kind("Transaction", "The database could not be reached or refused a write. "),
			new Kind("JobInterrupted", "The run was stopped before it finished. "));

	private FailureMessages() {
	}

	/**
	 * The sentence for an execution that did not complete, or null when it completed or
	 * is still running.
	 * @param recovered whether the execution was recovered after its process died
	 */
	static String of(String status, String exitDescription, List<StepExecution> steps, boolean recovered) {
		if (BatchStatus.COMPLETED.name().equals(status) || BatchStatus.STARTED.name().equals(status)
				|| BatchStatus.STARTING.name().equals(status)) {
			return null;
		}
		String where = steps.stream()
			.filter((step) -> step.getStatus() != BatchStatus.COMPLETED)
			.map(StepExecution::getStepName)
			.findFirst()
			.map((step) -> "It stopped in its " + step + " step. ")
			.orElse("");
		if (recovered) {
			return "The process running this execution stopped without finishing (it was killed, or its machine"
					+ " stopped). " + where + "What it committed is kept, and the run was resumed from there.";
		}
		String first = exitDescription == null ? "" : exitDescription.lines().findFirst().orElse("").strip();
		if (first.isEmpty()) {
			return "The run did not complete. " + where;
		}
		Matcher thrown = CLASS_NAME.matcher(first);
		String what = thrown.lookingAt() ? thrown.group(1) : "";
		String detail = CLASS_NAME.matcher(thrown.lookingAt() ? first.substring(thrown.end()) : first).replaceAll("");
		for (Kind kind : KINDS) {
			if (what.toLowerCase(Locale.ROOT).contains(kind.thrown().toLowerCase(Locale.ROOT))) {
				return kind.sentence() + sentence(detail) + " " + where;
			}
		}
		return "The run stopped on an error: " + sentence(detail) + " " + where;
	}

	private static String sentence(String detail) {
		String text = detail.strip();
		if (text.isEmpty()) {
			return "";
		}
		return text.endsWith(".") ? text : text + ".";
	}

	private record Kind(String thrown, String sentence) {
	}

}
