package org.ssda903.kpi;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import org.ssda903.model.ChildRecords;
import org.ssda903.reference.PostcodeLookup;

/** Computes the KPI tables for a period and stores them with the run. */
@Service
public class KpiService {

	private static final String DISTANCE_KPI = "LOC-02";

	private final KpiRepository repository;

	public KpiService(KpiRepository repository) {
		this.repository = repository;
	}

	public List<KpiResult> computeAndStore(long runId, KpiPeriod period, String laCode,
			Collection<ChildRecords> children, Collection<ChildRecords> previousYear, Optional<PostcodeLookup> postcodes) {
		List<KpiResult> rows = new KpiEngine(KpiCatalogue.core())
			.compute(KpiInputs.of(children, previousYear, period, laCode, postcodes.orElse(PostcodeLookup.none())));
		if (postcodes.isEmpty()) {
			rows = rows.stream().map(KpiService::withoutDistances).toList();
		}
		this.repository.replace(runId, period, rows);
		return rows;
	}

	/**
	 * Without a postcode lookup every distance is unknown, and LOC-02 would read 0% to a committee: its numerator
	 * and value are left blank instead, the denominator still saying how many children it is about.
	 */
	private static KpiResult withoutDistances(KpiResult row) {
		if (!row.kpiId().equals(DISTANCE_KPI)) {
			return row;
		}
		return new KpiResult(row.kpiId(), row.name(), row.periodStart(), row.periodEnd(), row.breakdown(),
				row.breakdownValue(), null, row.denominator(), null);
	}

}
