package org.ssda903.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.ssda903.common.Progress;
import org.ssda903.model.ChildRecords;
import org.ssda903.model.ChildSource;
import org.ssda903.model.Row;
import org.ssda903.model.Table;

/**
 * Runs a year's rule set over every child and tallies each rule. A rule that needs a file
 * the extract does not have is reported as skipped with the reason, never as passed; a
 * rule that throws is reported as failed to run, judges no later child, and the others go
 * on. A {@link CohortRule} first reads all children once. Children are read and validated
 * a slice at a time, with last year's records of the same children, so that memory is
 * bounded by a few slices, not by the size of the country.
 */
public final class Validator {

	private final RuleSet ruleSet;

	private final ValidationContext context;

	public Validator(RuleSet ruleSet, ValidationContext context) {
		this.ruleSet = ruleSet;
		this.context = context;
	}

	public Result validate(ChildSource children, Set<Table> suppliedTables) {
		return validate(children, suppliedTables, Progress.silent());
	}

	/**
	 * Validates, reporting the children done to the progress.
	 */
	public Result validate(ChildSource children, Set<Table> suppliedTables, Progress progress) {
		List<Rule> rules = new ArrayList<>(this.ruleSet.rules());
		int count = rules.size();
		String[] skipped = new String[count];
		String[] failedToPrepare = new String[count];
		for (int r = 0; r < count; r++) {
			skipped[r] = whySkipped(rules.get(r).info(), suppliedTables);
			if (skipped[r] == null && rules.get(r) instanceof CohortRule cohort) {
				try {
					rules.set(r, cohort.prepare(new Guarded(children), this.context));
				}
				catch (ReadFailure ex) {
					throw ex.getCause();
				}
				catch (RuntimeException ex) {
					failedToPrepare[r] = "error: " + ex.getClass().getSimpleName() + " reading all children";
				}
			}
		}
		Plan plan = new Plan(rules, skipped, failedToPrepare);
		List<String> ids = children.ids();
		progress.expect(ids.size());
		Tally tally = runInSlices(children, ids, plan, progress);
		progress.finish();
		List<ValidationIssue> issues = new ArrayList<>();
		List<RuleRun> runs = new ArrayList<>(count);
		for (int r = 0; r < count; r++) {
			RuleInfo info = this.ruleSet.rules().get(r).info();
			if (skipped[r] != null) {
				runs.add(new RuleRun(info.code(), info.severity(), 0, 0, "skipped: " + skipped[r]));
				continue;
			}
			String failed = failedToPrepare[r] != null ? failedToPrepare[r] : tally.failed[r];
			List<ValidationIssue> ruleIssues = tally.found.get(r);
			issues.addAll(ruleIssues);
			Set<String> failingChildren = new HashSet<>();
			ruleIssues.forEach((issue) -> failingChildren.add(issue.childId()));
			runs.add(new RuleRun(info.code(), info.severity(), ruleIssues.size(), failingChildren.size(),
					failed != null ? failed : ran(tally.unjudged[r])));
		}
		return new Result(issues, runs);
	}

	/**
	 * Reads the slices in id order on this thread and validates each on the machine's
	 * cores while the next are read, tallying their passes in slice order, so that the
	 * issues come out in the same order as from one pass. At most one slice per core and
	 * the one being read are held. Rules share nothing but read-only data; the dates a
	 * row remembers and a child's cached episode order belong to one child, and so to one
	 * slice.
	 */
	private Tally runInSlices(ChildSource children, List<String> ids, Plan plan, Progress progress) {
		int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
		Tally tally = new Tally(plan.rules.size());
		// the first slice to fail each rule: a later slice need not run it, an
		// earlier one must, so that the failure reported is the first in child
		// order however the slices interleave
		AtomicIntegerArray firstFailure = new AtomicIntegerArray(plan.rules.size());
		for (int r = 0; r < plan.rules.size(); r++) {
			firstFailure.set(r, Integer.MAX_VALUE);
		}
		ExecutorService executor = Executors.newFixedThreadPool(cores);
		try {
			Deque<Future<Pass>> inFlight = new ArrayDeque<>();
			int index = 0;
			int size = children.sliceSize();
			for (int from = 0; from < ids.size(); from += size) {
				List<String> sliceIds = ids.subList(from, Math.min(ids.size(), from + size));
				List<ChildRecords> slice = children.read(sliceIds);
				ValidationContext sliceContext = this.context.forSlice(sliceIds);
				int sliceIndex = index++;
				inFlight
					.add(executor.submit(() -> pass(sliceIndex, slice, sliceContext, plan, firstFailure, progress)));
				while (inFlight.size() > cores) {
					tally.add(inFlight.removeFirst().get());
				}
			}
			while (!inFlight.isEmpty()) {
				tally.add(inFlight.removeFirst().get());
			}
			return tally;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("validation was interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("validation failed: " + ex.getCause().getMessage(), ex.getCause());
		}
		finally {
			executor.shutdownNow();
		}
	}

	/** One pass of every rule over a slice of children, child by child. */
	private static Pass pass(int index, List<ChildRecords> children, ValidationContext context, Plan plan,
			AtomicIntegerArray firstFailure, Progress progress) {
		int count = plan.rules.size();
		Pass pass = new Pass(count);
		List<Consumer<ValidationIssue>> sinks = new ArrayList<>(count);
		for (int r = 0; r < count; r++) {
			sinks.add(pass.found.get(r)::add);
		}
		Table[] tables = Table.values();
		// child by child, every rule: a child's rows stay in the processor's cache while
		// all rules read them
		for (ChildRecords child : children) {
			for (Table table : tables) {
				int[] tableRules = plan.rowRulesByTable[table.ordinal()];
				if (tableRules.length == 0 || !child.has(table)) {
					continue;
				}
				List<Row> rows = child.rows(table);
				for (int i = 0; i < rows.size(); i++) {
					Row row = rows.get(i);
					for (int r : tableRules) {
						if (pass.failed[r] != null || firstFailure.get(r) < index) {
							continue;
						}
						try {
							plan.rowRules[r].check(row, context, sinks.get(r));
						}
						catch (RuntimeException ex) {
							pass.failed[r] = failure(ex, child);
							firstFailure.accumulateAndGet(r, index, Math::min);
						}
					}
				}
			}
			for (int r : plan.childRules) {
				if (pass.failed[r] != null || firstFailure.get(r) < index) {
					continue;
				}
				try {
					Rule rule = plan.rules.get(r);
					if (rule.canJudge(child, context)) {
						rule.check(child, context, sinks.get(r));
					}
					else {
						pass.unjudged[r]++;
					}
				}
				catch (RuntimeException ex) {
					pass.failed[r] = failure(ex, child);
					firstFailure.accumulateAndGet(r, index, Math::min);
				}
			}
			progress.add(1);
		}
		return pass;
	}

	/**
	 * The rules that run, arranged for a pass: row rules grouped by table, so that a
	 * child's rows of each table are walked once for all of them, and rules skipped for
	 * the whole run left out once rather than tested per row.
	 */
	private static final class Plan {

		final List<Rule> rules;

		final RowRule[] rowRules;

		final int[][] rowRulesByTable;

		final int[] childRules;

		Plan(List<Rule> rules, String[] skipped, String[] failedToPrepare) {
			this.rules = rules;
			int count = rules.size();
			this.rowRules = new RowRule[count];
			List<Integer> others = new ArrayList<>();
			for (int r = 0; r < count; r++) {
				if (skipped[r] == null && failedToPrepare[r] == null) {
					if (rules.get(r) instanceof RowRule rowRule) {
						this.rowRules[r] = rowRule;
					}
					else {
						others.add(r);
					}
				}
			}
			Table[] tables = Table.values();
			this.rowRulesByTable = new int[tables.length][];
			for (Table table : tables) {
				List<Integer> tableRules = new ArrayList<>();
				for (int r = 0; r < count; r++) {
					if (this.rowRules[r] != null && this.rowRules[r].table() == table) {
						tableRules.add(r);
					}
				}
				this.rowRulesByTable[table.ordinal()] = tableRules.stream().mapToInt(Integer::intValue).toArray();
			}
			this.childRules = others.stream().mapToInt(Integer::intValue).toArray();
		}

	}

	/**
	 * What one pass found, per rule; the passes of all slices, added in slice order, make
	 * the run's tally.
	 */
	private static class Pass {

		final List<List<ValidationIssue>> found;

		final String[] failed;

		/** Children the rule could not check with this run's data. */
		final int[] unjudged;

		Pass(int count) {
			this.found = new ArrayList<>(count);
			for (int r = 0; r < count; r++) {
				this.found.add(new ArrayList<>());
			}
			this.failed = new String[count];
			this.unjudged = new int[count];
		}

	}

	/** What the passes of the slices so far found, per rule. */
	private static final class Tally extends Pass {

		Tally(int count) {
			super(count);
		}

		/**
		 * Adds the next slice's pass; a rule that failed in an earlier slice judged no
		 * later child, so what a later slice found of it is left out.
		 */
		void add(Pass pass) {
			for (int r = 0; r < this.failed.length; r++) {
				if (this.failed[r] != null) {
					continue;
				}
				this.found.get(r).addAll(pass.found.get(r));
				this.unjudged[r] += pass.unjudged[r];
				this.failed[r] = pass.failed[r];
			}
		}

	}

	/**
	 * The children as a cohort rule reads them: a failure to read them (the database
	 * gone, say) is the run's, to fail the step so that it can be restarted, not the
	 * rule's to report.
	 */
	private record Guarded(ChildSource children) implements ChildSource {

		@Override
		public List<String> ids() {
			try {
				return this.children.ids();
			}
			catch (RuntimeException ex) {
				throw new ReadFailure(ex);
			}
		}

		@Override
		public int sliceSize() {
			return this.children.sliceSize();
		}

		@Override
		public List<ChildRecords> read(List<String> ids, Set<Table> tables) {
			try {
				return this.children.read(ids, tables);
			}
			catch (RuntimeException ex) {
				throw new ReadFailure(ex);
			}
		}

	}

	/** A failure of the source, carried through a cohort rule's prepare unchanged. */
	private static final class ReadFailure extends RuntimeException {

		ReadFailure(RuntimeException cause) {
			super(cause);
		}

		@Override
		public synchronized RuntimeException getCause() {
			return (RuntimeException) super.getCause();
		}

	}

	/**
	 * The status of a rule that ran: {@code run}, and how many children it could not
	 * check, if any.
	 */
	private static String ran(int unjudged) {
		if (unjudged == 0) {
			return "run";
		}
		return "run; not checkable for " + unjudged + (unjudged == 1 ? " child" : " children");
	}

	private static String failure(RuntimeException ex, ChildRecords child) {
		return "error: " + ex.getClass().getSimpleName() + " on child " + child.child();
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
	}

}
