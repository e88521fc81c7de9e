package org.ssda903.extract.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where the CMS reporting database is and who to connect as. The URL comes from the
 * command line, which other users of the machine can read in the process list, so it must
 * not hold a password; the credentials come from the environment only.
 */
public record CmsConnection(String url, String user, String password) {

	public static final String USER_VARIABLE = "CMS_DB_USER";

	public static final String PASSWORD_VARIABLE = "CMS_DB_PASSWORD";

	/**
	 * The ways a JDBC URL can carry a password: a {@code password=} property (MySQL,
	 * MariaDB, PostgreSQL, H2, SQL Server, whatever the separator), a
	 * {@code user:password@host} authority (MySQL, MariaDB), and Oracle's
	 * {@code thin:user/password@host}.
	 */
	private static final Pattern PASSWORD_IN_URL = Pattern
		.compile("(?i)(password|passwd|pwd)\\s*=|//[^/?;@]*:[^/?;@]*@|^jdbc:oracle:[a-z]+:[^@/:]+/[^@]*@");

	public CmsConnection {
		if (url == null || !url.startsWith("jdbc:")) {
			throw new IllegalArgumentException("the CMS database URL must be a JDBC URL (jdbc:...)");
		}
		// the message never repeats the URL: it would put the password in the terminal
		// and the logs
		if (PASSWORD_IN_URL.matcher(url).find()) {
			throw new IllegalArgumentException("the CMS database URL must not contain a password; remove it and set "
					+ PASSWORD_VARIABLE + " in the environment instead");
		}
	}

	/**
	 * The connection to a URL with the credentials of the environment
	 * ({@value #USER_VARIABLE}, {@value #PASSWORD_VARIABLE}).
	 */
	public static CmsConnection fromEnvironment(String url, Map<String, String> environment) {
		String user = environment.get(USER_VARIABLE);
		String password = environment.get(PASSWORD_VARIABLE);
		if (user == null || user.isBlank() || password == null) {
			throw new IllegalArgumentException("set " + USER_VARIABLE + " and " + PASSWORD_VARIABLE
					+ " in the environment to the CMS reporting account (the password may be empty)");
		}
		return new CmsConnection(url, user, password);
	}

	Connection open() throws SQLException {
		return DriverManager.getConnection(this.url, this.user, this.password);
	}

	/**
	 * Never shows the password, so that a logged or printed connection cannot leak it.
	 */
	@Override
	public String toString() {
		return "CmsConnection[url=" + this.url + ", user=" + this.user + "]";
	}

}
