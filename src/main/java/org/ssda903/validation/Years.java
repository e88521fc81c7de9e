package org.ssda903.validation;

import org.ssda903.model.CollectionYear;

/**
 * The collection years a rule applies to, by the year each ends, both bounds included.
 */
public record Years(int from, int to) {

	public static Years all() {
		return new Years(CollectionYear.FIRST_SUPPORTED, CollectionYear.LAST_SUPPORTED);
	}

	public static Years from(int endYear) {
		return new Years(endYear, CollectionYear.LAST_SUPPORTED);
	}

	public static Years upTo(int endYear) {
		return new Years(CollectionYear.FIRST_SUPPORTED, endYear);
	}

	public static Years only(int endYear) {
		return new Years(endYear, endYear);
	}

	public boolean includes(CollectionYear year) {
		return year.endYear() >= this.from && year.endYear() <= this.to;
	}

	@Override
	public String toString() {
		return this.from == this.to ? String.valueOf(this.from) : this.from + "-" + this.to;
	}

}
