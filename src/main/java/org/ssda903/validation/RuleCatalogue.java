package org.ssda903.validation;

import java.util.List;

/** Every rule the product knows, for all years. PLACEHOLDER until the rule files land. */
public final class RuleCatalogue {

	private RuleCatalogue() {
	}

	public static List<Rule> all() {
		return List.of();
	}

}
