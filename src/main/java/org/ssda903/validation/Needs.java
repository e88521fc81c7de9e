package org.ssda903.validation;

/**
 * Data a rule needs besides the extract's files. A rule whose data is missing is reported
 * as skipped with the reason, never as passed.
 */
public enum Needs {

	/** Last year's return: stored by last year's run, or given with --previous. */
	PREVIOUS_RETURN("last year's return is not available (no stored return for the year before, no --previous)"),

	/** The ONS postcode lookup, for the placement's local authority and distance. */
	POSTCODES("no postcode lookup was given (--postcodes)"),

	/** The Ofsted lists of children's homes and social care providers. */
	OFSTED_PROVIDERS("no Ofsted provider list was given (--providers) or stored"),

	/** The local authority code list: 3-digit DfE codes and ONS codes. */
	LA_CODES("no local authority code list was given (--la-codes) or stored");

	private final String whenMissing;

	Needs(String whenMissing) {
		this.whenMissing = whenMissing;
	}

	/** Why a rule needing this was skipped. */
	public String whenMissing() {
		return this.whenMissing;
	}

}
