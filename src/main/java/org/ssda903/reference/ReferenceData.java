package org.ssda903.reference;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import org.ssda903.reference.ReferenceDataRepository.RunSource;

/**
 * Fixes the reference data a run reads. A file given for the run is stored first (unless
 * it is stored already) and recorded for the run; with no file the run keeps what it
 * recorded before, else the latest stored version, so that a nightly run need not be
 * given the 700 MB postcode file each night. Nothing stored for a kind: the rules needing
 * it are then skipped with the reason.
 *
 * <p>
 * Each call stores in transactions of its own: call it outside a chunk or tasklet
 * transaction.
 */
@Service
public class ReferenceData {

	private static final Logger log = LoggerFactory.getLogger(ReferenceData.class);

	private final ReferenceDataRepository repository;

	public ReferenceData(ReferenceDataRepository repository) {
		this.repository = repository;
	}

	/**
	 * Records the versions a run reads, one per kind that has data, and gives them. The
	 * kinds with no file are recorded before any file is loaded, so that a restart after
	 * a failed load reads what the first attempt saw.
	 * @param given the files given on the command line by kind; a kind absent or null is
	 * not given
	 * @throws IllegalArgumentException when a file is not in its kind's layout
	 */
	public Map<ReferenceKind, ReferenceLoad> recordForRun(long runId, Map<ReferenceKind, Path> given) {
		Map<ReferenceKind, ReferenceLoad> versions = new EnumMap<>(ReferenceKind.class);
		for (ReferenceKind kind : ReferenceKind.values()) {
			if (given.get(kind) == null) {
				this.repository.recordLatestUnlessRecorded(runId, kind).ifPresent((load) -> versions.put(kind, load));
			}
		}
		for (ReferenceKind kind : ReferenceKind.values()) {
			Path file = given.get(kind);
			if (file != null) {
				ReferenceLoad load = this.repository.store(kind, file);
				this.repository.recordForRun(runId, load, RunSource.GIVEN);
				versions.put(kind, load);
			}
		}
		for (ReferenceKind kind : ReferenceKind.values()) {
			Object version = versions.containsKey(kind) ? versions.get(kind) : kind.stored() + ": none stored";
			log.info("run {}: {}", runId, version);
		}
		return versions;
	}

	/** The version a run without records would read, for audits and the KPI command. */
	public Optional<ReferenceLoad> latest(ReferenceKind kind) {
		return this.repository.latest(kind);
	}

}
