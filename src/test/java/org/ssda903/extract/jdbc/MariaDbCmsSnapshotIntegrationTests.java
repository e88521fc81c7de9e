package org.ssda903.extract.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

import org.ssda903.cli.Ssda903Application;
import org.ssda903.model.CollectionYear;
import org.ssda903.model.Dates;
import org.ssda903.run.JobParams;
import org.ssda903.run.ReferenceFiles;
import org.ssda903.run.RunContext;
import org.ssda903.support.MariaDb;

/**
 * The JDBC source against a MariaDB database standing in for a CMS: the example schema of
 * {@code jobs/cms-queries/example-cms}, filled with the sample council, pulled with the
 * example queries, gives the same return as the sample's landing folder. The job's own
 * repository is H2 in memory; only the CMS is MariaDB.
 */
@SpringBootTest(classes = Ssda903Application.class)
@TestPropertySource(
		properties = "spring.datasource.url=jdbc:h2:mem:cms-snapshot-tests;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class MariaDbCmsSnapshotIntegrationTests {

	private static final Path FIXTURE = Path.of("fixtures/sample/2024-25");

	private static final Path QUERIES = Path.of("jobs/cms-queries");

	private static final String LA = "E06000034";

	/**
	 * Each stand-in table, the fixture file it is filled from, and its columns with the
	 * 903 column of each.
	 */
	private static final List<StandIn> STAND_INS = List.of(
			new StandIn("children", "header",
					Map.of("child_ref", "CHILD", "sex", "SEX", "dob", "DOB", "ethnicity", "ETHNIC", "upn", "UPN",
							"is_mother", "MOTHER", "child_born_date", "MC_DOB")),
			new StandIn("uasc_status", "uasc", Map.of("ceased_date", "DUC")),
			new StandIn("care_episodes", "episodes", Map.ofEntries(Map.entry("start_date", "DECOM"),
					Map.entry("reason_new", "RNE"), Map.entry("legal_status", "LS"), Map.entry("cin_category", "CIN"),
					Map.entry("placement_type", "PLACE"), Map.entry("placement_provider", "PLACE_PROVIDER"),
					Map.entry("end_date", "DEC"), Map.entry("reason_end", "REC"),
					Map.entry("reason_place_change", "REASON_PLACE_CHANGE"), Map.entry("home_postcode", "HOME_POST"),
					Map.entry("placement_postcode", "PL_POST"), Map.entry("ofsted_urn", "URN"))),
			new StandIn("reviews", "reviews", Map.of("review_date", "REVIEW", "participation", "REVIEW_CODE")),
			new StandIn("missing_episodes", "missing",
					Map.of("kind", "MISSING", "start_date", "MIS_START", "end_date", "MIS_END")),
			new StandIn("outcomes", "oc2",
					Map.ofEntries(Map.entry("sdq_score", "SDQ_SCORE"), Map.entry("sdq_reason", "SDQ_REASON"),
							Map.entry("convicted", "CONVICTED"), Map.entry("health_check", "HEALTH_CHECK"),
							Map.entry("immunisations", "IMMUNISATIONS"), Map.entry("teeth_check", "TEETH_CHECK"),
							Map.entry("health_assessment", "HEALTH_ASSESSMENT"),
							Map.entry("substance_misuse", "SUBSTANCE_MISUSE"),
							Map.entry("intervention_received", "INTERVENTION_RECEIVED"),
							Map.entry("intervention_offered", "INTERVENTION_OFFERED"))),
			new StandIn("care_leavers", "oc3",
					Map.of("in_touch", "IN_TOUCH", "activity", "ACTIV", "accommodation", "ACCOM")),
			new StandIn("adoption_decisions", "ad1",
					Map.of("interest_date", "DATE_INT", "match_date", "DATE_MATCH", "foster_care", "FOSTER_CARE",
							"adopter_count", "NB_ADOPTR", "adopter_sexes", "SEX_ADOPTR", "adopter_legal_status",
							"LS_ADOPTR")),
			new StandIn("adoption_placements", "placed_for_adoption",
					Map.of("placed_date", "DATE_PLACED", "ceased_date", "DATE_PLACED_CEASED", "ceased_reason",
							"REASON_PLACED_CEASED")),
			new StandIn("previous_permanence", "previous_permanence",
					Map.of("order_type", "PREV_PERM", "order_la", "LA_PERM", "order_date", "DATE_PERM")),
			new StandIn("social_worker_assignments", "sw_episodes", Map.of("worker_ref", "SW_ID", "start_date",
					"SW_DECOM", "end_date", "SW_DEC", "change_reason", "SW_REASON")));

	@Autowired
	JobOperator jobOperator;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	Job nightly903;

	@TempDir
	Path work;

	@Test
	void theSnapshotOfACmsGivesTheSameReturnAsTheLandingFolderOfTheSameData() throws Exception {
		MariaDb.Database database = MariaDb.create("cms");
		CmsConnection cms = new CmsConnection(database.url(), database.user(), database.password());
		try (Connection connection = cms.open()) {
			createExampleSchema(connection);
			// the sample holds impossible review dates (31/02/2024) for the rules to
			// report, which a DATE column
			// cannot hold: this CMS keeps review dates as text, which the snapshot passes
			// on as it is
			execute(connection, "alter table reviews modify review_date varchar(10)");
			fill(connection);
		}

		Snapshot snapshot = new CmsSnapshot(Clock.fixed(Instant.parse("2025-04-02T01:30:00Z"), ZoneOffset.UTC))
			.pull(cms, CmsQuery.load(QUERIES), this.work.resolve("snapshots"), LA);

		assertThat(snapshot.tables()).hasSize(11);
		for (SnapshotTable table : snapshot.tables()) {
			Path fixtureFile = FIXTURE.resolve(table.table().fileName());
			assertThat(table.rows()).as(table.table().baseName()).isEqualTo(Files.readAllLines(fixtureFile).size() - 1);
			assertThat(Files.readString(snapshot.folder().resolve(table.table().fileName())))
				.as(table.table().baseName())
				.isEqualTo(Files.readString(fixtureFile));
		}
		Path fromFolder = returnOf(FIXTURE, "folder");
		// a fresh job repository: the snapshot holds the very bytes of the sample, so it
		// is the same run
		new JobRepositoryTestUtils(this.jobRepository).removeJobExecutions();
		Path fromCms = returnOf(snapshot.folder(), "cms");
		List<String> files = fileNames(fromFolder);
		assertThat(files).hasSize(12).isEqualTo(fileNames(fromCms));
		for (String file : files) {
			assertThat(Files.readAllBytes(fromCms.resolve(file))).as(file)
				.isEqualTo(Files.readAllBytes(fromFolder.resolve(file)));
		}
	}

	private Path returnOf(Path extract, String out) throws Exception {
		JobOperatorTestUtils jobs = new JobOperatorTestUtils(this.jobOperator, this.jobRepository);
		jobs.setJob(this.nightly903);
		JobParams params = JobParams.of(LA, new CollectionYear(2025), extract, null, ReferenceFiles.none(),
				this.work.resolve(out), "test");
		JobExecution execution = jobs.startJob(params.toJobParameters());
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		return RunContext.outputFolder(execution).resolve("return");
	}

	private static List<String> fileNames(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((p) -> p.getFileName().toString()).sorted().toList();
		}
	}

	private static void createExampleSchema(Connection connection) throws IOException, SQLException {
		StringBuilder script = new StringBuilder();
		for (String line : Files.readAllLines(QUERIES.resolve("example-cms/schema.sql"))) {
			if (!line.strip().startsWith("--")) {
				script.append(line).append('\n');
			}
		}
		for (String statement : script.toString().split(";")) {
			if (!statement.isBlank()) {
				execute(connection, statement);
			}
		}
	}

	/**
	 * Fills each stand-in table from its fixture file, in the file's order; rows reach
	 * their child by its id.
	 */
	private static void fill(Connection connection) throws IOException, SQLException, CsvValidationException {
		Map<String, Integer> childIds = new HashMap<>();
		for (StandIn standIn : STAND_INS) {
			boolean isChildren = standIn.cmsTable().equals("children");
			List<String> columns = new ArrayList<>(standIn.columns().keySet());
			if (!isChildren) {
				columns.add(0, "child_id");
			}
			Map<String, Integer> types = columnTypes(connection, standIn.cmsTable());
			String sql = "insert into " + standIn.cmsTable() + " (" + String.join(", ", columns) + ") values ("
					+ String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
			try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
					Reader reader = Files.newBufferedReader(FIXTURE.resolve(standIn.fixture() + ".csv"),
							StandardCharsets.UTF_8);
					CSVReaderHeaderAware csv = new CSVReaderHeaderAware(reader)) {
				for (Map<String, String> row = csv.readMap(); row != null; row = csv.readMap()) {
					for (int i = 0; i < columns.size(); i++) {
						String column = columns.get(i);
						Object value = column.equals("child_id") ? childIds.get(row.get("CHILD"))
								: value(row.get(standIn.columns().get(column)), types.get(column));
						insert.setObject(i + 1, value);
					}
					insert.executeUpdate();
					if (isChildren) {
						try (var keys = insert.getGeneratedKeys()) {
							keys.next();
							childIds.put(row.get("CHILD"), keys.getInt(1));
						}
					}
				}
			}
		}
	}

	private static Object value(String text, int sqlType) {
		if (text.isEmpty()) {
			return null;
		}
		return sqlType == Types.DATE ? Dates.parse(text).orElseThrow() : text;
	}

	private static Map<String, Integer> columnTypes(Connection connection, String table) throws SQLException {
		Map<String, Integer> types = new HashMap<>();
		try (Statement statement = connection.createStatement();
				var results = statement.executeQuery("select * from " + table + " where 1 = 0")) {
			ResultSetMetaData metaData = results.getMetaData();
			for (int i = 1; i <= metaData.getColumnCount(); i++) {
				types.put(metaData.getColumnName(i), metaData.getColumnType(i));
			}
		}
		return types;
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private record StandIn(String cmsTable, String fixture, Map<String, String> columns) {
	}

}
