package org.ssda903.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the application context for a command. Command-line arguments are not turned
 * into Spring properties: settings come from the environment and the properties files, so
 * that a command's options never clash with them.
 */
final class SpringContexts {

	private SpringContexts() {
	}

	static ConfigurableApplicationContext start() {
		return start(Map.of());
	}

	/**
	 * Starts the context with settings a command decides, which win over the environment
	 * and the properties files: {@code serve} turns the web server on, which
	 * application.properties keeps off for every other command.
	 */
	static ConfigurableApplicationContext start(Map<String, Object> commandSettings) {
		// H2 refuses a database path relative to the current folder, and every command,
		// from whatever folder cron or an operator starts it, must see the same home
		for (String variable : new String[] { "SSDA903_HOME", "SSDA903_DATA_DIR" }) {
			String folder = System.getenv(variable);
			if (folder != null && !Path.of(folder).isAbsolute()) {
				throw new IllegalArgumentException(variable + " must be an absolute path, not '" + folder + "'");
			}
		}
		SpringApplication application = new SpringApplication(Ssda903Application.class);
		application.setAddCommandLineProperties(false);
		application.setLogStartupInfo(false);
		application.addListeners(new EmbeddedDatabaseFolder());
		if (!commandSettings.isEmpty()) {
			application.addListeners(new CommandSettings(commandSettings));
		}
		return application.run();
	}

	/** Both commands' settings; the second's win where both name one. */
	static Map<String, Object> merge(Map<String, Object> first, Map<String, Object> second) {
		Map<String, Object> merged = new LinkedHashMap<>(first);
		merged.putAll(second);
		return merged;
	}

	/**
	 * The settings of {@code --verbose}: the console shows the stack traces it otherwise
	 * leaves to a log file.
	 */
	static Map<String, Object> logging(boolean verbose) {
		return verbose ? Map.of("logging.pattern.console", "%d{yyyy-MM-dd HH:mm:ss} %-5level %msg%n%ex") : Map.of();
	}

	/**
	 * Settings a command decides, added first of all, before Boot configures logging and
	 * binds spring.main.* to the application, so that both the console pattern and
	 * web-application-type take effect.
	 */
	private record CommandSettings(
			Map<String, Object> settings) implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

		@Override
		public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
			event.getEnvironment().getPropertySources().addFirst(new MapPropertySource("command", this.settings));
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

	}

	/**
	 * Creates the folder of the embedded H2 database readable by its owner only before
	 * the database opens it, since the database holds children's personal data. A folder
	 * that already exists is left as it is: it may be shared (an operator's
	 * {@code SSDA903_DATA_DIR}), and its permissions are the operator's choice, not the
	 * product's.
	 */
	static final class EmbeddedDatabaseFolder implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

		private static final String H2_FILE = "jdbc:h2:file:";

		@Override
		public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
			Environment environment = event.getEnvironment();
			String url = environment.getProperty("spring.datasource.url", "");
			if (!url.startsWith(H2_FILE)) {
				return;
			}
			String file = url.substring(H2_FILE.length()).split(";", 2)[0];
			Path folder = Path.of(file).toAbsolutePath().getParent();
			if (Files.isDirectory(folder)) {
				return;
			}
			try {
				Files.createDirectories(folder);
				if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
					Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot create the database folder " + folder, ex);
			}
		}

	}

}
