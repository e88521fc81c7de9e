package org.ssda903.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code pull} from the command line, with an in-memory H2 database as the CMS. */
class PullCommandTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-04-02T01:30:00Z"), ZoneOffset.UTC);

	@TempDir
	Path work;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@Test
	void printsOnlyTheSnapshotFolderOnStandardOutput() throws Exception {
		String url = "jdbc:h2:mem:pull-command;DB_CLOSE_DELAY=-1";
		Path queries = Files.createDirectories(this.work.resolve("queries"));
		Files.writeString(queries.resolve("uasc.sql"),
				"select 'C1' as CHILD, 'M' as SEX, date '2008-01-02' as DOB, null as DUC");
		try (Connection cms = DriverManager.getConnection(url, "sa", "")) {
			int exit = pull(Map.of("CMS_DB_USER", "sa", "CMS_DB_PASSWORD", ""), "--cms-url", url, "--queries",
					queries.toString(), "--out", this.work.resolve("snapshots").toString(), "--la", "E06000034");

			assertThat(exit).isZero();
			Path folder = this.work.resolve("snapshots/E06000034_20250402T013000Z");
			assertThat(this.out.toString()).isEqualTo(folder.toAbsolutePath() + System.lineSeparator());
			assertThat(this.err.toString()).contains("uasc.csv: 1 rows");
			assertThat(Files.readString(folder.resolve("uasc.csv"))).isEqualTo("CHILD,SEX,DOB,DUC\nC1,M,02/01/2008,\n");
			try (Statement statement = cms.createStatement()) {
				statement.execute("shutdown");
			}
		}
	}

	@Test
	void refusesAPasswordInTheUrlAsAUsageError() {
		int exit = pull(Map.of("CMS_DB_USER", "report", "CMS_DB_PASSWORD", ""), "--cms-url",
				"jdbc:mysql://cms/cms?password=s3cret", "--la", "E06000034");

		assertThat(exit).isEqualTo(ExitCodes.USAGE);
		assertThat(this.err.toString()).contains("must not contain a password").doesNotContain("s3cret");
		assertThat(this.out.toString()).isEmpty();
	}

	@Test
	void anUnreachableCmsIsAFailureThatCanBeRetried() throws Exception {
		Path queries = Files.createDirectories(this.work.resolve("queries"));
		Files.writeString(queries.resolve("uasc.sql"), "select 1");
		int exit = pull(Map.of("CMS_DB_USER", "sa", "CMS_DB_PASSWORD", ""), "--cms-url",
				"jdbc:h2:mem:pull-missing;IFEXISTS=TRUE", "--queries", queries.toString(), "--out",
				this.work.resolve("snapshots").toString(), "--la", "E06000034");

		assertThat(exit).isEqualTo(ExitCodes.FAILED_RESTARTABLE);
		assertThat(this.err.toString()).startsWith("cannot read the CMS database");
		assertThat(this.work.resolve("snapshots")).isEmptyDirectory();
	}

	private int pull(Map<String, String> environment, String... args) {
		CommandLine commandLine = new CommandLine(new PullCommand(environment, CLOCK));
		commandLine.setOut(new PrintWriter(this.out, true));
		commandLine.setErr(new PrintWriter(this.err, true));
		commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
			cmd.getErr().println(ex.getMessage());
			return ex instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.INTERNAL_ERROR;
		});
		return commandLine.execute(args);
	}

}
