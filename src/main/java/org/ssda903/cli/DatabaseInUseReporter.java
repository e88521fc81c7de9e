package org.ssda903.cli;

import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Keeps Spring Boot from logging a database held by another process as a failed start
 * with its stack trace: the command line says it in one line and exits 6. Registered in
 * {@code META-INF/spring.factories}.
 */
final class DatabaseInUseReporter implements SpringBootExceptionReporter {

	DatabaseInUseReporter(ConfigurableApplicationContext context) {
		// Spring Boot hands each reporter the context; a database in use needs nothing
		// from it
	}

	@Override
	public boolean reportException(Throwable failure) {
		return DatabaseInUse.message(failure).isPresent();
	}

}
