package org.ssda903.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrates the schema one process at a time on MySQL and MariaDB. Flyway locks its
 * history table only once the table exists: two first runs started together on an empty
 * database (two councils' first night on a new server) both found no history, and the
 * second, seeing the first's tables, refused the schema as not empty and failed at start.
 * A named lock of the server, per database, makes the second wait for the first, then
 * find the schema migrated. H2 serves a second process through the first (AUTO_SERVER).
 */
@Configuration(proxyBeanMethods = false)
class SchemaMigration {

	/** How long a process waits for another's migration. */
	private static final int WAIT_SECONDS = 300;

	@Bean
	FlywayMigrationStrategy oneProcessAtATime() {
		return SchemaMigration::migrate;
	}

	private static void migrate(Flyway flyway) {
		DataSource dataSource = flyway.getConfiguration().getDataSource();
		try (Connection connection = dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
			if (!product.contains("mysql") && !product.contains("mariadb")) {
				flyway.migrate();
				return;
			}
			if (!lock(connection)) {
				throw new IllegalStateException("another process has been migrating the database schema for "
						+ WAIT_SECONDS + " s; when it has finished, run the command again");
			}
			try {
				flyway.migrate();
			}
			finally {
				unlock(connection);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot lock the database schema to migrate it: " + ex.getMessage(), ex);
		}
	}

	private static boolean lock(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("select get_lock(left(concat('ssda903-schema-', database()), 64), ?)")) {
			statement.setInt(1, WAIT_SECONDS);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getInt(1) == 1;
			}
		}
	}

	private static void unlock(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("select release_lock(left(concat('ssda903-schema-', database()), 64))")) {
			statement.executeQuery().close();
		}
	}

}
