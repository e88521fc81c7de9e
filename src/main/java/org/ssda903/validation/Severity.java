package org.ssda903.validation;

import java.util.Locale;

/**
 * How the DfE treats a failure: an error must be fixed before the return is accepted, a
 * query must be explained.
 */
public enum Severity {

	ERROR, QUERY;

	/** As written in outputs: {@code error} or {@code query}. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
