package org.ssda903.kpi;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import org.ssda903.store.StagingRepository;
import org.ssda903.model.ChildRecords;
import org.ssda903.returns.ReturnRepository;
import org.ssda903.returns.ReturnVersion;

/**
 * A council's care history from the database, for KPIs of any period without running ingest again: for the newest
 * collection year the rows staged by the run that stored its newest return (KPIs read values as loaded), for every
 * earlier year the newest stored return.
 */
@Service
public class KpiDataSource {

	private final ReturnRepository returns;

	private final StagingRepository staging;

	public KpiDataSource(ReturnRepository returns, StagingRepository staging) {
		this.returns = returns;
		this.staging = staging;
	}

	/** Empty when the database holds no return of the council. */
	public CareHistory load(String laCode) {
		SortedMap<Integer, ReturnVersion> newest = new TreeMap<>();
		for (ReturnVersion version : this.returns.all(laCode)) {
			// all() is ordered by year then version, so the last of a year is its newest
			newest.put(version.collectionYear(), version);
		}
		SortedMap<Integer, Map<String, ChildRecords>> years = new TreeMap<>();
		for (ReturnVersion version : newest.values()) {
			boolean newestYear = version.collectionYear() == newest.lastKey();
			years.put(version.collectionYear(),
					newestYear ? this.staging.children(StagingRepository.STAGING, version.runId())
							: this.staging.children(StagingRepository.RETURN, version.returnId()));
		}
		return new CareHistory(years);
	}

}
