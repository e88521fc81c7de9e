package org.ssda903.reference;

import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * The reference data of a run: a file given for the run is stored first (unless it is the one already stored), then
 * the stored data is read back. With no file the data stored by an earlier run is used, so that a nightly run need
 * not be given the 700 MB postcode file each night. Empty when nothing was ever stored: the rules needing it are
 * then skipped with the reason.
 *
 * <p>
 * Each call stores in transactions of its own: call it outside a chunk or tasklet transaction.
 */
@Service
public class ReferenceData {

	private static final Logger log = LoggerFactory.getLogger(ReferenceData.class);

	private final ReferenceDataRepository repository;

	public ReferenceData(ReferenceDataRepository repository) {
		this.repository = repository;
	}

	/** The postcode lookup, after storing {@code fileOrNull} if it is a new file. */
	public Optional<PostcodeLookup> postcodes(Path fileOrNull) {
		if (fileOrNull != null) {
			log.info("postcode lookup: {}", this.repository.storePostcodes(fileOrNull));
		}
		return this.repository.readPostcodes().map(PostcodeLookup.class::cast);
	}

	/** The Ofsted provider list, after storing {@code fileOrNull} if it is a new file. */
	public Optional<OfstedProviders> providers(Path fileOrNull) {
		if (fileOrNull != null) {
			log.info("Ofsted provider list: {}", this.repository.storeProviders(fileOrNull));
		}
		return this.repository.readProviders();
	}

	/** The local authority code list, after storing {@code fileOrNull} if it is a new file. */
	public Optional<LaCodes> laCodes(Path fileOrNull) {
		if (fileOrNull != null) {
			log.info("local authority codes: {}", this.repository.storeLaCodes(fileOrNull));
		}
		return this.repository.readLaCodes();
	}

	/** The load each kind's data comes from, for the run's audit; empty when none is stored. */
	public Optional<ReferenceLoad> currentLoad(ReferenceKind kind) {
		return this.repository.currentLoad(kind);
	}

}
