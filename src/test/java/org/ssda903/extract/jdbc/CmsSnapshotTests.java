package org.ssda903.extract.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ssda903.common.BadExtractException;
import org.ssda903.common.Checksums;
import org.ssda903.extract.ExtractFolder;
import org.ssda903.model.Table;

/** The snapshot of a CMS, against an in-memory H2 database standing in for it. */
class CmsSnapshotTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-04-02T01:30:00Z"), ZoneOffset.UTC);

	private final CmsConnection cms = new CmsConnection(
			"jdbc:h2:mem:cms-snapshot-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");

	private final CmsSnapshot snapshot = new CmsSnapshot(CLOCK);

	@TempDir
	Path work;

	private Connection keepAlive;

	@BeforeEach
	void createCms() throws SQLException {
		this.keepAlive = this.cms.open();
		execute("create table children (id int primary key, child_ref varchar(10), sex varchar(1), dob date,"
				+ " ethnicity varchar(4), upn varchar(13), is_mother smallint, child_born_date timestamp)");
		execute("insert into children values (1, 'C2', 'F', date '2010-02-01', 'WBRI', null, 1,"
				+ " timestamp '2025-01-05 13:45:00')");
		execute("insert into children values (2, 'C1', 'M', date '2009-12-31', 'WBRI', 'A, \"B\"', null, null)");
	}

	@AfterEach
	void dropCms() throws SQLException {
		execute("shutdown");
		this.keepAlive.close();
	}

	@Test
	void writesDatesAsDayMonthYearNullsAsBlanksAndColumnsInTheDfeOrder() throws Exception {
		Path queries = query("header.sql", "select is_mother as mother, child_ref as \"Child\", sex, dob,"
				+ " ethnicity as ETHNIC, upn, child_born_date as MC_DOB from children order by child_ref;\n");

		Snapshot pulled = this.snapshot.pull(this.cms, CmsQuery.load(queries), this.work.resolve("snapshots"),
				"E06000034");

		assertThat(pulled.folder()).isEqualTo(this.work.resolve("snapshots/E06000034_20250402T013000Z"));
		assertThat(Files.readString(pulled.folder().resolve("header.csv"))).isEqualTo("""
				CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
				C1,M,31/12/2009,WBRI,"A, ""B\""",,
				C2,F,01/02/2010,WBRI,,1,05/01/2025
				""");
		assertThat(ExtractFolder.scan(pulled.folder())).containsOnlyKeys(Table.HEADER);
	}

	@Test
	void recordsWhatItReadInAManifestAndKeepsTheFolderToItsOwner() throws Exception {
		Path queries = query("header.sql", "select child_ref as CHILD, sex, dob, ethnicity as ETHNIC, upn,"
				+ " is_mother as MOTHER, child_born_date as MC_DOB from children order by child_ref");
		query("uasc.sql", "select child_ref as CHILD, sex, dob, dob as DUC from children where 1 = 0");

		Snapshot pulled = this.snapshot.pull(this.cms, CmsQuery.load(queries), this.work.resolve("snapshots"),
				"E06000034");

		Path folder = pulled.folder();
		assertThat(Files.readAllLines(folder.resolve(CmsSnapshot.MANIFEST), StandardCharsets.UTF_8)).containsExactly(
				"table,query_sha256,rows,file_sha256",
				"header," + Checksums.of(queries.resolve("header.sql")) + ",2,"
						+ Checksums.of(folder.resolve("header.csv")),
				"uasc," + Checksums.of(queries.resolve("uasc.sql")) + ",0," + Checksums.of(folder.resolve("uasc.csv")));
		assertThat(Files.readString(folder.resolve("uasc.csv"))).isEqualTo("CHILD,SEX,DOB,DUC\n");
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.toList()) {
				assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).as(path.toString())
					.isEqualTo(Files.isDirectory(path) ? "rwx------" : "rw-------");
			}
		}
		assertThat(this.work.resolve("snapshots")).isDirectoryNotContaining("glob:**/.*");
	}

	@Test
	void aQueryThatLacksAColumnFailsNamingItsFileAndLeavesNoSnapshot() throws Exception {
		Path queries = query("header.sql", "select child_ref as CHILD, sex, dob, ethnicity as ETHNIC, upn,"
				+ " is_mother as MOTHER from children");
		query("uasc.sql", "select child_ref as CHILD, sex, dob, dob as DUC, upn from children");

		assertThatThrownBy(
				() -> this.snapshot.pull(this.cms, CmsQuery.load(queries), this.work.resolve("snapshots"), "E06000034"))
			.isInstanceOf(BadExtractException.class)
			.hasMessageStartingWith("header.sql: lacks MC_DOB. A query must return exactly the columns of header.csv");
		assertThat(this.work.resolve("snapshots")).isEmptyDirectory();
	}

	@Test
	void aQueryWithAColumnOutsideTheLayoutFailsNamingItsFile() throws Exception {
		Path queries = query("uasc.sql", "select child_ref as CHILD, sex, dob, dob as DUC, upn from children");

		assertThatThrownBy(
				() -> this.snapshot.pull(this.cms, CmsQuery.load(queries), this.work.resolve("snapshots"), "E06000034"))
			.isInstanceOf(BadExtractException.class)
			.hasMessageStartingWith("uasc.sql: has columns that are not in uasc.csv: UPN.");
	}

	@Test
	void aQueryFileThatNamesNo903TableIsRefused() throws Exception {
		Path queries = query("episode.sql", "select 1");

		assertThatThrownBy(() -> CmsQuery.load(queries)).isInstanceOf(BadExtractException.class)
			.hasMessageStartingWith("episode.sql: names no 903 table");
	}

	@Test
	void aUrlWithAPasswordIsRefusedWithoutRepeatingIt() {
		for (String url : List.of("jdbc:mysql://cms:3306/cms?user=report&password=s3cret",
				"jdbc:mysql://cms:3306/cms?useSSL=true&PASSWORD=s3cret", "jdbc:mysql://report:s3cret@cms:3306/cms",
				"jdbc:sqlserver://cms;databaseName=cms;password=s3cret", "jdbc:oracle:thin:report/s3cret@cms:1521/cms",
				"jdbc:h2:mem:cms;PWD=s3cret")) {
			assertThatThrownBy(
					() -> CmsConnection.fromEnvironment(url, Map.of("CMS_DB_USER", "report", "CMS_DB_PASSWORD", "")))
				.as(url)
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("must not contain a password")
				.hasMessageNotContaining("s3cret");
		}
	}

	@Test
	void credentialsComeFromTheEnvironmentAndAreNeverShown() {
		CmsConnection connection = CmsConnection.fromEnvironment("jdbc:mysql://cms:3306/cms?useSSL=true",
				Map.of("CMS_DB_USER", "report", "CMS_DB_PASSWORD", "s3cret"));

		assertThat(connection.user()).isEqualTo("report");
		assertThat(connection.password()).isEqualTo("s3cret");
		assertThat(connection.toString()).doesNotContain("s3cret");
		assertThatThrownBy(() -> CmsConnection.fromEnvironment("jdbc:mysql://cms:3306/cms", Map.of()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("set CMS_DB_USER and CMS_DB_PASSWORD");
	}

	private Path query(String fileName, String sql) throws IOException {
		Path queries = this.work.resolve("queries");
		Files.createDirectories(queries);
		Files.writeString(queries.resolve(fileName), sql);
		return queries;
	}

	private void execute(String sql) throws SQLException {
		try (Statement statement = this.keepAlive.createStatement()) {
			statement.execute(sql);
		}
	}

}
