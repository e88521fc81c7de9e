package org.ssda903.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.ssda903.support.ExtractWriter;
import org.ssda903.support.MariaDb;

/**
 * Files made to hurt: formulas for the spreadsheets data officers open, control
 * characters, a link to a file outside the extract, a header line lost, a field far wider
 * than any column. Each run goes through the command line on a database of the test's
 * own.
 */
class HostileInputTests {

	private static final String LA = "E06000034";

	@TempDir
	Path work;

	@RegisterExtension
	final CliHarness cli = new CliHarness("hostile");

	@Test
	void formulasReachTheFilesPeopleOpenAsTextAndTheReturnAsWritten() throws Exception {
		Path extract = ExtractWriter.smallCouncil(this.work.resolve("extract"), 3);
		appendLines(extract.resolve("header.csv"), "\"=HYPERLINK(\"\"http://x\"\")\",M,15/06/2012,WBRI,UN1,,");
		appendLines(extract.resolve("episodes.csv"), "@SUM(A1),01/05/2024,S",
				"\"=HYPERLINK(\"\"http://x\"\")\",01/05/2024,S,C2,N1,U4,PR1,,,,RM17 6AA,RM17 6AB,");

		assertThat(run(extract)).as(this.cli.out()).isEqualTo(ExitCodes.COMPLETED);
		Path folder = runFolder();
		Path corrections = this.work.resolve("corrections.csv");
		assertThat(this.cli.execute("rejects", "1", "--out", corrections.toString())).isZero();

		for (Path file : List.of(folder.resolve("validation/issues.csv"), corrections)) {
			String text = Files.readString(file);
			assertThat(text).as(file.toString())
				.contains("'=HYPERLINK(")
				.doesNotContain(",\"=HYPERLINK", ",=HYPERLINK");
		}
		assertThat(Files.readString(folder.resolve("rejected/episodes.csv")))
			.contains("episodes.csv,5,'@SUM(A1),", ",\"'@SUM(A1),01/05/2024,S\"")
			.doesNotContain(",@SUM", "\"@SUM");
		assertThat(Files.readString(folder.resolve("return/header.csv")))
			.contains("\"=HYPERLINK(\"\"http://x\"\")\",M,")
			.doesNotContain("'=");
	}

	@Test
	void aNulAndAStrayCarriageReturnRejectTheirRowsAndReachNoFile() throws Exception {
		Path extract = ExtractWriter.smallCouncil(this.work.resolve("extract"), 3);
		appendLines(extract.resolve("header.csv"), "C0104,M,15/06/2012,WBRI,UN\u00001,,",
				"C\r101257,F,15/06/2012,WBRI,UN1,,");

		assertThat(run(extract)).as(this.cli.out()).isEqualTo(ExitCodes.COMPLETED);
		assertThat(this.cli.out()).contains("rows read 8, loaded 6, rejected 2");
		Path folder = runFolder();
		String rejected = Files.readString(folder.resolve("rejected/header.csv"));
		assertThat(rejected).contains("header.csv,5,C0104,UPN holds a control character,",
				"header.csv,6,C\ufffd101257,CHILD holds a control character,");
		try (var files = Files.walk(folder)) {
			// every text output; the committee PDF is binary, and holds no child's row
			for (Path file : files.filter(Files::isRegularFile)
				.filter((path) -> !path.toString().endsWith(".pdf"))
				.toList()) {
				String text = Files.readString(file);
				assertThat(text).as(file.toString()).doesNotContain("\u0000", "\r");
			}
		}
		assertThat(Files.readString(folder.resolve("return/header.csv"))).doesNotContain("101257", "C0104");
	}

	@Test
	void aSymlinkInTheExtractFolderIsRefusedByNameWithoutReadingIt() throws Exception {
		Path extract = ExtractWriter.smallCouncil(this.work.resolve("extract"), 2);
		Path secret = ExtractWriter.write(this.work.resolve("elsewhere"), "passwd", "root:x:0:0:root:/root:/bin/bash");
		Files.delete(extract.resolve("header.csv"));
		Files.createSymbolicLink(extract.resolve("header.csv"), secret);

		assertThat(run(extract)).isEqualTo(ExitCodes.BAD_INPUT);
		assertThat(this.cli.err()).contains("header.csv: is a symbolic link").doesNotContain("root:x");
	}

	@Test
	void aFileThatLostItsHeaderLineIsNamedWithoutQuotingItsFirstRow() throws Exception {
		Path extract = ExtractWriter.smallCouncil(this.work.resolve("extract"), 2);
		ExtractWriter.write(extract, "header.csv", "C100001,F,20/02/2005,WOTH,R883200010001,,",
				"C100002,M,21/02/2005,WBRI,R883200010002,,");

		assertThat(run(extract)).isEqualTo(ExitCodes.BAD_INPUT);
		String said = this.cli.out() + this.cli.err();
		assertThat(said).contains("header.csv: the first line looks like a data row, not a header")
			.doesNotContain("C100001", "20/02/2005", "WOTH", "R883200010001");
	}

	@Test
	void aFieldWiderThanAnyColumnIsRejectedAndKeptShortOnH2() throws Exception {
		assertAWideFieldIsRejectedAndKeptShort();
	}

	@Test
	void aFieldWiderThanAnyColumnIsRejectedAndKeptShortOnMariaDb() throws Exception {
		MariaDb.Database database = MariaDb.create("hostile_wide");
		System.setProperty("spring.datasource.url", database.url());
		System.setProperty("spring.datasource.username", database.user());
		System.setProperty("spring.datasource.password", database.password());
		assertAWideFieldIsRejectedAndKeptShort();
	}

	@Test
	void anExistingDataFolderKeepsItsPermissionsAndANewOneIsTheOwnersOnly() throws Exception {
		Path shared = Files.createDirectory(this.work.resolve("shared"));
		Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
		System.setProperty("spring.datasource.url",
				"jdbc:h2:file:" + shared.resolve("ssda903") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE");
		assertThat(this.cli.execute("history")).isZero();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rwxrwxrwx");

		Path created = this.work.resolve("created");
		System.setProperty("spring.datasource.url",
				"jdbc:h2:file:" + created.resolve("ssda903") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE");
		assertThat(this.cli.execute("history")).isZero();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(created))).isEqualTo("rwx------");
	}

	private void assertAWideFieldIsRejectedAndKeptShort() throws Exception {
		Path extract = ExtractWriter.smallCouncil(this.work.resolve("extract"), 3);
		appendLines(extract.resolve("episodes.csv"),
				"C0002,01/06/2024,P,C2,N1,U4," + "P".repeat(70_000) + ",,,,RM17 6AA,RM17 6AB,",
				"C0003,01/06/2024,P,C2,N1,U4," + "Q".repeat(60_000) + ",,,,RM17 6AA,RM17 6AB,");

		assertThat(run(extract)).as(this.cli.out() + this.cli.err()).isEqualTo(ExitCodes.COMPLETED);
		assertThat(this.cli.out()).contains("rows read 8, loaded 6, rejected 2");
		String rejected = Files.readString(runFolder().resolve("rejected/episodes.csv"));
		assertThat(rejected).contains(
				"episodes.csv,5,,\"the record is 70050 bytes long, longer than the limit of 65536 bytes\",",
				"\u2026[truncated, 70050 characters]\"",
				"episodes.csv,6,C0003,PLACE_PROVIDER is longer than 255 characters,",
				"\u2026[truncated, 60050 characters]\"");
		assertThat(rejected.length()).isLessThan(3_000);
	}

	private static void appendLines(Path file, String... lines) throws Exception {
		Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8,
				java.nio.file.StandardOpenOption.APPEND);
	}

	private int run(Path extract) {
		return this.cli.execute("run", "--extract", extract.toString(), "--year", "2025", "--la", LA, "--out",
				this.work.resolve("out").toString());
	}

	private Path runFolder() throws Exception {
		try (var folders = Files.list(this.work.resolve("out"))) {
			return folders.findFirst().orElseThrow();
		}
	}

}
