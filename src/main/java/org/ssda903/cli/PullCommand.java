package org.ssda903.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.ssda903.extract.jdbc.CmsConnection;
import org.ssda903.extract.jdbc.CmsQuery;
import org.ssda903.extract.jdbc.CmsSnapshot;
import org.ssda903.extract.jdbc.Snapshot;
import org.ssda903.extract.jdbc.SnapshotTable;
import org.ssda903.model.Table;

/**
 * {@code pull}: snapshots the 903 tables from the CMS reporting database into a new
 * extract folder, for {@code run --extract}. The folder's path is the only thing written
 * to standard output, so that a script can pass it on:
 * {@code run --extract "$(ssda903-batch pull ...)" ...}. Needs no product database: the
 * pull only reads the CMS and writes files.
 */
@Command(name = "pull", mixinStandardHelpOptions = true,
		description = {
				"Snapshot the 903 tables from the CMS reporting database into a new extract folder, then run"
						+ " the job on it with run --extract FOLDER.",
				"Credentials come from the environment only: " + CmsConnection.USER_VARIABLE + " and "
						+ CmsConnection.PASSWORD_VARIABLE + "." })
class PullCommand implements Callable<Integer> {

	private static final Pattern LA_CODE = Pattern.compile("[ENSW]\\d{8}");

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Option(names = "--cms-url", required = true, paramLabel = "JDBC_URL",
			description = "The CMS reporting database, e.g. jdbc:mysql://cms-reporting:3306/cms; without a password.")
	String cmsUrl;

	@Option(names = "--queries", paramLabel = "DIR", defaultValue = "${env:SSDA903_HOME:-.}/jobs/cms-queries",
			description = "Folder of <table>.sql queries, one per 903 table to pull (default: ${DEFAULT-VALUE}).")
	Path queries;

	@Option(names = "--out", paramLabel = "DIR", defaultValue = "snapshots",
			description = "Where each snapshot's folder is written (default: ${DEFAULT-VALUE}).")
	Path out;

	@Option(names = "--la", required = true, paramLabel = "CODE",
			description = "The council's ONS code, e.g. E06000034 for Thurrock; names the snapshot folder.")
	String laCode;

	private final Map<String, String> environment;

	private final Clock clock;

	PullCommand() {
		this(System.getenv(), Clock.systemUTC());
	}

	PullCommand(Map<String, String> environment, Clock clock) {
		this.environment = environment;
		this.clock = clock;
	}

	@Override
	public Integer call() {
		CommandLine commandLine = this.spec.commandLine();
		if (!LA_CODE.matcher(this.laCode).matches()) {
			throw new CommandLine.ParameterException(commandLine,
					"--la must be an ONS local authority code such as E06000034, not '" + this.laCode + "'");
		}
		CmsConnection cms;
		try {
			cms = CmsConnection.fromEnvironment(this.cmsUrl, this.environment);
		}
		catch (IllegalArgumentException ex) {
			throw new CommandLine.ParameterException(commandLine, ex.getMessage());
		}
		Map<Table, CmsQuery> tableQueries = CmsQuery.load(this.queries);
		Snapshot snapshot;
		try {
			snapshot = new CmsSnapshot(this.clock).pull(cms, tableQueries, this.out, this.laCode);
		}
		catch (SQLException ex) {
			// the CMS is down or refused a query: nothing was written, and pulling again
			// once it is fixed is safe
			commandLine.getErr()
				.println("cannot read the CMS database (SQL state " + ex.getSQLState() + "): " + ex.getMessage());
			return ExitCodes.FAILED_RESTARTABLE;
		}
		PrintWriter err = commandLine.getErr();
		for (SnapshotTable table : snapshot.tables()) {
			err.println("  " + table.table().fileName() + ": " + table.rows() + " rows");
		}
		commandLine.getOut().println(snapshot.folder().toAbsolutePath());
		return ExitCodes.COMPLETED;
	}

}
