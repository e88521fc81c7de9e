package org.ssda903.validation.rules;

import static org.ssda903.model.Table.AD1;
import static org.ssda903.model.Table.HEADER;
import static org.ssda903.model.Table.OC2;
import static org.ssda903.model.Table.OC3;
import static org.ssda903.model.Table.PREVIOUS_PERMANENCE;
import static org.ssda903.model.Table.UASC;
import static org.ssda903.validation.Severity.ERROR;

import java.util.List;

import org.ssda903.model.Columns;
import org.ssda903.model.Table;
import org.ssda903.validation.ChildRule;
import org.ssda903.validation.Rule;
import org.ssda903.validation.Years;

/**
 * Files that hold at most one row per child (ssda903.md 3.C, tool-internal INT31-INT36):
 * every row of a child who appears twice is reported, since which one is right is for the
 * council to say.
 */
public final class HeaderUniquenessRules {

	private static final List<Rule> RULES = List.of(onePerChild("INT31", AD1), onePerChild("INT32", HEADER),
			onePerChild("INT33", OC2), onePerChild("INT34", OC3), onePerChild("INT35", PREVIOUS_PERMANENCE),
			onePerChild("INT36", UASC));

	private HeaderUniquenessRules() {
	}

	public static List<Rule> rules() {
		return RULES;
	}

	private static Rule onePerChild(String code, Table table) {
		return ChildRule.of(code, ERROR, List.of(table), List.of(Columns.CHILD), Years.all(),
				"The child appears more than once in " + table.fileName() + ".", (child, ctx, flag) -> {
					if (child.rows(table).size() > 1) {
						child.rows(table).forEach(flag);
					}
				});
	}

}
