package org.ssda903.returns;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;

import org.springframework.stereotype.Service;

import org.ssda903.common.Futures;
import org.ssda903.common.Progress;
import org.ssda903.extract.ExtractFile;
import org.ssda903.extract.ExtractFolder;
import org.ssda903.extract.ExtractLoader;
import org.ssda903.model.ChildSource;
import org.ssda903.model.CollectionYear;
import org.ssda903.model.Row;
import org.ssda903.model.Table;
import org.ssda903.store.StagingRepository;

/**
 * Last year's return, for the cross-year rules and for walking periods of care back: the
 * folder given with {@code --previous} when there is one, else the newest version the
 * database holds for the council and year.
 */
@Service
public class PreviousReturn {

	private static final Logger log = LoggerFactory.getLogger(PreviousReturn.class);

	/** Rows per insert when a given folder is staged. */
	private static final int BATCH = 5000;

	private static final String STAGING_LAST_YEAR = "last year's return was staged";

	private final ReturnRepository returns;

	private final StagingRepository staging;

	private final ReturnBuilder builder;

	private final int threads;

	/**
	 * @param threads how many of the folder's files are staged at once; 0 for one per
	 * core, as ingest
	 */
	public PreviousReturn(ReturnRepository returns, StagingRepository staging, ReturnBuilder builder,
			@Value("${ssda903.ingest.threads:0}") int threads) {
		this.returns = returns;
		this.staging = staging;
		this.builder = builder;
		this.threads = (threads > 0) ? threads : Runtime.getRuntime().availableProcessors();
	}

	/**
	 * Last year's return for a run. A folder given is staged in the return tables under
	 * {@link StagingRepository#givenPreviousKey}, replacing what an earlier attempt
	 * staged, so that it is read a slice at a time like the run's own rows; once the run
	 * has kept it as the council's return, that version is read instead.
	 */
	public Optional<Source> find(long runId, String laCode, CollectionYear year, Path previousDir) {
		if (previousDir != null) {
			long key = StagingRepository.givenPreviousKey(runId);
			if (!this.returns.exists(key)) {
				stage(runId, previousDir, key);
			}
			return Optional.of(new Source("folder " + previousDir, this.staging.source(StagingRepository.RETURN, key)));
		}
		return this.returns.latest(laCode, year.previous().endYear())
			.map((version) -> new Source(
					"stored return " + version.laCode() + " " + year.previous() + " version " + version.version(),
					this.staging.source(StagingRepository.RETURN, version.returnId())));
	}

	/**
	 * Keeps a {@code --previous} folder given to a run, as {@link #find} staged it in the
	 * same job execution, as last year's stored return when the database holds none for
	 * that year, so that later runs and {@code kpi} read the same year the run did; empty
	 * when none is kept. A folder not kept stays staged until the run is purged, as the
	 * run's own rows do: deleting 600,000 rows at once took the nightly run of a national
	 * database that holds the year 10 s on H2, every night.
	 * @param found what {@link #find} gave for the folder, whose ids are read already
	 */
	public Optional<ReturnVersion> keepGiven(long runId, String laCode, CollectionYear year, Path previousDir,
			Source found) {
		if (previousDir == null) {
			return Optional.empty();
		}
		long key = StagingRepository.givenPreviousKey(runId);
		if (this.returns.exists(key)) {
			return Optional.empty();
		}
		return this.builder.keepGiven(runId, key, found.children(), laCode, year.previous(), previousDir,
				ExtractFolder.checksum(previousDir));
	}

	/**
	 * Stages the folder's files side by side, one per thread, each batch committed on its
	 * own: outside the step's transaction, whose connection cannot be shared, and where a
	 * national folder would be one transaction of 600,000 rows. An attempt that fails
	 * leaves rows the next attempt deletes first. It says when it is done, and how it
	 * goes on the way, since at national size it is a good part of the validate step.
	 */
	private void stage(long runId, Path folder, long key) {
		Progress progress = Progress.every(log::info, "run " + runId + ": staging last year's folder " + folder,
				"rows");
		Map<Table, ExtractFile> files = ExtractFolder.scan(folder);
		ExecutorService stagers = Executors.newFixedThreadPool(Math.max(1, Math.min(this.threads, files.size())),
				Futures.daemonThreads("stage-previous-" + runId));
		try {
			Futures.awaitAll(List.of(stagers.submit(() -> this.staging.delete(StagingRepository.RETURN, key))),
					STAGING_LAST_YEAR);
			List<Future<?>> staged = new ArrayList<>();
			files.forEach((table, file) -> staged.add(stagers.submit(() -> stage(folder, table, file, key, progress))));
			Futures.awaitAll(staged, STAGING_LAST_YEAR);
			progress.sayDone();
		}
		finally {
			stagers.shutdownNow();
		}
	}

	private void stage(Path folder, Table table, ExtractFile file, long key, Progress inserted) {
		List<Row> batch = new ArrayList<>(BATCH);
		ExtractLoader.forEachRow(folder, table, file, (row) -> {
			batch.add(row);
			if (batch.size() == BATCH) {
				this.staging.insert(StagingRepository.RETURN, key, table, batch);
				inserted.add(batch.size());
				batch.clear();
			}
		});
		this.staging.insert(StagingRepository.RETURN, key, table, batch);
		inserted.add(batch.size());
	}

	/** Where last year's return came from, and its children. */
	public record Source(String description, ChildSource children) {
	}

}
