package org.ssda903.reference;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The local authority code list: 3-digit DfE codes, ONS codes and the 903's special
 * codes.
 */
public final class LaCodes {

	/**
	 * The LA_PERM values that are not a council (ssda903.md 2.19): fixed by the DfE
	 * specification, so accepted even when a council's list leaves them out.
	 */
	public static final Set<String> LA_PERM_SPECIAL = Set.of("999", "WAL", "SCO", "NIR", "NUK");

	private static final LaCodes NONE = new LaCodes(List.of());

	private final Map<String, LaCode> byCode;

	public LaCodes(Collection<LaCode> codes) {
		Map<String, LaCode> map = new LinkedHashMap<>();
		codes.forEach((code) -> map.put(code.code(), code));
		this.byCode = map;
	}

	/**
	 * The list that knows no code: for a context without one, where the rules needing it
	 * are skipped.
	 */
	public static LaCodes none() {
		return NONE;
	}

	public Optional<LaCode> find(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	/**
	 * Whether LA_PERM may hold this value: a listed 3-digit DfE code or a special code.
	 */
	public boolean isLaPerm(String code) {
		if (LA_PERM_SPECIAL.contains(code)) {
			return true;
		}
		LaCode listed = this.byCode.get(code);
		return listed != null && listed.kind() != Kind.ONS;
	}

	public Collection<LaCode> all() {
		return this.byCode.values();
	}

	public int size() {
		return this.byCode.size();
	}

	@Override
	public String toString() {
		return "local authority code list of " + size() + " codes";
	}

	/**
	 * The kinds of code, by the name stored in {@code ref_la_code.kind} and written in
	 * the CSV file.
	 */
	public enum Kind {

		/** The DfE's 3-digit (old-style) LA number, e.g. 883 for Thurrock. */
		DFE3("dfe3"),

		/** The ONS code, e.g. E06000034 for Thurrock. */
		ONS("ons"),

		/** A code that stands for no English council: 999, WAL, SCO, NIR, NUK. */
		SPECIAL("special");

		private final String stored;

		Kind(String stored) {
			this.stored = stored;
		}

		public String stored() {
			return this.stored;
		}

		/**
		 * The kind written as in the file or the database; empty when it is none of them.
		 */
		public static Optional<Kind> of(String text) {
			for (Kind kind : values()) {
				if (kind.stored.equalsIgnoreCase(text.trim())) {
					return Optional.of(kind);
				}
			}
			return Optional.empty();
		}

	}

	/**
	 * One code of the list.
	 *
	 * @param code the code, upper-cased
	 * @param kind what kind of code it is
	 * @param name the authority's name, or what the special code stands for
	 */
	public record LaCode(String code, Kind kind, String name) {
	}

}
