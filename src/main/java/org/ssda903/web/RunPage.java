package org.ssda903.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.step.StepExecution;

import org.ssda903.audit.RunHistory.ExecutionSummary;
import org.ssda903.kpi.KpiResult;
import org.ssda903.run.ManifestEntry;
import org.ssda903.run.RunEvent;
import org.ssda903.run.RunInput;
import org.ssda903.store.RejectCount;
import org.ssda903.validation.RuleRun;
import org.ssda903.web.AuditorModel.Cell;
import org.ssda903.web.AuditorModel.Fact;
import org.ssda903.web.AuditorModel.Table;

/**
 * The page of one execution: what ran, who started it and how, on which files, what it
 * produced and what it found. Rejected rows appear as counts by file and reason only;
 * their text and the children's values stay in the run folder.
 */
final class RunPage {

	private RunPage() {
	}

	/** The variables of the {@code run} template. */
	static Map<String, Object> model(RunReport report) {
		ExecutionSummary s = report.detail().summary();
		List<RunInput> inputs = report.detail().inputs();
		long read = inputs.stream().mapToLong((i) -> i.rowsRead() == null ? 0 : i.rowsRead()).sum();
		long rejected = inputs.stream().mapToLong((i) -> i.rowsRejected() == null ? 0 : i.rowsRejected()).sum();
		RunStatus status = RunStatus.of(s.status(), read, rejected);
		boolean recovered = report.detail()
			.events()
			.stream()
			.anyMatch((e) -> e.kind() == RunEvent.Kind.RECOVER && e.executionId() == s.executionId());
		String title = "Execution " + s.executionId() + " of run " + s.runId()
				+ (s.rerunNumber() == 0 ? "" : " (rerun " + s.rerunNumber() + ")");
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("title", title);
		model.put("status", status.label());
		model.put("statusClass", status.cssClass());
		model.put("rejectWarning", rejectWarning(inputs, read, rejected));
		model.put("failure",
				FailureMessages.of(s.status(), report.detail().exitMessage(), report.detail().steps(), recovered));
		model.put("facts", facts(report, s));
		model.put("events", events(report.detail().events()));
		model.put("steps", steps(report.detail().steps()));
		model.put("inputs", inputs(inputs));
		model.put("outputs", outputs(report.detail().outputs()));
		long rejectedRows = report.rejects().stream().mapToLong(RejectCount::rows).sum();
		model.put("rejectedTotal", rejectedRows + (rejectedRows == 1 ? " row was" : " rows were") + " rejected.");
		model.put("rejects", rejects(report.rejects()));
		model.put("issues", report.errors() + " error and " + report.queries() + " query issues.");
		List<RuleRun> shown = shownRules(report.rules());
		model.put("rules", rules(shown, report.ruleMessages()));
		model.put("rulesNote", (report.rules().size() - shown.size()) + " of " + report.rules().size()
				+ " rules ran and found nothing; rules that failed or could not run are listed.");
		model.put("kpiHeading", "KPIs, " + report.kpiPeriod().start() + " to " + report.kpiPeriod().end());
		model.put("kpis", kpis(report.kpis()));
		return model;
	}

	/**
	 * Every rejected row is worth a look: the share of the rows read, overall and by
	 * file.
	 */
	private static String rejectWarning(List<RunInput> inputs, long read, long rejected) {
		if (rejected == 0) {
			return null;
		}
		String files = inputs.stream()
			.filter((i) -> i.rowsRejected() != null && i.rowsRejected() > 0)
			.map((i) -> i.fileName() + " " + i.rowsRejected() + " of " + i.rowsRead() + " ("
					+ percent(i.rowsRejected(), i.rowsRead()) + ")")
			.collect(Collectors.joining(", "));
		String all = rejected == read ? " Every row read was rejected: the return and KPIs are built on nothing." : "";
		return "Warning: " + rejected + " of " + read + " rows read (" + percent(rejected, read)
				+ ") were rejected and are not in the return: " + files + "." + all
				+ " The reasons are listed under Rejected rows.";
	}

	private static String percent(long part, long whole) {
		return whole == 0 ? "-" : String.format(java.util.Locale.UK, "%.1f%%", 100.0 * part / whole);
	}

	private static List<Fact> facts(RunReport report, ExecutionSummary s) {
		List<Fact> facts = new ArrayList<>();
		facts.add(new Fact("Council", s.laCode()));
		facts.add(new Fact("Collection year", report.params().year().label()));
		facts.add(new Fact("Requested by", s.requestedBy()));
		facts.add(new Fact("Command line",
				report.detail().commandLine() == null ? "(not recorded)" : report.detail().commandLine()));
		facts.add(new Fact("Started", HistoryPage.when(s.started())));
		facts.add(new Fact("Ended", HistoryPage.when(report.ended())));
		facts.add(new Fact("Duration", HistoryPage.seconds(s.duration())));
		facts.add(new Fact("Rows read, loaded, rejected",
				s.rowsRead() + ", " + s.rowsLoaded() + ", " + s.rowsRejected()));
		facts.add(new Fact("Extract folder", report.params().extractDir().toString()));
		facts.add(new Fact("Output folder", report.detail().outputFolder() == null ? "(not published)"
				: report.detail().outputFolder().toString()));
		facts.add(new Fact("Extract checksum (SHA-256 of its files)", report.params().extractSha256()));
		facts.add(new Fact("Last year's return checksum", orNone(report.params().previousSha256())));
		facts.add(new Fact("Reference data and local extracts checksum", orNone(report.params().referenceSha256())));
		return facts;
	}

	private static Table events(List<RunEvent> events) {
		List<List<Cell>> rows = new ArrayList<>();
		for (RunEvent event : events) {
			rows.add(List.of(Cell.text(event.kind().label()),
					Cell.link(Long.toString(event.executionId()), "/runs/" + event.executionId()),
					Cell.text(HistoryPage.when(LocalDateTime.ofInstant(event.at(), ZoneId.systemDefault()))),
					Cell.text(event.who()), Cell.text(event.commandLine())));
		}
		return new Table("events", List.of("what", "execution", "when", "who", "command line"), rows);
	}

	private static Table steps(List<StepExecution> steps) {
		List<List<Cell>> rows = new ArrayList<>();
		for (StepExecution step : steps) {
			Duration duration = step.getStartTime() == null || step.getEndTime() == null ? null
					: Duration.between(step.getStartTime(), step.getEndTime());
			rows.add(List.of(Cell.text(step.getStepName()),
					Cell.status(step.getStatus().name(), step.getStatus().name()), Cell.number(step.getReadCount()),
					Cell.number(step.getWriteCount()), Cell.number(step.getCommitCount()),
					Cell.number(step.getRollbackCount()), Cell.number(HistoryPage.seconds(duration))));
		}
		return new Table("steps", List.of("step", "status", "read", "written", "commits", "rollbacks", "duration"),
				rows);
	}

	private static Table inputs(List<RunInput> inputs) {
		List<List<Cell>> rows = new ArrayList<>();
		for (RunInput input : inputs) {
			rows.add(List.of(Cell.text(input.fileName()), Cell.text(input.table()), Cell.number(input.bytes()),
					Cell.sha(input.sha256()), Cell.number(input.rowsRead()), Cell.number(input.rowsLoaded()),
					Cell.number(input.rowsRejected()), Cell.text(accounting(input))));
		}
		return new Table("inputs", List.of("file", "903 file", "bytes", "sha256", "rows read", "loaded", "rejected",
				"read = loaded + rejected"), rows);
	}

	/**
	 * Whether every row read is accounted for: the loader's promise, checked again where
	 * the auditor reads it.
	 */
	private static String accounting(RunInput input) {
		if (input.rowsRead() == null || input.rowsLoaded() == null || input.rowsRejected() == null) {
			return "not loaded";
		}
		return input.rowsRead() == input.rowsLoaded() + input.rowsRejected() ? "yes" : "NO";
	}

	private static Table outputs(List<ManifestEntry> outputs) {
		List<List<Cell>> rows = new ArrayList<>();
		for (ManifestEntry output : outputs) {
			rows.add(List.of(Cell.text(output.path()), Cell.number(output.bytes()), Cell.sha(output.sha256())));
		}
		return new Table("outputs", List.of("path in the output folder", "bytes", "sha256"), rows);
	}

	private static Table rejects(List<RejectCount> rejects) {
		List<List<Cell>> rows = new ArrayList<>();
		for (RejectCount reject : rejects) {
			rows.add(List.of(Cell.text(reject.sourceFile()), Cell.text(reject.reason()), Cell.number(reject.rows())));
		}
		return new Table("rejects", List.of("file", "reason", "rows"), rows);
	}

	/**
	 * Rules that found something first, then those that could not run; the sort keeps
	 * rule order in each.
	 */
	private static List<RuleRun> shownRules(List<RuleRun> rules) {
		return rules.stream()
			.filter((rule) -> rule.failingRows() > 0 || !"run".equals(rule.status()))
			.sorted(Comparator.comparing((RuleRun rule) -> rule.failingRows() == 0))
			.toList();
	}

	private static Table rules(List<RuleRun> shown, Map<String, String> messages) {
		List<List<Cell>> rows = new ArrayList<>();
		for (RuleRun rule : shown) {
			rows.add(List.of(Cell.text(rule.ruleCode()), Cell.text(messages.getOrDefault(rule.ruleCode(), "")),
					Cell.text(rule.severity().label()), Cell.number(rule.failingRows()),
					Cell.number(rule.failingChildren()), Cell.text(rule.status())));
		}
		return new Table("rules", List.of("rule", "message", "severity", "failing rows", "failing children", "status"),
				rows);
	}

	private static Table kpis(List<KpiResult> kpis) {
		List<List<Cell>> rows = new ArrayList<>();
		for (KpiResult kpi : kpis) {
			rows.add(List.of(Cell.text(kpi.kpiId()), Cell.text(kpi.name()), Cell.text(kpi.breakdown()),
					Cell.text(kpi.breakdownValue()), Cell.number(kpi.numerator()), Cell.number(kpi.denominator()),
					Cell.number(plain(kpi.value()))));
		}
		return new Table("kpis", List.of("KPI", "name", "breakdown", "group", "numerator", "denominator", "value"),
				rows);
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}

	private static String orNone(String value) {
		return value == null ? "(none)" : value;
	}

}
