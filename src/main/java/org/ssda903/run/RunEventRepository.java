package org.ssda903.run;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The starts, restarts and recoveries of each run. */
@Repository
public class RunEventRepository {

	private static final int COMMAND_LINE_WIDTH = 2000;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	public RunEventRepository(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records an event now. The command line must already be masked
	 * ({@link CommandLineMask}); it is cut to the column's width rather than failing the
	 * run over an audit note.
	 */
	public void record(long runId, long executionId, RunEvent.Kind kind, String who, String maskedCommandLine) {
		String commandLine = maskedCommandLine == null ? "" : maskedCommandLine;
		if (commandLine.length() > COMMAND_LINE_WIDTH) {
			commandLine = commandLine.substring(0, COMMAND_LINE_WIDTH);
		}
		this.jdbc.update(
				"insert into run_event (run_id, execution_id, event, event_at, who, command_line)"
						+ " values (?, ?, ?, ?, ?, ?)",
				runId, executionId, kind.label(), Timestamp.from(this.clock.instant()), who == null ? "unknown" : who,
				commandLine);
	}

	/** A run's events in the order they happened. */
	public List<RunEvent> forRun(long runId) {
		return this.jdbc.query(
				"select run_id, execution_id, event, event_at, who, command_line from run_event"
						+ " where run_id = ? order by id",
				(rs, n) -> new RunEvent(rs.getLong(1), rs.getLong(2),
						RunEvent.Kind.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)), rs.getTimestamp(4).toInstant(),
						rs.getString(5), rs.getString(6)),
				runId);
	}

}
