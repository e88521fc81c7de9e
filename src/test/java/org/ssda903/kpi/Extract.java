package org.ssda903.kpi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.Row;
import org.ssda903.model.Table;

/**
 * A hand-made 903 extract: rows are given column by column, unnamed columns are blank.
 */
final class Extract {

	private final Map<String, ChildRecords> children = new LinkedHashMap<>();

	private long line = 2;

	Extract header(String child, String sex, String dob) {
		return add(Table.HEADER, child, "SEX", sex, "DOB", dob);
	}

	/**
	 * An episode with the fields most KPIs read; DEC and REC blank for an open episode.
	 */
	Extract episode(String child, String decom, String rne, String ls, String place, String dec, String rec) {
		return add(Table.EPISODES, child, "DECOM", decom, "RNE", rne, "LS", ls, "PLACE", place, "DEC", dec, "REC", rec);
	}

	Extract episode(String child, String decom, String rne, String ls, String place, String dec, String rec,
			String homePost, String plPost, String urn) {
		return add(Table.EPISODES, child, "DECOM", decom, "RNE", rne, "LS", ls, "PLACE", place, "DEC", dec, "REC", rec,
				"HOME_POST", homePost, "PL_POST", plPost, "URN", urn);
	}

	Extract uasc(String child, String duc) {
		return add(Table.UASC, child, "DUC", duc);
	}

	Extract missing(String child, String missing, String start, String end) {
		return add(Table.MISSING, child, "MISSING", missing, "MIS_START", start, "MIS_END", end);
	}

	/** Any row of any table, named column by column. */
	Extract row(Table table, String child, String... columnsAndValues) {
		return add(table, child, columnsAndValues);
	}

	/** An episode with its provider. */
	Extract placed(String child, String decom, String rne, String ls, String place, String provider, String dec,
			String rec) {
		return add(Table.EPISODES, child, "DECOM", decom, "RNE", rne, "LS", ls, "PLACE", place, "PLACE_PROVIDER",
				provider, "DEC", dec, "REC", rec);
	}

	Extract oc2(String child, String healthAssessment) {
		return add(Table.OC2, child, "HEALTH_ASSESSMENT", healthAssessment);
	}

	Extract oc3(String child, String dob, String inTouch, String activ) {
		return add(Table.OC3, child, "DOB", dob, "IN_TOUCH", inTouch, "ACTIV", activ);
	}

	List<ChildRecords> children() {
		return new ArrayList<>(this.children.values());
	}

	private Extract add(Table table, String child, String... columnsAndValues) {
		String[] values = new String[table.columns().size()];
		Arrays.fill(values, "");
		values[0] = child;
		for (int i = 0; i < columnsAndValues.length; i += 2) {
			values[table.indexOf(columnsAndValues[i])] = columnsAndValues[i + 1];
		}
		this.children.computeIfAbsent(child, ChildRecords::new).add(Row.of(table, this.line++, values));
		return this;
	}

}
