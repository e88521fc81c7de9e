package org.ssda903.cli;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Bounds every wait on the database, so that a lost database fails the run in seconds,
 * not minutes. The pool's own time-outs are set in application.properties; here MySQL
 * Connector/J gets its connect and socket time-outs (whatever URL the environment gives,
 * unless that URL sets them itself), and the pool is made to fail fast once the database
 * is known to be out of reach ({@link FailFastDataSource}).
 */
@Component
class DatabaseTimeouts implements BeanPostProcessor {

	private final Duration connectTimeout;

	private final Duration socketTimeout;

	private final Duration failFastWindow;

	DatabaseTimeouts(@Value("${ssda903.db.connect-timeout:PT5S}") Duration connectTimeout,
			@Value("${ssda903.db.socket-timeout:PT30S}") Duration socketTimeout,
			@Value("${ssda903.db.fail-fast-window:PT30S}") Duration failFastWindow) {
		this.connectTimeout = connectTimeout;
		this.socketTimeout = socketTimeout;
		this.failFastWindow = failFastWindow;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof HikariDataSource pool)) {
			return bean;
		}
		String url = pool.getJdbcUrl();
		if (url != null && (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:"))) {
			// without them a server that stops answering (not one that closes its
			// sockets) hangs a read for ever
			unlessInUrl(pool, "connectTimeout", this.connectTimeout);
			unlessInUrl(pool, "socketTimeout", this.socketTimeout);
		}
		return new FailFastDataSource((DataSource) pool, Clock.systemUTC(), this.failFastWindow);
	}

	private static void unlessInUrl(HikariDataSource pool, String property, Duration value) {
		if (!pool.getJdbcUrl().contains(property + "=")) {
			pool.addDataSourceProperty(property, String.valueOf(value.toMillis()));
		}
	}

}
