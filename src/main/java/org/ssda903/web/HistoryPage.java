package org.ssda903.web;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;

import org.ssda903.audit.RunHistory.ExecutionSummary;
import org.ssda903.model.CollectionYear;
import org.ssda903.web.AuditorModel.Cell;
import org.ssda903.web.AuditorModel.Field;
import org.ssda903.web.AuditorModel.Table;

/**
 * The page of the run history: one row per execution, newest first, with the filters that
 * chose them.
 */
final class HistoryPage {

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private HistoryPage() {
	}

	/** The variables of the {@code history} template. */
	static Map<String, Object> model(HistoryFilter filter, List<ExecutionSummary> executions, int lookedThrough) {
		List<List<Cell>> rows = new ArrayList<>();
		for (ExecutionSummary s : executions) {
			RunStatus status = RunStatus.of(s.status(), s.rowsRead(), s.rowsRejected());
			String run = s.rerunNumber() == 0 ? Long.toString(s.runId())
					: s.runId() + " (rerun " + s.rerunNumber() + ")";
			rows.add(List.of(Cell.link(Long.toString(s.executionId()), "/runs/" + s.executionId()), Cell.number(run),
					Cell.status(status.label(), status.cssClass()), Cell.text(s.laCode()),
					Cell.text(new CollectionYear(s.year()).label()), Cell.text(when(s.started())),
					Cell.number(seconds(s.duration())), Cell.number(s.rowsRead()), Cell.number(s.rowsLoaded()),
					Cell.number(s.rowsRejected()), Cell.text(s.requestedBy())));
		}
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("fields", fields(filter));
		model.put("history", new Table("history", List.of("execution", "run", "status", "council", "year", "started",
				"duration", "rows read", "loaded", "rejected", "requested by"), rows));
		model.put("matching",
				executions.size() + " of the newest " + lookedThrough + " executions match. A run is"
						+ " one extract; a run that failed and was restarted has one execution per attempt, and a rerun"
						+ " has an execution of its own.");
		return model;
	}

	static String when(LocalDateTime time) {
		return time == null ? "-" : WHEN.format(time);
	}

	static String seconds(Duration duration) {
		return duration == null ? "-" : String.format("%.1f s", duration.toMillis() / 1000.0);
	}

	private static List<Field> fields(HistoryFilter filter) {
		List<String> statuses = new ArrayList<>();
		statuses.add("");
		for (BatchStatus status : BatchStatus.values()) {
			statuses.add(status.name());
		}
		return List.of(new Field("status", "Status", "text", filter.status(), statuses),
				new Field("council", "Council", "text", filter.council(), List.of()),
				new Field("from", "Started from", "date", filter.from() == null ? "" : filter.from().toString(),
						List.of()),
				new Field("to", "to", "date", filter.to() == null ? "" : filter.to().toString(), List.of()),
				new Field("limit", "Newest", "number", Integer.toString(filter.limit()), List.of()));
	}

}
