package org.ssda903.kpi;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import org.ssda903.common.Progress;
import org.ssda903.kpi.local.LocalExtracts;
import org.ssda903.model.ChildSource;
import org.ssda903.model.CollectionYear;
import org.ssda903.reference.ReferenceSnapshot;

/**
 * A nightly run's KPI pack: the catalogue for the 12 months to the year's 31 March and
 * the four quarter ends before it, from the run's own rows as its year and the stored
 * returns of earlier years, read exactly as {@code kpi
 * --as-at} reads them so that both give the same figures for the same quarter end.
 */
@Service
public class RunKpis {

	private final KpiDataSource dataSource;

	private final KpiRepository kpis;

	private final ReferenceSnapshot reference;

	private final String population;

	/**
	 * @param population the ONS mid-year estimates file for CLA-02 (a setting, like the
	 * targets); blank when none, and the report then says so
	 */
	public RunKpis(KpiDataSource dataSource, KpiRepository kpis, ReferenceSnapshot reference,
			@Value("${ssda903.kpi.population:}") String population) {
		this.dataSource = dataSource;
		this.kpis = kpis;
		this.reference = reference;
		this.population = population;
	}

	/**
	 * The run's pack, with the postcode lookup the run recorded; the same inputs always
	 * give the same pack, so a restarted job can build it again.
	 */
	public KpiPack pack(long runId, String laCode, CollectionYear year, ChildSource runChildren, LocalExtracts local,
			KpiBenchmarks benchmarks, Progress progress) {
		CareHistory history = this.dataSource.forRun(laCode, year, runChildren);
		ChildPopulation children = this.population.isBlank() ? ChildPopulation.none()
				: ChildPopulation.load(Path.of(this.population), laCode);
		return KpiPack.build(history, laCode, year.end(), this.reference.postcodes(runId).orElse(null), local, children,
				benchmarks, progress);
	}

	/**
	 * Stores the rows of every quarter end of the pack with the run, replacing an earlier
	 * attempt's.
	 */
	public void store(long runId, KpiPack pack) {
		pack.periods().forEach((day, rows) -> this.kpis.replace(runId, KpiPeriod.asAt(day), rows));
	}

}
