package org.ssda903.returns;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import org.ssda903.model.ChildSource;
import org.ssda903.model.CollectionYear;
import org.ssda903.model.Row;
import org.ssda903.model.Table;
import org.ssda903.store.StagingRepository;

/**
 * Stores the year's return built from a run's staged rows as a new version of the
 * council's return. Building again for the same run replaces that run's version in place,
 * so a restart never makes a second version.
 */
@Service
public class ReturnBuilder {

	private final ReturnRepository returns;

	private final StagingRepository staging;

	private final Clock clock;

	public ReturnBuilder(ReturnRepository returns, StagingRepository staging, Clock clock) {
		this.returns = returns;
		this.staging = staging;
		this.clock = clock;
	}

	public ReturnVersion build(long runId, String laCode, CollectionYear year, ChildSource children) {
		ReturnVersion version = this.returns.createFor(runId, laCode, year.endYear(), this.clock.instant());
		store(version, year, children);
		return version;
	}

	/**
	 * Stores a return given to a run ({@code --previous}) as the council's return of its
	 * year, when the database holds none, so that every later run and {@code kpi} reads
	 * the same year; empty when the year is held.
	 * @param runId the run it was given to
	 * @param folder where it was given from, with {@code sha256} its checksum
	 */
	public Optional<ReturnVersion> storeGiven(long runId, String laCode, CollectionYear year, Path folder,
			String sha256, ChildSource children) {
		Optional<ReturnVersion> stored = this.returns.createGiven(laCode, year.endYear(), folder.toString(), sha256,
				runId, this.clock.instant());
		stored.ifPresent((version) -> store(version, year, children));
		return stored;
	}

	/** Slice by slice, so that a national return never sits whole in memory. */
	private void store(ReturnVersion version, CollectionYear year, ChildSource children) {
		this.staging.delete(StagingRepository.RETURN, version.returnId());
		children.forEachSlice((slice) -> {
			List<Row> inScope = ReturnScope.select(slice, year);
			for (Table table : Table.values()) {
				this.staging.insert(StagingRepository.RETURN, version.returnId(), table,
						inScope.stream().filter((row) -> row.table() == table).toList());
			}
		});
	}

}
