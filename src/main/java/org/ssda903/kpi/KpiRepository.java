package org.ssda903.kpi;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** KPI rows of each run and period. */
@Repository
public class KpiRepository {

	private final JdbcTemplate jdbc;

	public KpiRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a period's rows for a run, replacing what an earlier attempt stored for the
	 * same period.
	 */
	public void replace(long runId, KpiPeriod period, List<KpiResult> rows) {
		this.jdbc.update("delete from kpi_result where run_id = ? and period_end = ?", runId,
				Date.valueOf(period.end()));
		int[] seq = { 0 };
		this.jdbc.batchUpdate("insert into kpi_result (run_id, period_start, period_end, seq, kpi_id, name, breakdown,"
				+ " breakdown_value, numerator, denominator, kpi_value) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows,
				500, (ps, row) -> {
					ps.setLong(1, runId);
					ps.setDate(2, Date.valueOf(row.periodStart()));
					ps.setDate(3, Date.valueOf(row.periodEnd()));
					ps.setInt(4, seq[0]++);
					ps.setString(5, row.kpiId());
					ps.setString(6, row.name());
					ps.setString(7, row.breakdown());
					ps.setString(8, row.breakdownValue());
					ps.setObject(9, row.numerator());
					ps.setObject(10, row.denominator());
					ps.setBigDecimal(11, row.value());
				});
	}

	public List<KpiResult> forRun(long runId, KpiPeriod period) {
		Map<String, KpiKind> kinds = new HashMap<>();
		KpiCatalogue.all().forEach((k) -> kinds.put(k.definition().id(), k.definition().kind()));
		return this.jdbc.query(
				"select kpi_id, name, period_start, period_end, breakdown, breakdown_value, numerator,"
						+ " denominator, kpi_value from kpi_result where run_id = ? and period_end = ? order by seq",
				(rs, n) -> new KpiResult(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
						rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6), rs.getObject(7, Integer.class),
						rs.getObject(8, Integer.class), scaled(rs.getBigDecimal(9), kinds.get(rs.getString(1)))),
				runId, Date.valueOf(period.end()));
	}

	/**
	 * Counts are whole numbers in kpi.csv; the column keeps one decimal for percentages
	 * and medians.
	 */
	private static BigDecimal scaled(BigDecimal value, KpiKind kind) {
		if (value == null) {
			return null;
		}
		return kind == KpiKind.COUNT ? value.setScale(0) : value.setScale(1);
	}

}
