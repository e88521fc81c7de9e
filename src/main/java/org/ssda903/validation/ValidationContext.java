package org.ssda903.validation;

import java.time.LocalDate;

import org.ssda903.model.CollectionYear;

/**
 * What a rule may know besides the child's own rows: the collection year and its code lists, and the council.
 *
 * @param year the collection year being validated
 * @param laCode the council's ONS code, e.g. E06000034
 * @param codes the code lists in force that year
 */
public record ValidationContext(CollectionYear year, String laCode, CodeSets codes) {

	public static ValidationContext of(CollectionYear year, String laCode) {
		return new ValidationContext(year, laCode, CodeSets.forYear(year));
	}

	public LocalDate start() {
		return this.year.start();
	}

	public LocalDate end() {
		return this.year.end();
	}

}
