package org.ssda903.cli;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The batch processor. {@code main} hands the command line to the CLI, which starts
 * Spring only for commands that need the database, so that {@code --help} answers at once
 * and without one. The application scans the whole product from its root package, though
 * it lives with the commands that start it.
 */
@SpringBootApplication(scanBasePackages = "org.ssda903")
public class Ssda903Application {

	public static void main(String[] args) {
		System.exit(Cli.execute(args));
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
