package org.ssda903.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.Table;

/**
 * Runs a year's rule set over every child and tallies each rule. A rule that needs a file the extract does not
 * have is reported as skipped with the reason, never as passed; a rule that throws is reported as failed to run
 * and the others go on. A {@link CohortRule} first reads all children once.
 */
public final class Validator {

	private final RuleSet ruleSet;

	private final ValidationContext context;

	public Validator(RuleSet ruleSet, ValidationContext context) {
		this.ruleSet = ruleSet;
		this.context = context;
	}

	public Result validate(Collection<ChildRecords> children, Set<Table> suppliedTables) {
		List<ValidationIssue> issues = new ArrayList<>();
		List<RuleRun> runs = new ArrayList<>();
		for (Rule rule : this.ruleSet.rules()) {
			RuleInfo info = rule.info();
			String skipped = whySkipped(info, suppliedTables);
			if (skipped != null) {
				runs.add(new RuleRun(info.code(), info.severity(), 0, 0, "skipped: " + skipped));
				continue;
			}
			List<ValidationIssue> found = new ArrayList<>();
			String failure = null;
			Rule running = rule;
			if (rule instanceof CohortRule cohort) {
				try {
					running = cohort.prepare(children, this.context);
				}
				catch (RuntimeException ex) {
					failure = "error: " + ex.getClass().getSimpleName() + " reading all children";
				}
			}
			for (ChildRecords child : children) {
				if (failure != null) {
					break;
				}
				try {
					running.check(child, this.context, found::add);
				}
				catch (RuntimeException ex) {
					failure = "error: " + ex.getClass().getSimpleName() + " on child " + child.child();
				}
			}
			issues.addAll(found);
			Set<String> failingChildren = new HashSet<>();
			found.forEach((issue) -> failingChildren.add(issue.childId()));
			runs.add(new RuleRun(info.code(), info.severity(), found.size(), failingChildren.size(),
					failure == null ? "run" : failure));
		}
		return new Result(issues, runs);
	}

	private String whySkipped(RuleInfo info, Set<Table> suppliedTables) {
		List<Table> missing = info.tables().stream().filter((t) -> !suppliedTables.contains(t)).toList();
		if (!missing.isEmpty()) {
			return missing.stream().map(Table::fileName).collect(Collectors.joining(", ")) + " not supplied";
		}
		return info.needs()
			.stream()
			.filter((need) -> !this.context.available().contains(need))
			.sorted()
			.map(Needs::whenMissing)
			.findFirst()
			.orElse(null);
	}

	/** Issues in the order rules ran, and one tally per rule of the set. */
	public record Result(List<ValidationIssue> issues, List<RuleRun> ruleRuns) {

		public Map<Severity, Integer> countBySeverity() {
			Map<Severity, Integer> counts = new HashMap<>();
			this.issues.forEach((issue) -> counts.merge(issue.severity(), 1, Integer::sum));
			return counts;
		}

	}

}
