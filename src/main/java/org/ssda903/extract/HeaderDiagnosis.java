package org.ssda903.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.ssda903.model.Table;

/**
 * Says what is wrong with a header that matches no 903 layout, and what to do: the
 * closest layout and the columns that differ from it. A first line that holds no 903
 * column name may be a child's row, so its values are never quoted; other names are
 * quoted only when they look like column names.
 */
final class HeaderDiagnosis {

	/**
	 * A name safe to quote: letters, underscores and spaces, as 903 column names are
	 * written; never an id.
	 */
	private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z_ ]{0,39}");

	private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

	private HeaderDiagnosis() {
	}

	/**
	 * Why the header (its trailing empty names already dropped) matches no layout, and
	 * what to do.
	 */
	static String explain(List<String> header) {
		List<String> names = header.stream().map((name) -> name.trim().toUpperCase(Locale.ROOT)).toList();
		Set<String> known = new HashSet<>();
		for (Table table : Table.values()) {
			known.addAll(table.columns());
		}
		if (names.stream().noneMatch(known::contains)) {
			if (names.stream().anyMatch((name) -> HAS_DIGIT.matcher(name).matches())) {
				return "the first line looks like a data row, not a header: a 903 file starts with a line of column"
						+ " names (CHILD, ...); add the header line, or export the file again with its headers";
			}
			return "its first line holds none of the 903 column names (CHILD, DOB, DECOM, ...): it is not a 903"
					+ " file; move it out of the extract folder, or export it again with the 903 column names";
		}
		Table closest = closest(names);
		if (closest.columns().stream().filter(names::contains).count() < 2) {
			return "its header matches no 903 file layout, and shares no more than one column name with any of"
					+ " them: if it is not a 903 file, move it out of the extract folder; otherwise export it again"
					+ " with the 903 column names";
		}
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			if (names.get(i).isEmpty()) {
				problems.add("column " + (i + 1) + " has no name");
			}
		}
		Set<String> seen = new HashSet<>();
		Set<String> repeated = new LinkedHashSet<>();
		for (String name : names) {
			if (!name.isEmpty() && !seen.add(name)) {
				repeated.add(name);
			}
		}
		repeated.forEach((name) -> problems.add(quote(name) + " appears twice"));
		List<String> missing = new ArrayList<>(closest.columns().stream().filter((c) -> !names.contains(c)).toList());
		List<String> extra = new ArrayList<>(
				names.stream().filter((n) -> !n.isEmpty() && !closest.columns().contains(n)).distinct().toList());
		for (String name : List.copyOf(extra)) {
			String meant = missing.stream().filter((m) -> isMisspelling(name, m)).findFirst().orElse(null);
			if (meant != null) {
				problems.add(quote(name) + " should be " + meant);
				extra.remove(name);
				missing.remove(meant);
			}
		}
		if (!missing.isEmpty()) {
			problems.add("missing " + String.join(", ", missing));
		}
		if (!extra.isEmpty()) {
			problems.add("extra " + String.join(", ", extra.stream().map(HeaderDiagnosis::quote).toList()));
		}
		return "its header matches no 903 file layout; the closest is " + closest.fileName() + ": "
				+ String.join("; ", problems) + ". Correct the header line (the 903 column names, "
				+ closest.columns().size() + " for " + closest.fileName() + ") and run again";
	}

	/**
	 * The layout sharing most names with the header; of equals, the one with fewest
	 * columns to add.
	 */
	private static Table closest(List<String> names) {
		Table best = null;
		long bestShared = -1;
		for (Table table : Table.values()) {
			long shared = table.columns().stream().filter(names::contains).count();
			if (shared > bestShared || (shared == bestShared && table.columns().size() < best.columns().size())) {
				best = table;
				bestShared = shared;
			}
		}
		return best;
	}

	private static String quote(String name) {
		return PLAIN_NAME.matcher(name).matches() ? name : "a column name that is not a plain name";
	}

	/**
	 * Names that differ by case, spaces or underscores, or by at most two letters, e.g.
	 * DECOMM for DECOM.
	 */
	static boolean isMisspelling(String written, String column) {
		String a = written.replaceAll("[ _-]", "");
		String b = column.replace("_", "");
		return a.equals(b) || distance(written, column) <= Math.min(2, column.length() / 3);
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
