package org.ssda903.validation;

import java.util.Set;

import org.ssda903.model.CollectionYear;

/**
 * The code lists of one collection year (ssda903.md section 2). PLACEHOLDER: filled in by the field-rules work.
 */
public record CodeSets(CollectionYear year) {

	public static CodeSets forYear(CollectionYear year) {
		return new CodeSets(year);
	}

	public Set<String> sex() {
		return this.year.endYear() <= 2024 ? Set.of("1", "2") : Set.of("M", "F", "U");
	}

}
