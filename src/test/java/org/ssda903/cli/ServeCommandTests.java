package org.ssda903.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import org.ssda903.support.AuditorExtracts;

/**
 * {@code serve} as an auditor meets it: the real server on a free port over runs made by
 * the {@code run} command, read by plain HTTP and by headless Chromium. The Chromium test
 * is skipped where Chromium is not installed.
 */
class ServeCommandTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	/**
	 * Kept after the build for a reviewer to look at; target/ is the build's own output
	 * folder.
	 */
	private static final Path SCREENSHOTS = Path.of("target", "auditor-page");

	@TempDir
	Path work;

	@RegisterExtension
	final CliHarness cli = new CliHarness("serve");

	/** The serve command's own output, kept apart from the runs' output. */
	StringWriter out = new StringWriter();

	@Test
	void helpNeedsNoDatabase() {
		CommandLine serve = new CommandLine(new ServeCommand());
		serve.setOut(new PrintWriter(this.out));

		assertThat(serve.execute("--help")).isZero();
		assertThat(this.out.toString()).contains("--port=N", "--bind=ADDRESS", "--allow-remote");
	}

	@Test
	void otherCommandsStartNoWebServer() {
		try (ConfigurableApplicationContext context = SpringContexts.start()) {
			assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
		}
	}

	@Test
	void servesTheHistoryOnThisMachineOnlyAndRefusesWrites() throws Exception {
		runTwice();
		try (ConfigurableApplicationContext context = serve("--port", "0")) {
			int port = port(context);
			assertThat(context.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
			assertThat(this.out.toString()).contains("Auditor page on http://127.0.0.1:" + port + "/",
					"this machine only");
			HttpClient http = HttpClient.newHttpClient();

			HttpResponse<String> history = http.send(HttpRequest.newBuilder(url(port, "/")).build(),
					HttpResponse.BodyHandlers.ofString());
			HttpResponse<String> write = http.send(HttpRequest.newBuilder(url(port, "/runs/1"))
				.POST(HttpRequest.BodyPublishers.ofString("status=COMPLETED"))
				.build(), HttpResponse.BodyHandlers.ofString());

			assertThat(history.statusCode()).isEqualTo(200);
			assertThat(history.body()).contains("COMPLETED", "FAILED");
			assertThat(write.statusCode()).isEqualTo(405);
		}
	}

	@Test
	void theHistoryAndARunRenderInHeadlessChromium() throws Exception {
		assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
		runTwice();
		try (ConfigurableApplicationContext context = serve("--port", "0")) {
			int port = port(context);
			Files.createDirectories(SCREENSHOTS);

			String history = chromium(url(port, "/"), "--dump-dom");
			String run = chromium(url(port, "/runs/1"), "--dump-dom");
			chromium(url(port, "/"), "--screenshot=" + SCREENSHOTS.resolve("history.png").toAbsolutePath(),
					"--window-size=1400,1000");
			chromium(url(port, "/runs/1"), "--screenshot=" + SCREENSHOTS.resolve("run.png").toAbsolutePath(),
					"--window-size=1400,2400");

			assertThat(history).contains("SSDA903 run history", "href=\"/runs/1\"", "href=\"/runs/2\"", "COMPLETED",
					"FAILED", "E06000034");
			assertThat(run)
				.contains("Execution 1 of run 1", "id=\"steps\"", "id=\"inputs\"", "id=\"outputs\"", "id=\"rejects\"",
						"id=\"kpis\"", "DECOM is not a valid dd/mm/yyyy date")
				.doesNotContain(AuditorExtracts.REJECTED_CHILD);
			assertNonTrivialScreenshot(SCREENSHOTS.resolve("history.png"), 1400, 1000);
			assertNonTrivialScreenshot(SCREENSHOTS.resolve("run.png"), 1400, 2400);
		}
	}

	/**
	 * Execution 1 completes with rejected rows; execution 2 fails on a file of no 903
	 * layout.
	 */
	private void runTwice() {
		assertThat(run(AuditorExtracts.completing(this.work.resolve("good")))).isEqualTo(ExitCodes.COMPLETED);
		assertThat(run(AuditorExtracts.failing(this.work.resolve("bad")))).isNotEqualTo(ExitCodes.COMPLETED);
	}

	private int run(Path extract) {
		return this.cli.execute("run", "--extract", extract.toString(), "--year", "2025", "--la", "E06000034", "--out",
				this.work.resolve("out").toString());
	}

	private ConfigurableApplicationContext serve(String... args) {
		ServeCommand command = new ServeCommand();
		CommandLine commandLine = new CommandLine(command);
		commandLine.setOut(new PrintWriter(this.out));
		commandLine.parseArgs(args);
		return command.start();
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static URI url(int port, String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	/** Runs headless Chromium once on a fresh profile and returns what it printed. */
	private String chromium(URI url, String... action) throws IOException, InterruptedException {
		Path profile = Files.createTempDirectory(this.work, "chromium");
		Path stdout = this.work.resolve(profile.getFileName() + ".out");
		List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
				"--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--no-first-run", "--user-data-dir=" + profile));
		command.addAll(List.of(action));
		command.add(url.toString());
		Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("Chromium did not finish within 120 s on " + url);
		}
		assertThat(process.exitValue()).as("Chromium's exit code").isZero();
		return Files.readString(stdout, StandardCharsets.UTF_8);
	}

	/**
	 * The right size and more than one colour: a blank or error page would be one colour
	 * or much smaller.
	 */
	private static void assertNonTrivialScreenshot(Path png, int width, int height) throws IOException {
		assertThat(png).exists();
		assertThat(Files.size(png)).isGreaterThan(10_000);
		BufferedImage image = ImageIO.read(png.toFile());
		assertThat(image.getWidth()).isEqualTo(width);
		assertThat(image.getHeight()).isEqualTo(height);
		assertThat(Arrays.stream(image.getRGB(0, 0, width, height, null, 0, width)).distinct().count())
			.isGreaterThan(10);
	}

}
