package org.ssda903.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * {@code serve}: the read-only auditor page (docs/auditor-page.md) until the process is
 * stopped. It answers this machine only unless told otherwise: the page shows checksums,
 * counts and reasons, not children's values, but it is still the audit trail of personal
 * data processing.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = "Serve the read-only auditor page: the run history, each run's steps, files, rejects summary,"
				+ " validation summary and KPIs.")
class ServeCommand implements Callable<Integer> {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Option(names = "--port", defaultValue = "8903", paramLabel = "N",
			description = "The port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
	int port;

	@Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
			description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
	String bind;

	@Option(names = "--allow-remote",
			description = "Answer clients on other machines too; without it they are refused even when --bind"
					+ " listens wider.")
	boolean allowRemote;

	@Override
	public Integer call() throws InterruptedException {
		ConfigurableApplicationContext context = start();
		CountDownLatch closed = new CountDownLatch(1);
		context.addApplicationListener((ApplicationListener<ContextClosedEvent>) (event) -> closed.countDown());
		// Spring's shutdown hook closes the context on Ctrl-C or SIGTERM; until then the
		// page is served
		closed.await();
		return ExitCodes.COMPLETED;
	}

	/**
	 * Starts the server and says where it listens; the caller closes the context to stop
	 * it.
	 */
	ConfigurableApplicationContext start() {
		if (this.port < 0 || this.port > 65535) {
			throw new CommandLine.ParameterException(this.spec.commandLine(), "--port must be from 0 to 65535");
		}
		ConfigurableApplicationContext context = SpringContexts
			.start(Map.of("spring.main.web-application-type", "servlet", "server.address", this.bind, "server.port",
					this.port, "ssda903.web.allow-remote", this.allowRemote));
		int actualPort = ((WebServerApplicationContext) context).getWebServer().getPort();
		PrintWriter out = this.spec.commandLine().getOut();
		out.printf("Auditor page on http://%s:%d/ (read-only%s). Stop with Ctrl-C.%n", host(this.bind), actualPort,
				this.allowRemote ? ", other machines allowed" : ", this machine only");
		out.flush();
		return context;
	}

	/**
	 * An address to type in a browser: IPv6 literals need brackets, and a wildcard bind
	 * is reached locally.
	 */
	private static String host(String bind) {
		if ("0.0.0.0".equals(bind) || "::".equals(bind)) {
			return "127.0.0.1";
		}
		return bind.contains(":") ? "[" + bind + "]" : bind;
	}

}
