package org.ssda903.run;

import java.util.List;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Run and execution ids without gaps on the embedded database. Spring Batch's H2 schema
 * creates its id sequences with H2's default cache of 32 values, which a killed process
 * loses: ids then jumped from 1 to 33, a gap an auditor reads as executions gone missing.
 * Asking for one value at a time costs nothing at a few executions a night. Batch's
 * MariaDB and MySQL schemas already hand out ids one at a time.
 */
@Component
@DependsOnDatabaseInitialization
class ExecutionIdSequences implements InitializingBean {

	private static final List<String> SEQUENCES = List.of("batch_job_instance_seq", "batch_job_execution_seq",
			"batch_step_execution_seq");

	private final JdbcTemplate jdbc;

	ExecutionIdSequences(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void afterPropertiesSet() {
		String database = this.jdbc
			.execute((ConnectionCallback<String>) (c) -> c.getMetaData().getDatabaseProductName());
		if (!"H2".equals(database)) {
			return;
		}
		for (String sequence : SEQUENCES) {
			this.jdbc.execute("alter sequence if exists " + sequence + " no cache");
		}
	}

}
