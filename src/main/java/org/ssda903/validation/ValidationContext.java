package org.ssda903.validation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.ChildSource;
import org.ssda903.model.CollectionYear;
import org.ssda903.model.Table;
import org.ssda903.reference.LaCodes;
import org.ssda903.reference.OfstedProviders;
import org.ssda903.reference.PostcodeLookup;

/**
 * What a rule may know besides the child's own rows.
 *
 * @param year the collection year being validated
 * @param laCode the council's ONS code, e.g. E06000034
 * @param codes the code lists in force that year
 * @param previousYear last year's return, read a slice at a time (see {@link #forSlice});
 * empty when not available (see {@link #available()})
 * @param postcodes the postcode lookup; {@link PostcodeLookup#none()} when not given
 * @param providers the Ofsted provider list; {@link OfstedProviders#none()} when not
 * given
 * @param laCodes the local authority code list; {@link LaCodes#none()} when not given
 * @param available the data beyond the extract that this run has
 * @param storedYears what the council's stored returns of earlier years show;
 * {@link StoredYears#none()} when not loaded
 */
public record ValidationContext(CollectionYear year, String laCode, CodeSets codes, ChildSource previousYear,
		PostcodeLookup postcodes, OfstedProviders providers, LaCodes laCodes, Set<Needs> available,
		StoredYears storedYears) {

	public ValidationContext {
		available = available.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(available));
	}

	/** A context without the provider and LA code lists, as before they existed. */
	public ValidationContext(CollectionYear year, String laCode, CodeSets codes, ChildSource previousYear,
			PostcodeLookup postcodes, Set<Needs> available) {
		this(year, laCode, codes, previousYear, postcodes, OfstedProviders.none(), LaCodes.none(), available,
				StoredYears.none());
	}

	/** A context with the extract only: no last year's return and no reference data. */
	public static ValidationContext of(CollectionYear year, String laCode) {
		return new ValidationContext(year, laCode, CodeSets.forYear(year), ChildSource.empty(), PostcodeLookup.none(),
				Set.of());
	}

	/** This context with last year's return. */
	public ValidationContext withPreviousYear(ChildSource children) {
		return new ValidationContext(this.year, this.laCode, this.codes, children, this.postcodes, this.providers,
				this.laCodes, plus(Needs.PREVIOUS_RETURN), this.storedYears);
	}

	/** This context with a postcode lookup. */
	public ValidationContext withPostcodes(PostcodeLookup lookup) {
		return new ValidationContext(this.year, this.laCode, this.codes, this.previousYear, lookup, this.providers,
				this.laCodes, plus(Needs.POSTCODES), this.storedYears);
	}

	/** This context with the Ofsted provider list. */
	public ValidationContext withProviders(OfstedProviders list) {
		return new ValidationContext(this.year, this.laCode, this.codes, this.previousYear, this.postcodes, list,
				this.laCodes, plus(Needs.OFSTED_PROVIDERS), this.storedYears);
	}

	/** This context with the local authority code list. */
	public ValidationContext withLaCodes(LaCodes list) {
		return new ValidationContext(this.year, this.laCode, this.codes, this.previousYear, this.postcodes,
				this.providers, list, plus(Needs.LA_CODES), this.storedYears);
	}

	/** This context with the council's stored returns of earlier years. */
	public ValidationContext withStoredYears(StoredYears years) {
		return new ValidationContext(this.year, this.laCode, this.codes, this.previousYear, this.postcodes,
				this.providers, this.laCodes, this.available, years);
	}

	public LocalDate start() {
		return this.year.start();
	}

	public LocalDate end() {
		return this.year.end();
	}

	/**
	 * This context for validating the given children: it holds their records of last
	 * year's return, read in one go, so that a rule's {@link #previousYearOf} is a
	 * lookup, and a run holds last year a slice at a time, as it does this year.
	 */
	public ValidationContext forSlice(List<String> ids) {
		if (!this.available.contains(Needs.PREVIOUS_RETURN)) {
			return this;
		}
		Map<String, ChildRecords> byId = new HashMap<>(ids.size() * 2);
		for (ChildRecords child : this.previousYear.read(ids)) {
			byId.put(child.child(), child);
		}
		return new ValidationContext(this.year, this.laCode, this.codes, new PreviousSlice(byId), this.postcodes,
				this.providers, this.laCodes, this.available, this.storedYears);
	}

	/**
	 * The child as in last year's return, or null when the child was not in it. Outside
	 * {@link #forSlice a slice} the child is read from last year's return on its own.
	 */
	public ChildRecords previousYearOf(ChildRecords child) {
		if (this.previousYear instanceof PreviousSlice slice) {
			return slice.byId().get(child.child());
		}
		List<ChildRecords> found = this.previousYear.read(List.of(child.child()));
		return found.isEmpty() ? null : found.get(0);
	}

	private Set<Needs> plus(Needs need) {
		Set<Needs> needs = EnumSet.of(need);
		needs.addAll(this.available);
		return needs;
	}

	/** Last year's records of the children of one slice, by id. */
	private record PreviousSlice(Map<String, ChildRecords> byId) implements ChildSource {

		@Override
		public List<String> ids() {
			return this.byId.keySet().stream().sorted().toList();
		}

		@Override
		public List<ChildRecords> read(List<String> ids, Set<Table> tables) {
			return ChildSource.of(this.byId).read(ids, tables);
		}

	}

}
