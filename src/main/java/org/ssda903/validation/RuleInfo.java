package org.ssda903.validation;

import java.util.List;
import java.util.Set;

import org.ssda903.model.Table;

/**
 * What a data officer sees of a rule: its DfE code, severity, message, the tables and
 * fields it reads, and any data beyond the extract it needs.
 */
public record RuleInfo(String code, Severity severity, String message, List<Table> tables, List<String> fields,
		Years years, Set<Needs> needs) {

	public RuleInfo {
		tables = List.copyOf(tables);
		fields = List.copyOf(fields);
		needs = Set.copyOf(needs);
	}

	/** A rule that reads the extract only. */
	public RuleInfo(String code, Severity severity, String message, List<Table> tables, List<String> fields,
			Years years) {
		this(code, severity, message, tables, fields, years, Set.of());
	}

	/** The same rule, needing also the given data. */
	public RuleInfo needing(Needs... more) {
		return new RuleInfo(this.code, this.severity, this.message, this.tables, this.fields, this.years, Set.of(more));
	}

}
