package org.ssda903.generator;

import java.util.Objects;

import org.ssda903.model.CollectionYear;

/**
 * What to generate: a synthetic council with about {@code children} children looked after
 * at some time in {@code year}, reporting as {@code laCode}; the same options always give
 * the same bytes.
 *
 * @param children children looked after at some time in the collection year,
 * approximately
 * @param year the collection year of the current return; the previous return is the year
 * before
 * @param laCode the council's ONS code, e.g. E06000034 for Thurrock
 * @param seed the seed every random choice derives from
 */
public record GeneratorOptions(int children, CollectionYear year, String laCode, long seed) {

	public GeneratorOptions {
		if (children < 1) {
			throw new IllegalArgumentException("children must be at least 1, got " + children);
		}
		Objects.requireNonNull(year, "year");
		if (laCode == null || !laCode.matches("[EWSN]\\d{8}")) {
			throw new IllegalArgumentException("laCode must be an ONS code such as E06000034, got " + laCode);
		}
	}

}
