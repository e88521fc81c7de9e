package org.ssda903.reference;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * The stored reference data, read from the database once per load and kept while it is current. Validation and
 * the KPIs both need the postcode lookup, and reading 2.7 million postcodes back takes long enough to do once.
 */
@Component
public class ReferenceSnapshot {

	private final ReferenceData data;

	private final Map<ReferenceKind, Long> loadIds = new EnumMap<>(ReferenceKind.class);

	private final Map<ReferenceKind, Optional<?>> values = new EnumMap<>(ReferenceKind.class);

	public ReferenceSnapshot(ReferenceData data) {
		this.data = data;
	}

	public Optional<PostcodeLookup> postcodes() {
		return current(ReferenceKind.POSTCODES, () -> this.data.postcodes(null));
	}

	public Optional<OfstedProviders> providers() {
		return current(ReferenceKind.OFSTED_PROVIDERS, () -> this.data.providers(null));
	}

	public Optional<LaCodes> laCodes() {
		return current(ReferenceKind.LA_CODES, () -> this.data.laCodes(null));
	}

	@SuppressWarnings("unchecked")
	private synchronized <T> Optional<T> current(ReferenceKind kind, Supplier<Optional<T>> read) {
		Long loadId = this.data.currentLoad(kind).map(ReferenceLoad::id).orElse(null);
		if (loadId == null) {
			return Optional.empty();
		}
		if (!loadId.equals(this.loadIds.get(kind))) {
			this.values.put(kind, read.get());
			this.loadIds.put(kind, loadId);
		}
		return (Optional<T>) this.values.get(kind);
	}

}
