package org.ssda903.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.batch.core.step.StepExecution;

import org.ssda903.audit.RunHistory.ExecutionSummary;
import org.ssda903.run.RunInput;
import org.ssda903.store.RejectCount;
import org.ssda903.kpi.KpiResult;
import org.ssda903.run.ManifestEntry;
import org.ssda903.validation.RuleRun;
import org.ssda903.web.Html.Cell;

/**
 * The page of one execution: what ran, on which files, what it produced and what it found. Rejected rows appear as
 * counts by file and reason only; their text and the children's values stay in the run folder.
 */
final class RunPage {

	private RunPage() {
	}

	static String render(RunReport report) {
		ExecutionSummary s = report.detail().summary();
		Html page = new Html("Execution " + s.executionId() + " of run " + s.runId());
		page.nav("/", "Run history");
		page.heading(1, "Execution " + s.executionId() + " of run " + s.runId());
		page.status("Status:", s.status());
		page.definitions(List.of(new String[] { "Council", s.laCode() },
				new String[] { "Collection year", report.params().year().label() },
				new String[] { "Requested by", s.requestedBy() },
				new String[] { "Started", HistoryPage.when(s.started()) },
				new String[] { "Ended", HistoryPage.when(report.ended()) },
				new String[] { "Duration", HistoryPage.seconds(s.duration()) },
				new String[] { "Rows read, loaded, rejected",
						s.rowsRead() + ", " + s.rowsLoaded() + ", " + s.rowsRejected() },
				new String[] { "Extract checksum (SHA-256 of its files)", report.params().extractSha256() },
				new String[] { "Last year's return checksum", orNone(report.params().previousSha256()) },
				new String[] { "Reference data and local extracts checksum", orNone(report.params().referenceSha256()) },
				new String[] { "Exit message", exitMessage(report.detail().exitMessage()) }));
		steps(page, report.detail().steps());
		inputs(page, report.detail().inputs());
		outputs(page, report.detail().outputs());
		rejects(page, report.rejects());
		validation(page, report);
		kpis(page, report);
		return page.render();
	}

	private static void steps(Html page, List<StepExecution> steps) {
		page.heading(2, "Steps");
		List<List<Cell>> rows = new ArrayList<>();
		for (StepExecution step : steps) {
			Duration duration = step.getStartTime() == null || step.getEndTime() == null ? null
					: Duration.between(step.getStartTime(), step.getEndTime());
			rows.add(List.of(Cell.text(step.getStepName()), Cell.status(step.getStatus().name()),
					Cell.number(step.getReadCount()), Cell.number(step.getWriteCount()),
					Cell.number(step.getCommitCount()), Cell.number(step.getRollbackCount()),
					Cell.number(HistoryPage.seconds(duration))));
		}
		page.table("steps", List.of("step", "status", "read", "written", "commits", "rollbacks", "duration"), rows);
	}

	private static void inputs(Html page, List<RunInput> inputs) {
		page.heading(2, "Input files");
		List<List<Cell>> rows = new ArrayList<>();
		for (RunInput input : inputs) {
			rows.add(List.of(Cell.text(input.fileName()), Cell.text(input.table()), Cell.number(input.bytes()),
					Cell.sha(input.sha256()), Cell.number(input.rowsRead()), Cell.number(input.rowsLoaded()),
					Cell.number(input.rowsRejected()), Cell.text(accounting(input))));
		}
		page.table("inputs", List.of("file", "903 file", "bytes", "sha256", "rows read", "loaded", "rejected",
				"read = loaded + rejected"), rows);
	}

	/** Whether every row read is accounted for: the loader's promise, checked again where the auditor reads it. */
	private static String accounting(RunInput input) {
		if (input.rowsRead() == null || input.rowsLoaded() == null || input.rowsRejected() == null) {
			return "not loaded";
		}
		return input.rowsRead() == input.rowsLoaded() + input.rowsRejected() ? "yes" : "NO";
	}

	private static void outputs(Html page, List<ManifestEntry> outputs) {
		page.heading(2, "Outputs");
		if (outputs.isEmpty()) {
			page.note("No outputs: the run has not published its folder.");
			return;
		}
		List<List<Cell>> rows = new ArrayList<>();
		for (ManifestEntry output : outputs) {
			rows.add(List.of(Cell.text(output.path()), Cell.number(output.bytes()), Cell.sha(output.sha256())));
		}
		page.table("outputs", List.of("path in the run folder", "bytes", "sha256"), rows);
	}

	private static void rejects(Html page, List<RejectCount> rejects) {
		page.heading(2, "Rejected rows");
		long total = rejects.stream().mapToLong(RejectCount::rows).sum();
		page.paragraph(total + (total == 1 ? " row was" : " rows were") + " rejected.");
		if (total > 0) {
			List<List<Cell>> rows = new ArrayList<>();
			for (RejectCount reject : rejects) {
				rows.add(List.of(Cell.text(reject.sourceFile()), Cell.text(reject.reason()), Cell.number(reject.rows())));
			}
			page.table("rejects", List.of("file", "reason", "rows"), rows);
		}
		page.note("The rejected rows themselves hold personal data: they are in the run folder's rejected/ files,"
				+ " not on this page.");
	}

	private static void validation(Html page, RunReport report) {
		page.heading(2, "Validation");
		page.paragraph(report.errors() + " error and " + report.queries() + " query issues.");
		// rules that found something first, then those that could not run; the sort keeps rule order within each
		List<RuleRun> shown = report.rules()
			.stream()
			.filter((rule) -> rule.failingRows() > 0 || !"run".equals(rule.status()))
			.sorted(Comparator.comparing((RuleRun rule) -> rule.failingRows() == 0))
			.toList();
		List<List<Cell>> rows = new ArrayList<>();
		for (RuleRun rule : shown) {
			rows.add(List.of(Cell.text(rule.ruleCode()), Cell.text(rule.severity().label()),
					Cell.number(rule.failingRows()), Cell.number(rule.failingChildren()), Cell.text(rule.status())));
		}
		if (!rows.isEmpty()) {
			page.table("rules", List.of("rule", "severity", "failing rows", "failing children", "status"), rows);
		}
		page.note((report.rules().size() - shown.size()) + " of " + report.rules().size()
				+ " rules ran and found nothing; rules that failed or could not run are listed.");
	}

	private static void kpis(Html page, RunReport report) {
		page.heading(2, "KPIs, " + report.kpiPeriod().start() + " to " + report.kpiPeriod().end());
		if (report.kpis().isEmpty()) {
			page.note("No KPIs: the run has not computed them.");
			return;
		}
		List<List<Cell>> rows = new ArrayList<>();
		for (KpiResult kpi : report.kpis()) {
			rows.add(List.of(Cell.text(kpi.kpiId()), Cell.text(kpi.name()), Cell.text(kpi.breakdown()),
					Cell.text(kpi.breakdownValue()), Cell.number(kpi.numerator()), Cell.number(kpi.denominator()),
					Cell.number(plain(kpi.value()))));
		}
		page.table("kpis", List.of("KPI", "name", "breakdown", "group", "numerator", "denominator", "value"), rows);
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}

	/**
	 * The first line only: a failed step's exit description goes on with the stack trace, which is for the
	 * operator's log and not for auditors.
	 */
	private static String exitMessage(String message) {
		return message == null || message.isBlank() ? "(none)" : message.lines().findFirst().orElse("");
	}

	private static String orNone(String value) {
		return value == null ? "(none)" : value;
	}

}
