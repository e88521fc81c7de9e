package org.ssda903.validation;

import java.util.List;

import org.ssda903.model.Table;

/**
 * What a data officer sees of a rule: its DfE code, severity, message, and the tables and fields it reads.
 */
public record RuleInfo(String code, Severity severity, String message, List<Table> tables, List<String> fields,
		Years years) {

	public RuleInfo {
		tables = List.copyOf(tables);
		fields = List.copyOf(fields);
	}

}
