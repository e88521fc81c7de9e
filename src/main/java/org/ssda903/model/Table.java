package org.ssda903.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The 903 files, each with its columns in the order of the DfE layout (ssda903.md 1.4). A
 * file is recognised by its set of column names, never by its name, because councils'
 * extracts name files in their own ways.
 */
public enum Table {

	HEADER("header", Columns.CHILD, Columns.SEX, Columns.DOB, Columns.ETHNIC, Columns.UPN, Columns.MOTHER,
			Columns.MC_DOB),
	EPISODES("episodes", Columns.CHILD, Columns.DECOM, Columns.RNE, Columns.LS, Columns.CIN, Columns.PLACE,
			Columns.PLACE_PROVIDER, Columns.DEC, Columns.REC, Columns.REASON_PLACE_CHANGE, Columns.HOME_POST,
			Columns.PL_POST, Columns.URN),
	UASC("uasc", Columns.CHILD, Columns.SEX, Columns.DOB, Columns.DUC),
	REVIEWS("reviews", Columns.CHILD, Columns.DOB, Columns.REVIEW, Columns.REVIEW_CODE),
	MISSING("missing", Columns.CHILD, Columns.DOB, Columns.MISSING, Columns.MIS_START, Columns.MIS_END),
	OC2("oc2", Columns.CHILD, Columns.DOB, Columns.SDQ_SCORE, Columns.SDQ_REASON, Columns.CONVICTED,
			Columns.HEALTH_CHECK, Columns.IMMUNISATIONS, Columns.TEETH_CHECK, Columns.HEALTH_ASSESSMENT,
			Columns.SUBSTANCE_MISUSE, Columns.INTERVENTION_RECEIVED, Columns.INTERVENTION_OFFERED),
	OC3("oc3", Columns.CHILD, Columns.DOB, Columns.IN_TOUCH, Columns.ACTIV, Columns.ACCOM),
	AD1("ad1", Columns.CHILD, Columns.DOB, Columns.DATE_INT, Columns.DATE_MATCH, Columns.FOSTER_CARE, Columns.NB_ADOPTR,
			Columns.SEX_ADOPTR, Columns.LS_ADOPTR),
	PLACED_FOR_ADOPTION("placed_for_adoption", Columns.CHILD, Columns.DOB, Columns.DATE_PLACED,
			Columns.DATE_PLACED_CEASED, Columns.REASON_PLACED_CEASED),
	PREVIOUS_PERMANENCE("previous_permanence", Columns.CHILD, Columns.DOB, Columns.PREV_PERM, Columns.LA_PERM,
			Columns.DATE_PERM),
	SW_EPISODES("sw_episodes", Columns.CHILD, Columns.DOB, Columns.SW_ID, Columns.SW_DECOM, Columns.SW_DEC,
			Columns.SW_REASON),
	// deprivation of liberty orders, collected from 2026-27; the layout follows the
	// public validator and is not yet
	// confirmed against the DfE specification (ssda903.md 1.4)
	DOLO("dolo", Columns.CHILD, Columns.DOB, Columns.DOLO_START, Columns.DOLO_END);

	private static final Map<Set<String>, Table> BY_COLUMN_SET = new HashMap<>();

	static {
		for (Table table : values()) {
			BY_COLUMN_SET.put(Set.copyOf(table.columns), table);
		}
	}

	private final String baseName;

	private final List<String> columns;

	private final String[] columnArray;

	private final Map<String, Integer> indexByColumn = new HashMap<>();

	Table(String baseName, String... columns) {
		this.baseName = baseName;
		this.columns = List.of(columns);
		this.columnArray = columns.clone();
		for (int i = 0; i < columns.length; i++) {
			this.indexByColumn.put(columns[i], i);
		}
	}

	/**
	 * The conventional file name without extension, e.g. {@code episodes}; the
	 * {@code table} column of outputs.
	 */
	public String baseName() {
		return this.baseName;
	}

	public String fileName() {
		return this.baseName + ".csv";
	}

	/** Columns in DfE order. */
	public List<String> columns() {
		return this.columns;
	}

	/**
	 * Staging and return tables share the 903 shape; the SQL name is the base name with a
	 * prefix.
	 */
	public String sqlName(String prefix) {
		return prefix + this.baseName;
	}

	/**
	 * The SQL column that holds a 903 column: its name in lower case, except DEC, a
	 * reserved word in MySQL.
	 */
	public static String sqlColumn(String column) {
		return column.equals("DEC") ? "dec_" : column.toLowerCase(java.util.Locale.ROOT);
	}

	public int indexOf(String column) {
		// rules name columns with literals, the same interned strings as here: comparing
		// references first finds
		// them without hashing, which matters because every rule reads columns by name
		// for every row
		for (int i = 0; i < this.columnArray.length; i++) {
			if (this.columnArray[i] == column) {
				return i;
			}
		}
		Integer index = this.indexByColumn.get(column);
		if (index == null) {
			throw new IllegalArgumentException(column + " is not a column of " + this.fileName());
		}
		return index;
	}

	public boolean hasColumn(String column) {
		return this.indexByColumn.containsKey(column);
	}

	/**
	 * The table whose column set equals the given header, compared without case and
	 * surrounding blanks, in any order.
	 */
	public static Optional<Table> identify(Collection<String> header) {
		Set<String> normalised = new TreeSet<>();
		for (String name : header) {
			normalised.add(name.trim().toUpperCase(Locale.ROOT));
		}
		if (normalised.size() != header.size()) {
			return Optional.empty();
		}
		return Optional.ofNullable(BY_COLUMN_SET.get(normalised));
	}

	public static Optional<Table> byBaseName(String baseName) {
		return Arrays.stream(values()).filter((t) -> t.baseName.equalsIgnoreCase(baseName)).findFirst();
	}

}
