package org.ssda903.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

import org.ssda903.cli.Ssda903Application;
import org.ssda903.common.Checksums;
import org.ssda903.job.RerunRunner;
import org.ssda903.model.CollectionYear;
import org.ssda903.run.JobParams;
import org.ssda903.run.ManifestEntry;
import org.ssda903.run.ReferenceFiles;
import org.ssda903.run.RunOutputRepository;
import org.ssda903.support.AuditorExtracts;
import org.ssda903.support.ExtractWriter;
import org.ssda903.validation.Rule;
import org.ssda903.validation.RuleCatalogue;
import org.ssda903.validation.RuleRun;
import org.ssda903.validation.RuleSet;
import org.ssda903.validation.ValidationRepository;

/**
 * The auditor page over two runs of the nightly job, one completed with rejected rows and
 * one failed on a file of no 903 layout, in a database private to this class.
 */
@SpringBootTest(classes = Ssda903Application.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
		"spring.main.web-application-type=servlet", "ssda903.chunk-size=5",
		"spring.datasource.url=jdbc:h2:mem:auditor-page-tests;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditorPageTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	Job nightly903;

	@Autowired
	RunOutputRepository outputs;

	@Autowired
	AuditorPageGuard guard;

	@Autowired
	ValidationRepository validation;

	MockMvc mvc;

	JobExecution completed;

	JobExecution failed;

	JobExecution allRejected;

	JobExecution rerun;

	@Autowired
	RerunRunner reruns;

	Path completedExtract;

	@BeforeAll
	void runTheJobTwice(@TempDir Path work) throws Exception {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).addFilters(this.guard).build();
		JobOperatorTestUtils jobs = new JobOperatorTestUtils(this.jobOperator, this.jobRepository);
		jobs.setJob(this.nightly903);
		this.completedExtract = AuditorExtracts.completing(work.resolve("good"));
		this.completed = jobs.startJob(params(this.completedExtract, "E06000034", work).toJobParameters());
		this.failed = jobs
			.startJob(params(AuditorExtracts.failing(work.resolve("bad")), "E06000035", work).toJobParameters());
		Path unreadable = ExtractWriter.smallCouncil(work.resolve("unreadable"), 2);
		ExtractWriter.write(unreadable, "header.csv", ExtractWriter.HEADER, "C0001,M", "C0002,F");
		ExtractWriter.write(unreadable, "episodes.csv", ExtractWriter.EPISODES, "C0001,01/05/2024");
		this.allRejected = jobs
			.startJob(new JobParametersBuilder(params(unreadable, "E06000036", work).toJobParameters())
				.addString(JobParams.COMMAND_LINE, COMMAND_LINE, false)
				.toJobParameters());
		assertThat(this.completed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		// the plausibility gate stops a run whose every row was rejected
		assertThat(this.allRejected.getStatus()).isEqualTo(BatchStatus.FAILED);
		this.rerun = this.reruns
			.rerun(this.completed, "publish", "auditor.test",
					List.of("rerun", "--from-step", "publish", String.valueOf(this.completed.getId())))
			.execution();
		assertThat(this.rerun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void theHistoryListsBothRunsWithTheirStatusNewestFirst() throws Exception {
		String page = page("/");

		assertThat(page).contains("href=\"/runs/" + this.completed.getId() + "\"",
				"href=\"/runs/" + this.failed.getId() + "\"", "E06000034", "E06000035", "2024-25", "test");
		assertThat(row(page, this.completed.getId())).contains("COMPLETED", ">9<", ">7<", ">2<");
		assertThat(row(page, this.failed.getId())).contains("FAILED");
		assertThat(page.indexOf("/runs/" + this.failed.getId()))
			.isLessThan(page.indexOf("/runs/" + this.completed.getId()));
	}

	@Test
	void theHistoryFiltersByStatusCouncilAndStartDate() throws Exception {
		assertThat(page("/?status=failed")).contains("/runs/" + this.failed.getId())
			.doesNotContain("/runs/" + this.completed.getId());
		assertThat(page("/?council=e06000034")).contains("/runs/" + this.completed.getId())
			.doesNotContain("/runs/" + this.failed.getId());
		String today = this.completed.getStartTime().toLocalDate().toString();
		assertThat(page("/?from=" + today + "&to=" + today)).contains("/runs/" + this.completed.getId(),
				"/runs/" + this.failed.getId());
		assertThat(page("/?to=2000-01-01")).doesNotContain("/runs/").contains("0 of the newest 4 executions match");
		this.mvc.perform(get("/").param("from", "01/04/2024")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/").param("limit", "-1")).andExpect(status().isBadRequest());
	}

	@Test
	void aCompletedRunShowsStepsInputsOutputsRejectsValidationAndKpis() throws Exception {
		String page = page("/runs/" + this.completed.getId());

		assertThat(page).contains(
				"Execution " + this.completed.getId() + " of run " + this.completed.getJobInstance().getInstanceId(),
				"COMPLETED");
		for (StepExecution step : this.completed.getStepExecutions()) {
			assertThat(page).contains(">" + step.getStepName() + "<");
		}
		assertThat(page).contains(Checksums.of(this.completedExtract.resolve("episodes.csv")),
				Checksums.of(this.completedExtract.resolve("header.csv")), "episodes.csv", ">4<", ">2<");
		List<ManifestEntry> manifest = this.outputs.forRun(this.completed.getJobInstance().getInstanceId());
		assertThat(manifest).isNotEmpty();
		for (ManifestEntry output : manifest) {
			assertThat(page).contains(output.path(), output.sha256());
		}
		assertThat(section(page, "rejects")).contains("DECOM is not a valid dd/mm/yyyy date",
				"has 4 fields, the header has 13");
		assertThat(page).contains("2 rows were rejected.", "error and", "id=\"rules\"");
		assertThat(section(page, "kpis")).contains("CLA-01", "Children looked after at period end");
		assertThat(page).contains("KPIs, 2024-04-01 to 2025-03-31");
	}

	@Test
	void aRunThatRejectedRowsIsNotAPlainCompletedAndSaysHowManyAndWhere() throws Exception {
		String page = page("/runs/" + this.completed.getId());

		assertThat(page).contains("<span class=\"REJECTED\">COMPLETED, rows rejected</span>")
			.doesNotContain("Status: <span class=\"COMPLETED\"");
		assertThat(page).contains("2 of 9 rows read (22.2%) were rejected", "episodes.csv 2 of 4 (50.0%)");
		assertThat(row(page("/"), this.completed.getId())).contains("COMPLETED, rows rejected");

		String none = page("/runs/" + this.allRejected.getId());
		assertThat(none).contains("3 of 3 rows read (100.0%) were rejected", "every row was rejected")
			.doesNotContain("Status: <span class=\"COMPLETED");
	}

	@Test
	void aRunShowsWhatEachFailingRuleChecksBesideItsCode() throws Exception {
		String rules = HtmlUtils.htmlUnescape(section(page("/runs/" + this.completed.getId()), "rules"));

		List<String> failing = this.validation.ruleRuns(this.completed.getJobInstance().getInstanceId())
			.stream()
			.filter((rule) -> rule.failingRows() > 0)
			.map(RuleRun::ruleCode)
			.toList();
		assertThat(failing).isNotEmpty();
		for (Rule rule : new RuleSet(new CollectionYear(2025), RuleCatalogue.all()).rules()) {
			if (failing.contains(rule.info().code())) {
				assertThat(rules).contains(">" + rule.info().code() + "<", ">" + rule.info().message() + "<");
			}
		}
	}

	@Test
	void aRunShowsItsCommandLineFoldersAndEveryStartWithWhoAndWhen() throws Exception {
		String page = page("/runs/" + this.allRejected.getId());

		assertThat(page).contains("&lt;b&gt;E06000036&lt;/b&gt;").doesNotContain("<b>");
		// stopped at the gate, it published nothing: the page names the extract folder it
		// read
		assertThat(page).contains(this.completedExtract.resolveSibling("unreadable").toAbsolutePath().toString());
		String events = section(page, "events");
		assertThat(events).contains(">start<", ">test<", "/runs/" + this.allRejected.getId(),
				this.allRejected.getStartTime().toLocalDate().toString());
	}

	@Test
	void aRerunIsListedAndShowsItsOwnFolderAndWhoAskedForItAmongTheRunsEvents() throws Exception {
		assertThat(row(page("/"), this.rerun.getId())).contains("rerun 1");
		String page = page("/runs/" + this.rerun.getId());
		long runId = this.completed.getJobInstance().getInstanceId();

		assertThat(page).contains("Execution " + this.rerun.getId() + " of run " + runId + " (rerun 1)",
				"E06000034_2024-25_run-" + runId + "_rerun-1");
		assertThat(section(page, "events")).contains(">start<", ">rerun<", ">auditor.test<",
				"rerun --from-step publish " + this.completed.getId());
		for (ManifestEntry output : this.outputs.forRun(runId, 1)) {
			assertThat(section(page, "outputs")).contains(output.path(), output.sha256());
		}
		assertThat(page("/runs/" + this.completed.getId())).contains("E06000034_2024-25_run-" + runId + "</dd>")
			.doesNotContain("_rerun-");
	}

	@Test
	void aFailedRunSaysWhyInPlainWordsWithoutJavaNames() throws Exception {
		String page = page("/runs/" + this.failed.getId());

		assertThat(page).contains("The extract could not be used: ",
				AuditorExtracts.UNKNOWN_FILE + ": its header matches no 903 file layout",
				"It stopped in its discover step.");
		assertThat(page).doesNotContain("Exception", "org.ssda903", "org.springframework");
	}

	@Test
	void theRejectedRowsThemselvesNeverReachThePage() throws Exception {
		String page = page("/runs/" + this.completed.getId());

		assertThat(page).doesNotContain(AuditorExtracts.REJECTED_CHILD, AuditorExtracts.REJECTED_DATE);
	}

	@Test
	void aFailedRunShowsItsExitMessageAndThatItPublishedNothing() throws Exception {
		String page = page("/runs/" + this.failed.getId());

		assertThat(page).contains("FAILED", AuditorExtracts.UNKNOWN_FILE + ": its header matches no 903 file layout",
				"No outputs: the run has not published its folder.", "No KPIs");
		assertThat(page).doesNotContain("at org.");
	}

	@Test
	void anUnknownExecutionIsNotFound() throws Exception {
		this.mvc.perform(get("/runs/987654")).andExpect(status().isNotFound());
		this.mvc.perform(get("/runs/not-a-number")).andExpect(status().isNotFound());
	}

	@Test
	void onlyGetAndHeadAreAnswered() throws Exception {
		this.mvc.perform(head("/")).andExpect(status().isOk());
		this.mvc.perform(post("/"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(header().string(HttpHeaders.ALLOW, "GET, HEAD"));
		this.mvc.perform(put("/runs/" + this.completed.getId())).andExpect(status().isMethodNotAllowed());
		this.mvc.perform(delete("/runs/" + this.completed.getId())).andExpect(status().isMethodNotAllowed());
		this.mvc.perform(post("/no-such-page")).andExpect(status().isMethodNotAllowed());
	}

	@Test
	void aClientOnAnotherMachineIsRefused() throws Exception {
		this.mvc.perform(get("/").with(from("203.0.113.7"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/runs/" + this.completed.getId()).with(from("192.168.1.20")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/").with(from("::1"))).andExpect(status().isOk());
	}

	@Test
	void aHostNameOtherThanThisMachineIsRefused() throws Exception {
		this.mvc.perform(get("/").header(HttpHeaders.HOST, "rebound.example:8903")).andExpect(status().isForbidden());
		this.mvc.perform(get("/").header(HttpHeaders.HOST, "127.0.0.1:8903")).andExpect(status().isOk());
	}

	@Test
	void valuesFromTheQueryAreEscapedAndThePageForbidsScriptsAndFraming() throws Exception {
		this.mvc.perform(get("/").param("council", "<script>alert(1)</script>"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy",
					"default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"));
		String page = this.mvc.perform(get("/").param("council", "<script>alert(1)</script>"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("<script").contains("&lt;SCRIPT&gt;");
	}

	private static final String COMMAND_LINE = "ssda903 run --la <b>E06000036</b>";

	private String page(String uri) throws Exception {
		return this.mvc.perform(get(uri)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** The table row of an execution in the history. */
	private static String row(String page, long executionId) {
		int link = page.indexOf("href=\"/runs/" + executionId + "\"");
		return page.substring(page.lastIndexOf("<tr>", link), page.indexOf("</tr>", link));
	}

	/** The table of the given id. */
	private static String section(String page, String tableId) {
		int start = page.indexOf("<table id=\"" + tableId + "\">");
		assertThat(start).as(tableId).isNotNegative();
		return page.substring(start, page.indexOf("</table>", start));
	}

	private static JobParams params(Path extract, String laCode, Path work) {
		return JobParams.of(laCode, new CollectionYear(2025), extract, null, ReferenceFiles.none(), work.resolve("out"),
				"test");
	}

}
