package org.ssda903.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Assumptions;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The MariaDB (or MySQL) server the integration tests use:
 * {@code SSDA903_TEST_MYSQL_URL}, by default the local server at 127.0.0.1:3306 as root.
 * Each test class gets a fresh database of its own. Where no server answers the tests are
 * skipped, but not under {@code CI=true}: CI must prove the MySQL path, so there it is a
 * failure.
 */
public final class MariaDb {

	private static final String SERVER = System.getenv()
		.getOrDefault("SSDA903_TEST_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/");

	private static final String USER = System.getenv().getOrDefault("SSDA903_TEST_MYSQL_USER", "root");

	private static final String PASSWORD = System.getenv().getOrDefault("SSDA903_TEST_MYSQL_PASSWORD", "");

	private MariaDb() {
	}

	/** Creates a new empty database and points the test's data source at it. */
	public static void register(DynamicPropertyRegistry registry, String name) {
		Database database = create(name);
		registry.add("spring.datasource.url", database::url);
		registry.add("spring.datasource.username", database::user);
		registry.add("spring.datasource.password", database::password);
	}

	/** Creates a new empty database, for a test that starts its own processes. */
	public static Database create(String name) {
		String database = "ssda903_it_" + name + "_" + ProcessHandle.current().pid();
		try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + database);
			statement.execute("create database " + database + " character set utf8mb4");
		}
		catch (SQLException ex) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException("CI=true but no MySQL/MariaDB server answers at " + SERVER + " ("
						+ ex.getMessage() + "); the MySQL path must be tested in CI", ex);
			}
			Assumptions.abort("no MySQL/MariaDB server at " + SERVER + ": " + ex.getMessage());
		}
		return new Database(
				SERVER + database + "?rewriteBatchedStatements=true&useSSL=false&allowPublicKeyRetrieval=true", USER,
				PASSWORD);
	}

	/** A database made for a test. */
	public record Database(String url, String user, String password) {
	}

}
