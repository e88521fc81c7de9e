package org.ssda903.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
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
		List<Rule> rules = new ArrayList<>(this.ruleSet.rules());
		int count = rules.size();
		String[] skipped = new String[count];
		String[] failed = new String[count];
		List<List<ValidationIssue>> found = new ArrayList<>(count);
		List<Consumer<ValidationIssue>> sinks = new ArrayList<>(count);
		for (int r = 0; r < count; r++) {
			skipped[r] = whySkipped(rules.get(r).info(), suppliedTables);
			List<ValidationIssue> issues = new ArrayList<>();
			found.add(issues);
			sinks.add(issues::add);
			if (skipped[r] == null && rules.get(r) instanceof CohortRule cohort) {
				try {
					rules.set(r, cohort.prepare(children, this.context));
				}
				catch (RuntimeException ex) {
					failed[r] = "error: " + ex.getClass().getSimpleName() + " reading all children";
				}
			}
		}
		// child by child, every rule: a child's rows stay in the processor's cache while all rules read them
		for (ChildRecords child : children) {
			for (int r = 0; r < count; r++) {
				if (skipped[r] != null || failed[r] != null) {
					continue;
				}
				try {
					rules.get(r).check(child, this.context, sinks.get(r));
				}
				catch (RuntimeException ex) {
					failed[r] = "error: " + ex.getClass().getSimpleName() + " on child " + child.child();
				}
			}
		}
		List<ValidationIssue> issues = new ArrayList<>();
		List<RuleRun> runs = new ArrayList<>(count);
		for (int r = 0; r < count; r++) {
			RuleInfo info = this.ruleSet.rules().get(r).info();
			if (skipped[r] != null) {
				runs.add(new RuleRun(info.code(), info.severity(), 0, 0, "skipped: " + skipped[r]));
				continue;
			}
			List<ValidationIssue> ruleIssues = found.get(r);
			issues.addAll(ruleIssues);
			Set<String> failingChildren = new HashSet<>();
			ruleIssues.forEach((issue) -> failingChildren.add(issue.childId()));
			runs.add(new RuleRun(info.code(), info.severity(), ruleIssues.size(), failingChildren.size(),
					failed[r] == null ? "run" : failed[r]));
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
