package org.ssda903.reference;

/**
 * The kinds of reference data the product keeps, by the name stored in
 * {@code reference_load.kind}.
 */
public enum ReferenceKind {

	POSTCODES("postcodes"),

	OFSTED_PROVIDERS("ofsted_providers"),

	LA_CODES("la_codes");

	private final String stored;

	ReferenceKind(String stored) {
		this.stored = stored;
	}

	public String stored() {
		return this.stored;
	}

	static ReferenceKind byStored(String stored) {
		for (ReferenceKind kind : values()) {
			if (kind.stored.equals(stored)) {
				return kind;
			}
		}
		throw new IllegalStateException("reference_load holds an unknown kind " + stored);
	}

}
