package org.ssda903.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import picocli.CommandLine;

/**
 * The command line as {@code main} builds it, for a test that registers this as an
 * extension: each test gets an in-memory H2 database of its own, which the commands'
 * Spring contexts find through {@code spring.datasource.url}, and what the commands print
 * is kept to be asserted. A test may point the commands at another database by setting
 * the datasource properties itself; they are cleared after every test, so that the next
 * test class does not inherit them.
 */
final class CliHarness implements BeforeEachCallback, AfterEachCallback {

	private static final String URL = "spring.datasource.url";

	private final String database;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	/**
	 * @param database the in-memory database's name prefix, to tell the test classes'
	 * databases apart in a stack trace
	 */
	CliHarness(String database) {
		this.database = database;
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		System.setProperty(URL, "jdbc:h2:mem:" + this.database + "-" + System.nanoTime()
				+ ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
	}

	@Override
	public void afterEach(ExtensionContext context) {
		System.clearProperty(URL);
		System.clearProperty("spring.datasource.username");
		System.clearProperty("spring.datasource.password");
	}

	/** Runs the command line with the arguments and gives its exit code. */
	int execute(String... args) {
		CommandLine commandLine = Cli.commandLine();
		commandLine.setOut(new PrintWriter(this.out, true));
		commandLine.setErr(new PrintWriter(this.err, true));
		return commandLine.execute(args);
	}

	/** Everything the commands printed to standard output since the last clear. */
	String out() {
		return this.out.toString();
	}

	/** Everything the commands printed to standard error since the last clear. */
	String err() {
		return this.err.toString();
	}

	void clearOut() {
		this.out.getBuffer().setLength(0);
	}

	void clearErr() {
		this.err.getBuffer().setLength(0);
	}

}
