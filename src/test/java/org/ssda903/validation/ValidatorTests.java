package org.ssda903.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.ChildSource;
import org.ssda903.model.CollectionYear;
import org.ssda903.model.Row;
import org.ssda903.model.Table;
import org.ssda903.support.WatchedChildSource;
import org.ssda903.validation.rules.HeaderCohortRules;

class ValidatorTests {

	private static final CollectionYear YEAR = new CollectionYear(2026);

	private static final ValidationContext CONTEXT = ValidationContext.of(YEAR, "E06000034");

	@Test
	void cohortRuleSeesEveryChildBeforeJudgingEach() {
		List<ChildRecords> children = List.of(child("C1", 2, "A123456789012"), child("C2", 3, "A123456789012"),
				child("C3", 4, "B123456789012"), child("C4", 5, "UN1"), child("C5", 6, "UN1"));
		Validator.Result result = new Validator(new RuleSet(YEAR, HeaderCohortRules.rules()), CONTEXT)
			.validate(ChildSource.of(children), Set.of(Table.HEADER));
		assertThat(result.issues()).extracting(ValidationIssue::childId).containsExactly("C1", "C2");
		assertThat(result.issues()).extracting(ValidationIssue::line).containsExactly(2L, 3L);
		assertThat(result.ruleRuns()).containsExactly(new RuleRun("444", Severity.ERROR, 2, 2, "run"));
	}

	@Test
	void cohortRuleThatFailsToPrepareIsReportedAndJudgesNoChild() {
		Rule broken = new CohortRule() {

			@Override
			public RuleInfo info() {
				return new RuleInfo("999", Severity.ERROR, "Broken.", List.of(Table.HEADER), List.of("UPN"),
						Years.all());
			}

			@Override
			public Rule prepare(ChildSource all, ValidationContext context) {
				throw new IllegalStateException("cannot read the cohort");
			}

			@Override
			public void check(ChildRecords child, ValidationContext context, Consumer<ValidationIssue> issues) {
				throw new AssertionError("a child was judged without the cohort");
			}

		};
		Validator.Result result = new Validator(new RuleSet(YEAR, List.of(broken)), CONTEXT)
			.validate(ChildSource.of(List.of(child("C1", 2, "A123456789012"))), Set.of(Table.HEADER));
		assertThat(result.issues()).isEmpty();
		assertThat(result.ruleRuns()).singleElement()
			.extracting(RuleRun::status)
			.isEqualTo("error: IllegalStateException reading all children");
	}

	@Test
	void childrenARuleCannotCheckAreCountedInItsStatusNotReported() {
		List<Rule> careLeaverCheck = RuleCatalogue.all()
			.stream()
			.filter((rule) -> rule.info().code().equals("1002"))
			.toList();
		// C1 was 14 in 2022-23, a year not stored; C2 turns 14 this year, so no earlier
		// year is needed
		List<ChildRecords> children = List.of(careLeaver("C1", "01/06/2008"), careLeaver("C2", "01/06/2011"));
		ValidationContext context = CONTEXT.withStoredYears(new StoredYears(Map.of(2025, Set.of())));
		Validator.Result result = new Validator(new RuleSet(YEAR, careLeaverCheck), context)
			.validate(ChildSource.of(children), Set.of(Table.HEADER, Table.EPISODES, Table.OC3));
		assertThat(result.issues()).extracting(ValidationIssue::childId).containsExactly("C2");
		assertThat(result.ruleRuns())
			.containsExactly(new RuleRun("1002", Severity.ERROR, 1, 1, "run; not checkable for 1 child"));
	}

	@Test
	void issuesComeByRuleThenByChildAcrossSlices() {
		// the UPN pairs straddle the slices' edges, so a pair is only seen whole through
		// the cohort's first pass
		List<ChildRecords> children = new ArrayList<>();
		int count = 2 * ChildSource.SLICE + 3;
		for (int i = 0; i < count; i++) {
			children.add(child(id(i), i + 2, "A" + (100000000000L + (i + 1) / 2)));
		}
		Rule everyHeader = ChildRule.of("100", Severity.ERROR, List.of(Table.HEADER), List.of("UPN"), Years.all(),
				"Every header.", (child, context, flag) -> flag.accept(child.header()));
		Validator.Result result = new Validator(
				new RuleSet(YEAR, List.of(HeaderCohortRules.rules().get(0), everyHeader)), CONTEXT)
			.validate(ChildSource.of(children), Set.of(Table.HEADER));
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			expected.add("100 " + id(i));
		}
		for (int i = 1; i < count; i++) {
			expected.add("444 " + id(i));
		}
		assertThat(result.issues()).extracting((issue) -> issue.ruleCode() + " " + issue.childId())
			.containsExactlyElementsOf(expected);
	}

	@Test
	void lastYearIsReadASliceAtATimeAndEachChildFindsItsOwn() {
		List<ChildRecords> children = new ArrayList<>();
		List<ChildRecords> lastYear = new ArrayList<>();
		for (int i = 0; i < 2 * ChildSource.SLICE + 3; i++) {
			children.add(child(id(i), i + 2, "UN1"));
			if (i % 3 == 0) {
				lastYear.add(child(id(i), i + 2, "UN1"));
			}
		}
		List<Integer> reads = new ArrayList<>();
		ChildSource lastYearSource = counting(ChildSource.of(lastYear), reads);
		Rule inLastYear = ChildRule.of("100", Severity.ERROR, List.of(Table.HEADER), List.of("UPN"), Years.all(),
				"In last year's return.", (child, context, flag) -> {
					ChildRecords last = context.previousYearOf(child);
					if (last != null && last.child().equals(child.child())) {
						flag.accept(child.header());
					}
				})
			.needing(Needs.PREVIOUS_RETURN);
		Validator.Result result = new Validator(new RuleSet(YEAR, List.of(inLastYear)),
				CONTEXT.withPreviousYear(lastYearSource))
			.validate(ChildSource.of(children), Set.of(Table.HEADER));
		assertThat(result.issues()).extracting(ValidationIssue::childId)
			.containsExactlyElementsOf(lastYear.stream().map(ChildRecords::child).toList());
		assertThat(reads).hasSize(3).allMatch((ids) -> ids <= ChildSource.SLICE);
	}

	@Test
	void ruleThatThrowsIsReportedOnTheFirstChildItFailsOnAndJudgesNoLaterChild() {
		List<ChildRecords> children = new ArrayList<>();
		for (int i = 0; i < 3 * ChildSource.SLICE; i++) {
			children.add(child(id(i), i + 2, "UN1"));
		}
		String failsOn = id(ChildSource.SLICE + 5);
		Rule fragile = ChildRule.of("100", Severity.ERROR, List.of(Table.HEADER), List.of("UPN"), Years.all(),
				"Fragile.", (child, context, flag) -> {
					if (child.child().compareTo(failsOn) >= 0) {
						throw new IllegalStateException("cannot judge " + child.child());
					}
					flag.accept(child.header());
				});
		Validator.Result result = new Validator(new RuleSet(YEAR, List.of(fragile)), CONTEXT)
			.validate(ChildSource.of(children), Set.of(Table.HEADER));
		assertThat(result.issues()).hasSize(ChildSource.SLICE + 5);
		assertThat(result.ruleRuns()).singleElement()
			.extracting(RuleRun::status)
			.isEqualTo("error: IllegalStateException on child " + failsOn);
	}

	@Test
	void failureToReadTheChildrenFailsTheValidationNotTheCohortRule() {
		ChildSource gone = new ChildSource() {

			@Override
			public List<String> ids() {
				return List.of("C1");
			}

			@Override
			public List<ChildRecords> read(List<String> ids, Set<Table> tables) {
				throw new IllegalStateException("the database is gone");
			}

		};
		Validator validator = new Validator(new RuleSet(YEAR, HeaderCohortRules.rules()), CONTEXT);
		assertThatThrownBy(() -> validator.validate(gone, Set.of(Table.HEADER)))
			.isExactlyInstanceOf(IllegalStateException.class)
			.hasMessage("the database is gone");
	}

	/** The source, noting how many children each read asks for. */
	private static ChildSource counting(ChildSource source, List<Integer> reads) {
		return WatchedChildSource.of(source, (ids) -> {
			synchronized (reads) {
				reads.add(ids.size());
			}
		});
	}

	private static String id(int i) {
		return String.format("C%05d", i);
	}

	private static ChildRecords careLeaver(String id, String dob) {
		ChildRecords child = new ChildRecords(id);
		child.add(Row.of(Table.OC3, 2, id, dob, "YES", "F1", "U1"));
		return child;
	}

	private static ChildRecords child(String id, long line, String upn) {
		ChildRecords child = new ChildRecords(id);
		child.add(Row.of(Table.HEADER, line, id, "M", "01/01/2015", "WBRI", upn, "", ""));
		return child;
	}

}
