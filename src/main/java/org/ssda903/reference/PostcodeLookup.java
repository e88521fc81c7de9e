package org.ssda903.reference;

import java.util.Optional;

/** Finds a postcode's grid reference and local authorities. */
public interface PostcodeLookup {

	/**
	 * The postcode's entry, matched with spaces removed and without case; empty when the
	 * postcode is blank or not known.
	 */
	Optional<GridRef> find(String postcode);

	/** A lookup that knows no postcode: every distance is then unknown. */
	static PostcodeLookup none() {
		return (postcode) -> Optional.empty();
	}

}
