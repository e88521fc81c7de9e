package org.ssda903.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ssda903.support.BackgroundCli;

/**
 * A second process on an embedded database that H2 opens for one process at a time (a URL
 * without the default's AUTO_SERVER, as a council may set): exit 6 with one line, as for
 * a run lock held, not exit 1 with Spring's start-up failure and its stack trace. With
 * the default URL both processes share the database ({@code InstalledCommandsTests}).
 */
class H2SecondProcessTests {

	private static final Duration TIMEOUT = Duration.ofMinutes(2);

	@TempDir
	Path work;

	@Test
	void aSecondProcessOnTheSameDatabaseFolderIsToldARunIsInProgress() throws Exception {
		Map<String, String> folder = Map.of("SPRING_DATASOURCE_URL", "jdbc:h2:file:" + this.work.resolve("data")
				+ "/ssda903;MODE=MySQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0");
		// the auditor page keeps the database open for as long as it serves
		BackgroundCli first = BackgroundCli.start(folder, this.work.resolve("serve.log"), "serve", "--port",
				Integer.toString(freePort()));
		try {
			first.awaitOutput("Auditor page on http://", TIMEOUT);

			BackgroundCli second = BackgroundCli.start(folder, this.work.resolve("history.log"), "history");

			assertThat(second.exitCode(TIMEOUT)).as(second.output()).isEqualTo(ExitCodes.RUN_IN_PROGRESS);
			assertThat(second.output().lines().filter((line) -> !line.isBlank())).singleElement()
				.asString()
				.startsWith("run in progress: another process")
				.contains(this.work.resolve("data").toString(), "one process at a time");
		}
		finally {
			first.process().destroy();
			first.process().waitFor();
		}
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
