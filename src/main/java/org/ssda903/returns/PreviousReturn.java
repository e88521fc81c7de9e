package org.ssda903.returns;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.stereotype.Service;

import org.ssda903.extract.ExtractFolder;
import org.ssda903.extract.ExtractLoader;
import org.ssda903.model.ChildSource;
import org.ssda903.model.CollectionYear;
import org.ssda903.store.StagingRepository;

/**
 * Last year's return, for the cross-year rules and for walking periods of care back: the
 * folder given with {@code --previous} when there is one, else the newest version the
 * database holds for the council and year.
 */
@Service
public class PreviousReturn {

	private final ReturnRepository returns;

	private final StagingRepository staging;

	private final ReturnBuilder builder;

	public PreviousReturn(ReturnRepository returns, StagingRepository staging, ReturnBuilder builder) {
		this.returns = returns;
		this.staging = staging;
		this.builder = builder;
	}

	public Optional<Source> find(String laCode, CollectionYear year, Path previousDir) {
		if (previousDir != null) {
			return Optional.of(new Source("folder " + previousDir, ChildSource.of(ExtractLoader.load(previousDir))));
		}
		return this.returns.latest(laCode, year.previous().endYear())
			.map((version) -> new Source(
					"stored return " + version.laCode() + " " + year.previous() + " version " + version.version(),
					this.staging.source(StagingRepository.RETURN, version.returnId())));
	}

	/**
	 * Keeps a {@code --previous} folder given to a run as last year's stored return when
	 * the database holds none for that year, so that later runs and {@code kpi} read the
	 * same year the run did; empty when none is stored.
	 */
	public Optional<ReturnVersion> keepGiven(long runId, String laCode, CollectionYear year, Path previousDir,
			ChildSource children) {
		if (previousDir == null) {
			return Optional.empty();
		}
		return this.builder.storeGiven(runId, laCode, year.previous(), previousDir, ExtractFolder.checksum(previousDir),
				children);
	}

	/** Where last year's return came from, and its children. */
	public record Source(String description, ChildSource children) {
	}

}
