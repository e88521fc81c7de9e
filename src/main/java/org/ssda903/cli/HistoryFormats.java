package org.ssda903.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.step.StepExecution;

import org.ssda903.audit.RunHistory;
import org.ssda903.run.ManifestEntry;
import org.ssda903.run.RunEvent;
import org.ssda903.run.RunInput;

/**
 * The history in machine-readable forms, for auditors' own tools. JSON mirrors the text;
 * CSV has one value per line ({@code section,item,field,value}) so that one execution's
 * steps, inputs, outputs and events fit one file.
 */
final class HistoryFormats {

	static final List<String> SUMMARY_COLUMNS = List.of("execution_id", "run_id", "rerun_number", "status", "la_code",
			"year", "started", "duration_seconds", "rows_read", "rows_loaded", "rows_rejected", "requested_by");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private HistoryFormats() {
	}

	static void listJson(List<RunHistory.ExecutionSummary> summaries, PrintWriter out) {
		out.println(JSON.writerWithDefaultPrettyPrinter()
			.writeValueAsString(summaries.stream().map(HistoryFormats::summary).toList()));
		out.flush();
	}

	static void listCsv(List<RunHistory.ExecutionSummary> summaries, PrintWriter out) {
		ICSVWriter csv = csv(out);
		csv.writeNext(SUMMARY_COLUMNS.toArray(String[]::new), false);
		for (RunHistory.ExecutionSummary s : summaries) {
			csv.writeNext(summary(s).values().stream().map(HistoryFormats::text).toArray(String[]::new), false);
		}
		flush(csv, out);
	}

	static void detailJson(RunHistory.ExecutionDetail detail, PrintWriter out) {
		out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document(detail)));
		out.flush();
	}

	static void detailCsv(RunHistory.ExecutionDetail detail, PrintWriter out) {
		ICSVWriter csv = csv(out);
		csv.writeNext(new String[] { "section", "item", "field", "value" }, false);
		Map<String, Object> document = document(detail);
		for (Map.Entry<String, Object> section : document.entrySet()) {
			if (section.getValue() instanceof Map<?, ?> fields) {
				fields.forEach((field, value) -> csv
					.writeNext(new String[] { section.getKey(), "", (String) field, text(value) }, false));
			}
			else if (section.getValue() instanceof List<?> items) {
				for (Object item : items) {
					Map<?, ?> fields = (Map<?, ?>) item;
					String name = text(fields.values().iterator().next());
					fields.forEach((field, value) -> csv
						.writeNext(new String[] { section.getKey(), name, (String) field, text(value) }, false));
				}
			}
			else {
				csv.writeNext(new String[] { section.getKey(), "", "", text(section.getValue()) }, false);
			}
		}
		flush(csv, out);
	}

	/**
	 * The detail as nested maps, in the order the text shows it; each list item's first
	 * field names it.
	 */
	private static Map<String, Object> document(RunHistory.ExecutionDetail detail) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("summary", summary(detail.summary()));
		document.put("command_line", detail.commandLine());
		document.put("output_folder", detail.outputFolder() == null ? "" : detail.outputFolder().toString());
		document.put("exit_message", detail.exitMessage() == null ? "" : detail.exitMessage());
		List<Map<String, Object>> steps = new ArrayList<>();
		for (StepExecution step : detail.steps()) {
			Map<String, Object> fields = new LinkedHashMap<>();
			fields.put("step", step.getStepName());
			fields.put("status", step.getStatus().name());
			fields.put("read", step.getReadCount());
			fields.put("written", step.getWriteCount());
			fields.put("commits", step.getCommitCount());
			fields.put("rollbacks", step.getRollbackCount());
			fields.put("started", time(step.getStartTime()));
			fields.put("ended", time(step.getEndTime()));
			steps.add(fields);
		}
		document.put("steps", steps);
		List<Map<String, Object>> inputs = new ArrayList<>();
		for (RunInput input : detail.inputs()) {
			Map<String, Object> fields = new LinkedHashMap<>();
			fields.put("file", input.fileName());
			fields.put("table", input.table());
			fields.put("bytes", input.bytes());
			fields.put("sha256", input.sha256());
			fields.put("rows_read", input.rowsRead());
			fields.put("rows_loaded", input.rowsLoaded());
			fields.put("rows_rejected", input.rowsRejected());
			inputs.add(fields);
		}
		document.put("inputs", inputs);
		List<Map<String, Object>> outputs = new ArrayList<>();
		for (ManifestEntry output : detail.outputs()) {
			Map<String, Object> fields = new LinkedHashMap<>();
			fields.put("path", output.path());
			fields.put("bytes", output.bytes());
			fields.put("sha256", output.sha256());
			outputs.add(fields);
		}
		document.put("outputs", outputs);
		List<Map<String, Object>> events = new ArrayList<>();
		for (RunEvent event : detail.events()) {
			Map<String, Object> fields = new LinkedHashMap<>();
			fields.put("execution_id", event.executionId());
			fields.put("event", event.kind().label());
			fields.put("at", event.at().toString());
			fields.put("who", event.who());
			fields.put("command_line", event.commandLine());
			events.add(fields);
		}
		document.put("events", events);
		return document;
	}

	private static Map<String, Object> summary(RunHistory.ExecutionSummary s) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("execution_id", s.executionId());
		fields.put("run_id", s.runId());
		fields.put("rerun_number", s.rerunNumber());
		fields.put("status", s.status());
		fields.put("la_code", s.laCode());
		fields.put("year", s.year());
		fields.put("started", time(s.started()));
		fields.put("duration_seconds", seconds(s.duration()));
		fields.put("rows_read", s.rowsRead());
		fields.put("rows_loaded", s.rowsLoaded());
		fields.put("rows_rejected", s.rowsRejected());
		fields.put("requested_by", s.requestedBy());
		return fields;
	}

	private static String time(LocalDateTime time) {
		return time == null ? null : time.toString();
	}

	private static Double seconds(Duration duration) {
		return duration == null ? null : duration.toMillis() / 1000.0;
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	private static ICSVWriter csv(PrintWriter out) {
		return new CSVWriterBuilder(out).withLineEnd("\n").build();
	}

	private static void flush(ICSVWriter csv, PrintWriter out) {
		try {
			csv.flush();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		out.flush();
	}

}
