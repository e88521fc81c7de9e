package org.ssda903.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

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
 * The auditor page: the run history and one execution in detail, rendered on the server as plain HTML. It only
 * reads; {@link AuditorPageGuard} turns away every other method and every client but this machine.
 */
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AuditorPageController {

	private final RunHistory history;

	private final AuditReports reports;

	AuditorPageController(RunHistory history, AuditReports reports) {
		this.history = history;
		this.reports = reports;
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
		return html(HttpStatus.OK, HistoryPage.render(filter, shown, newest.size()));
	}

	/** The id is read here rather than by Spring so that any unknown id, numeric or not, is the same 404 page. */
	@GetMapping("/runs/{executionId}")
	ResponseEntity<String> run(@PathVariable String executionId) {
		long id;
		try {
			id = Long.parseLong(executionId);
		}
		catch (NumberFormatException ex) {
			return notFound();
		}
		return this.reports.report(id).map((report) -> html(HttpStatus.OK, RunPage.render(report)))
			.orElseGet(AuditorPageController::notFound);
	}

	private static ResponseEntity<String> notFound() {
		return message(HttpStatus.NOT_FOUND, "No such execution", "There is no execution with this id.");
	}

	private static ResponseEntity<String> message(HttpStatus status, String title, String text) {
		Html page = new Html(title);
		page.nav("/", "Run history");
		page.heading(1, title);
		page.paragraph(text);
		return html(status, page.render());
	}

	private static ResponseEntity<String> html(HttpStatus status, String body) {
		return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(body);
	}

}
