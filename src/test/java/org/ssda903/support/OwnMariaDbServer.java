package org.ssda903.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A MariaDB server of a test's own, on a free port with its data in a temporary folder,
 * that the test can stop and start again in the middle of a run: the shared server of
 * {@link MariaDb} must never be stopped. Needs {@code mariadbd} and
 * {@code mariadb-install-db} on the path; the test is skipped without them.
 */
public final class OwnMariaDbServer implements AutoCloseable {

	private final Path folder;

	private final int port;

	private Process server;

	private OwnMariaDbServer(Path folder, int port) {
		this.folder = folder;
		this.port = port;
	}

	/** Installs a new server's data folder under {@code folder} and starts it. */
	public static OwnMariaDbServer start(Path folder) throws Exception {
		Assumptions.assumeTrue(onPath("mariadbd") && onPath("mariadb-install-db"),
				"mariadbd and mariadb-install-db are needed to start a server of the test's own");
		Path data = folder.resolve("data");
		Process install = new ProcessBuilder("mariadb-install-db", "--no-defaults", "--datadir=" + data,
				"--auth-root-authentication-method=normal", "--user=" + System.getProperty("user.name"))
			.redirectErrorStream(true)
			.redirectOutput(folder.resolve("install.log").toFile())
			.start();
		if (!install.waitFor(2, TimeUnit.MINUTES) || install.exitValue() != 0) {
			throw new IllegalStateException(
					"mariadb-install-db failed: " + Files.readString(folder.resolve("install.log")));
		}
		OwnMariaDbServer server = new OwnMariaDbServer(folder, freePort());
		server.start();
		return server;
	}

	/** Starts the server (again) on its port and waits until it answers. */
	public void start() throws Exception {
		List<String> command = new ArrayList<>(
				List.of("mariadbd", "--no-defaults", "--datadir=" + this.folder.resolve("data"), "--port=" + this.port,
						"--bind-address=127.0.0.1", "--socket=" + this.folder.resolve("s.sock"), "--skip-grant-tables",
						"--user=" + System.getProperty("user.name")));
		this.server = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.folder.resolve("server.log").toFile()))
			.start();
		long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		while (System.nanoTime() < deadline) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", this.port), 500);
				return;
			}
			catch (IOException notYet) {
				Thread.sleep(200);
			}
		}
		throw new IllegalStateException(
				"the test's MariaDB server did not start; see " + this.folder.resolve("server.log"));
	}

	/** Stops the server at once (SIGKILL), as a crash or an operator's kill -9 would. */
	public void kill() throws InterruptedException {
		this.server.destroyForcibly();
		this.server.waitFor(30, TimeUnit.SECONDS);
	}

	/**
	 * The environment that points a run at a database of this server (created by the
	 * run).
	 */
	public Map<String, String> environment(String database) {
		return Map.of("SPRING_DATASOURCE_URL",
				"jdbc:mysql://127.0.0.1:" + this.port + "/" + database
						+ "?createDatabaseIfNotExist=true&rewriteBatchedStatements=true&useSSL=false",
				"SPRING_DATASOURCE_USERNAME", "root", "SPRING_DATASOURCE_PASSWORD", "");
	}

	@Override
	public void close() throws InterruptedException {
		if (this.server != null && this.server.isAlive()) {
			this.server.destroy();
			if (!this.server.waitFor(30, TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

	private static boolean onPath(String program) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
			if (Files.isExecutable(Path.of(dir, program))) {
				return true;
			}
		}
		return false;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
