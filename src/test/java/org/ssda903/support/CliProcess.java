package org.ssda903.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The product's command line as an installed copy runs it: a separate JVM on the test
 * class path, started in a folder of the test's choosing with an environment of its own
 * (no SSDA903_* or SPRING_* setting of the machine leaks in), standard output and
 * standard error kept apart.
 *
 * @param folder the working folder of the process
 * @param environment settings added to the cleaned environment, such as SSDA903_HOME
 */
public record CliProcess(Path folder, Map<String, String> environment) {

	/** What a finished command left. */
	public record Result(int exitCode, String stdout, String stderr) {
	}

	public CliProcess {
		environment = Map.copyOf(environment);
	}

	/** Runs a command to its end. */
	public Result run(String... args) throws IOException, InterruptedException {
		String name = "cli-" + System.nanoTime();
		Process process = start(name, args);
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError(String.join(" ", args) + " did not finish");
		}
		return new Result(process.exitValue(), read(name + ".out"), read(name + ".err"));
	}

	/**
	 * Starts a long-lived command, such as serve, and waits until its standard output
	 * shows the text.
	 */
	public Process startAndAwait(String text, String... args) throws IOException, InterruptedException {
		String name = "cli-" + System.nanoTime();
		Process process = start(name, args);
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (!read(name + ".out").contains(text)) {
			if (!process.isAlive() || System.nanoTime() > deadline) {
				process.destroyForcibly();
				throw new AssertionError(args[0] + " never printed '" + text + "': " + read(name + ".err"));
			}
			Thread.sleep(100);
		}
		return process;
	}

	private Process start(String name, String... args) throws IOException {
		Files.createDirectories(this.folder);
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
						// a command-line tool's start-up, not a long computation: the
						// quick compiler is enough
						"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
						"org.ssda903.cli.Ssda903Application"));
		command.addAll(List.of(args));
		Path logs = logs();
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.folder.toFile())
			.redirectOutput(logs.resolve(name + ".out").toFile())
			.redirectError(logs.resolve(name + ".err").toFile());
		Map<String, String> inherited = new HashMap<>(builder.environment());
		inherited.keySet().removeIf((key) -> key.startsWith("SSDA903_") || key.startsWith("SPRING_"));
		builder.environment().clear();
		builder.environment().putAll(inherited);
		builder.environment().putAll(this.environment);
		return builder.start();
	}

	/**
	 * Beside the working folder, so that the folder holds only what the product writes.
	 */
	private Path logs() throws IOException {
		return Files.createDirectories(this.folder.resolveSibling(this.folder.getFileName() + "-logs"));
	}

	private String read(String name) throws IOException {
		Path file = logs().resolve(name);
		return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
	}

}
