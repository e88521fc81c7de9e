package org.ssda903;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import org.ssda903.cli.Cli;

/**
 * The batch processor. {@code main} hands the command line to the CLI, which starts Spring only for commands that
 * need the database, so that {@code --help} answers at once and without one.
 */
@SpringBootApplication
public class Ssda903Application {

	public static void main(String[] args) {
		System.exit(Cli.execute(args));
	}

}
