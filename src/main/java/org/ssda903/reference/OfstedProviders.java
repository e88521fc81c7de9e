package org.ssda903.reference;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The Ofsted provider list by URN. */
public final class OfstedProviders {

	private static final OfstedProviders NONE = new OfstedProviders(List.of());

	private final Map<String, OfstedProvider> byUrn;

	/**
	 * A later entry for a URN replaces an earlier one, as a later row of a list is the
	 * newer registration.
	 */
	public OfstedProviders(Collection<OfstedProvider> providers) {
		Map<String, OfstedProvider> map = new LinkedHashMap<>();
		providers.forEach((provider) -> map.put(provider.urn(), provider));
		this.byUrn = map;
	}

	/**
	 * The list that knows no provider: for a context without one, where the provider
	 * rules are skipped.
	 */
	public static OfstedProviders none() {
		return NONE;
	}

	/**
	 * The provider of a URN (matched without case or surrounding spaces), empty when not
	 * listed.
	 */
	public Optional<OfstedProvider> find(String urn) {
		return urn == null ? Optional.empty()
				: Optional.ofNullable(this.byUrn.get(urn.trim().toUpperCase(Locale.ROOT)));
	}

	public Collection<OfstedProvider> all() {
		return this.byUrn.values();
	}

	public int size() {
		return this.byUrn.size();
	}

	@Override
	public String toString() {
		return "Ofsted provider list of " + size() + " providers";
	}

}
