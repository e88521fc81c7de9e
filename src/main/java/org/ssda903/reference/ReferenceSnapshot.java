package org.ssda903.reference;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Component;

/**
 * The reference data a run recorded, read from the database once per version and kept
 * while it is the one last asked for. Validation and the KPIs both need the postcode
 * lookup, and reading 2.7 million postcodes back takes long enough to do once; keeping
 * one version per kind bounds the memory when runs of several councils alternate.
 */
@Component
public class ReferenceSnapshot {

	private final ReferenceDataRepository repository;

	private final Map<ReferenceKind, Cached> cache = new EnumMap<>(ReferenceKind.class);

	public ReferenceSnapshot(ReferenceDataRepository repository) {
		this.repository = repository;
	}

	/** The postcode lookup the run recorded, empty when it recorded none. */
	public Optional<PostcodeLookup> postcodes(long runId) {
		return this.repository.ofRun(runId, ReferenceKind.POSTCODES).map(this::postcodes);
	}

	/** The postcode lookup a new run would read: the latest version stored. */
	public Optional<PostcodeLookup> latestPostcodes() {
		return this.repository.latest(ReferenceKind.POSTCODES).map(this::postcodes);
	}

	/** The Ofsted provider list the run recorded, empty when it recorded none. */
	public Optional<OfstedProviders> providers(long runId) {
		return this.repository.ofRun(runId, ReferenceKind.OFSTED_PROVIDERS)
			.map((load) -> read(load, this.repository::readProviders));
	}

	/** The local authority code list the run recorded, empty when it recorded none. */
	public Optional<LaCodes> laCodes(long runId) {
		return this.repository.ofRun(runId, ReferenceKind.LA_CODES)
			.map((load) -> read(load, this.repository::readLaCodes));
	}

	private PostcodeLookup postcodes(ReferenceLoad load) {
		return read(load, this.repository::readPostcodes);
	}

	@SuppressWarnings("unchecked")
	private synchronized <T> T read(ReferenceLoad load, Function<ReferenceLoad, T> reader) {
		Cached cached = this.cache.get(load.kind());
		if (cached == null || cached.loadId() != load.id()) {
			cached = new Cached(load.id(), reader.apply(load));
			this.cache.put(load.kind(), cached);
		}
		return (T) cached.value();
	}

	private record Cached(long loadId, Object value) {
	}

}
