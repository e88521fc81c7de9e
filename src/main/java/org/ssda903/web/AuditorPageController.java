package org.ssda903.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.ssda903.audit.RunHistory;
import org.ssda903.audit.RunHistory.ExecutionSummary;

/**
 * The auditor page: the run history and one execution in detail, rendered on the server
 * from the templates of {@code templates/auditor/}. It only reads;
 * {@link AuditorPageGuard} turns away every other method and every client but this
 * machine.
 */
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AuditorPageController {

	private final RunHistory history;

	private final AuditReports reports;

	private final AuditorViews views;

	AuditorPageController(RunHistory history, AuditReports reports, AuditorViews views) {
		this.history = history;
		this.reports = reports;
		this.views = views;
	}

	@GetMapping("/")
	ResponseEntity<String> history(@RequestParam(required = false) String status,
			@RequestParam(required = false) String council, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String limit) {
		HistoryFilter filter;
		try {
			filter = HistoryFilter.of(status, council, from, to, limit);
		}
		catch (IllegalArgumentException ex) {
			return message(HttpStatus.BAD_REQUEST, "Cannot show this", ex.getMessage());
		}
		List<ExecutionSummary> newest = this.history.executions(filter.limit());
		List<ExecutionSummary> shown = newest.stream().filter(filter::matches).toList();
		return html(HttpStatus.OK, this.views.render("history", HistoryPage.model(filter, shown, newest.size())));
	}

	/**
	 * The id is read here rather than by Spring so that any unknown id, numeric or not,
	 * is the same 404 page.
	 */
	@GetMapping("/runs/{executionId}")
	ResponseEntity<String> run(@PathVariable String executionId) {
		long id;
		try {
			id = Long.parseLong(executionId);
		}
		catch (NumberFormatException ex) {
			return notFound();
		}
		return this.reports.report(id)
			.map((report) -> html(HttpStatus.OK, this.views.render("run", RunPage.model(report))))
			.orElseGet(this::notFound);
	}

	private ResponseEntity<String> notFound() {
		return message(HttpStatus.NOT_FOUND, "No such execution", "There is no execution with this id.");
	}

	private ResponseEntity<String> message(HttpStatus status, String title, String text) {
		return html(status, this.views.render("message", Map.of("title", title, "text", text)));
	}

	private static ResponseEntity<String> html(HttpStatus status, String body) {
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(body);
	}

}
