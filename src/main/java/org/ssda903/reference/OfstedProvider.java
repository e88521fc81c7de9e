package org.ssda903.reference;

import java.time.LocalDate;
import java.util.Set;

/**
 * A provider registered with Ofsted, as the 903 provider rules (1008, 219-229) see it.
 *
 * @param urn Ofsted's unique reference number, upper-cased
 * @param placementCodes the 903 PLACE codes a placement with this provider may have
 * @param providerCodes the 903 PLACE_PROVIDER codes (PR0-PR5) this provider may have
 * @param registrationEnd when the registration ended (closed, deregistered); null while
 * registered
 * @param postcode the setting's postcode, spaces removed and upper-cased; empty when not
 * known
 * @param laCode the ONS code of the local authority the setting is in; empty when not
 * known
 */
public record OfstedProvider(String urn, Set<String> placementCodes, Set<String> providerCodes,
		LocalDate registrationEnd, String postcode, String laCode) {

	public OfstedProvider {
		placementCodes = Set.copyOf(placementCodes);
		providerCodes = Set.copyOf(providerCodes);
		postcode = postcode == null ? "" : postcode;
		laCode = laCode == null ? "" : laCode;
	}

}
