package org.ssda903.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The command line run as a process of its own, as a scheduler runs it: for what only
 * separate processes show (two at once on one database, a holder killed with its lock).
 *
 * @param process the running process
 * @param log its standard output and error together
 */
public record BackgroundCli(Process process, Path log) {

	/** Starts {@code ssda903-batch ARGS} with the environment added to this one's. */
	public static BackgroundCli start(Map<String, String> environment, Path log, String... args) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), "org.ssda903.cli.Ssda903Application"));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		return new BackgroundCli(builder.start(), log);
	}

	/** Waits for the exit and gives its code. */
	public int exitCode(Duration timeout) throws InterruptedException, IOException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			this.process.destroyForcibly();
			throw new AssertionError("the process did not end within " + timeout + ":\n" + output());
		}
		return this.process.exitValue();
	}

	public String output() throws IOException {
		return Files.exists(this.log) ? Files.readString(this.log, StandardCharsets.UTF_8) : "";
	}

	/** Waits until the output shows the text. */
	public void awaitOutput(String text, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (output().contains(text)) {
				return;
			}
			if (!this.process.isAlive()) {
				throw new AssertionError("the process ended without printing '" + text + "':\n" + output());
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the process never printed '" + text + "'");
	}

}
