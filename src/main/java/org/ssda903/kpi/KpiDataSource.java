package org.ssda903.kpi;

import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import org.ssda903.model.ChildSource;
import org.ssda903.model.CollectionYear;
import org.ssda903.model.Table;
import org.ssda903.returns.ReturnRepository;
import org.ssda903.returns.ReturnVersion;
import org.ssda903.store.StagingRepository;

/**
 * A council's care history from the database, the one source of the KPIs of any period,
 * whether {@code kpi} or a nightly run computes them. Each collection year is its newest
 * stored return. The newest year is read as the run that stored it loaded it (KPIs read
 * values as loaded), which is what that run's own KPI step read; an earlier year is the
 * return as stored, as is a year whose run's rows have been purged or whose return was
 * given, not built.
 */
@Service
public class KpiDataSource {

	private final ReturnRepository returns;

	private final StagingRepository staging;

	public KpiDataSource(ReturnRepository returns, StagingRepository staging) {
		this.returns = returns;
		this.staging = staging;
	}

	/** Every year held; empty when the database holds no return of the council. */
	public CareHistory load(String laCode) {
		SortedMap<Integer, ReturnVersion> newest = newestByYear(laCode);
		SortedMap<Integer, ChildSource> years = new TreeMap<>();
		for (ReturnVersion version : newest.values()) {
			boolean newestYear = version.collectionYear() == newest.lastKey();
			years.put(version.collectionYear(), newestYear ? asLoaded(version) : asStored(version));
		}
		return new CareHistory(years);
	}

	/**
	 * The history a run's KPIs read: the stored returns of the years before the run's,
	 * then the run's own rows as its year. Later years are left out: no period of the
	 * run's reaches them.
	 */
	public CareHistory forRun(String laCode, CollectionYear year, ChildSource runChildren) {
		SortedMap<Integer, ChildSource> years = new TreeMap<>();
		newestByYear(laCode).headMap(year.endYear())
			.forEach((endYear, version) -> years.put(endYear, asStored(version)));
		years.put(year.endYear(), runChildren);
		return new CareHistory(years);
	}

	private SortedMap<Integer, ReturnVersion> newestByYear(String laCode) {
		SortedMap<Integer, ReturnVersion> newest = new TreeMap<>();
		for (ReturnVersion version : this.returns.all(laCode)) {
			// all() is ordered by year then version, so the last of a year is its newest
			newest.put(version.collectionYear(), version);
		}
		return newest;
	}

	private ChildSource asLoaded(ReturnVersion version) {
		boolean staged = !version.isGiven()
				&& this.staging.count(StagingRepository.STAGING, version.runId(), Table.EPISODES) > 0;
		return staged ? this.staging.source(StagingRepository.STAGING, version.runId()) : asStored(version);
	}

	private ChildSource asStored(ReturnVersion version) {
		return this.staging.source(StagingRepository.RETURN, version.returnId());
	}

}
