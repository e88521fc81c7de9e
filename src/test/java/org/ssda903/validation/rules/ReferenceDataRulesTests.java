package org.ssda903.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssda903.validation.rules.RuleCase.fails;
import static org.ssda903.validation.rules.RuleCase.passes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.ChildSource;
import org.ssda903.model.CollectionYear;
import org.ssda903.model.Row;
import org.ssda903.model.Table;
import org.ssda903.reference.LaCodes;
import org.ssda903.reference.LaCodes.Kind;
import org.ssda903.reference.LaCodes.LaCode;
import org.ssda903.reference.OfstedProvider;
import org.ssda903.reference.OfstedProviders;
import org.ssda903.validation.Rule;
import org.ssda903.validation.RuleRun;
import org.ssda903.validation.RuleSet;
import org.ssda903.validation.ValidationContext;
import org.ssda903.validation.ValidationIssue;
import org.ssda903.validation.Validator;

/**
 * The rules that judge the extract against reference data: the Ofsted provider list and
 * the LA code list.
 */
class ReferenceDataRulesTests {

	private static final String OWN_LA = "E06000034";

	private static final OfstedProviders PROVIDERS = new OfstedProviders(List.of(
			new OfstedProvider("SC100001", Set.of("K2"), Set.of("PR4"), null, "RM175AA", OWN_LA),
			new OfstedProvider("SC100002", Set.of("U1", "U4"), Set.of("PR1", "PR2"), LocalDate.of(2024, 6, 30), "",
					"E10000012"),
			new OfstedProvider("SC100003", Set.of("K2"), Set.of("PR2"), null, "", OWN_LA),
			new OfstedProvider("SC100004", Set.of("K2"), Set.of("PR1"), null, "", "")));

	/** A list without the special codes, to show that 633 accepts them all the same. */
	private static final LaCodes LA_CODES = new LaCodes(List.of(new LaCode("883", Kind.DFE3, "Thurrock"),
			new LaCode(OWN_LA, Kind.ONS, "Thurrock"), new LaCode("881", Kind.DFE3, "Essex")));

	private static final RuleTable PROVIDER_RULES = new RuleTable(Table.EPISODES, ProviderRules.rules());

	private static final RuleTable LA_PERM_RULE = new RuleTable(Table.PREVIOUS_PERMANENCE,
			PreviousPermanenceRules.rules().stream().filter((r) -> r.info().code().equals("633")).toList());

	static List<RuleCase> providerCases() {
		return List.of(fails("1008", 2025, "URN=SC999999"), passes("1008", 2025, "URN=SC100001"),
				passes("1008", 2025, "URN=XXXXXXX"), passes("1008", 2025, "URN="),
				fails("219", 2025, "URN=SC100001", "PLACE=K1"), passes("219", 2025, "URN=SC100001", "PLACE=K2"),
				passes("219", 2025, "URN=SC999999", "PLACE=K1"), passes("219", 2025, "URN=XXXXXXX", "PLACE=K1"),
				fails("224", 2025, "URN=SC100001", "PLACE_PROVIDER=PR1"),
				passes("224", 2025, "URN=SC100001", "PLACE_PROVIDER=PR4"),
				fails("221", 2023, "URN=SC100001", "LS=C2", "PLACE=K2", "PL_POST=RM17 6AA"),
				passes("221", 2023, "URN=SC100001", "LS=C2", "PLACE=K2", "PL_POST=RM17 5AA"),
				passes("221", 2023, "URN=SC100001", "LS=C2", "PLACE=K3", "PL_POST=RM17 6AA"),
				fails("221", 2024, "URN=SC100001", "LS=C2", "PLACE=H5", "PL_POST=RM17 6AA"),
				passes("221", 2024, "URN=SC100001", "LS=V3", "PLACE=K2", "PL_POST=RM17 6AA"),
				fails("221", 2025, "URN=SC100001", "LS=C2", "PLACE=K3", "PL_POST=RM17 6AA"),
				passes("221", 2025, "URN=SC100001", "LS=C2", "PLACE=H5", "PL_POST=RM17 6AA"),
				passes("221", 2025, "URN=SC100003", "LS=C2", "PLACE=K2", "PL_POST=RM17 6AA"),
				fails("227", 2025, "URN=SC100002", "DECOM=30/06/2024"),
				passes("227", 2025, "URN=SC100002", "DECOM=29/06/2024"),
				passes("227", 2025, "URN=SC100001", "DECOM=30/06/2024"),
				fails("228", 2025, "URN=SC100002", "DECOM=01/04/2024", "DEC=01/07/2024"),
				fails("228", 2025, "URN=SC100002", "DECOM=01/04/2024"),
				passes("228", 2025, "URN=SC100002", "DECOM=01/04/2024", "DEC=30/06/2024"),
				fails("229", 2025, "URN=SC100002", "PLACE_PROVIDER=PR1"),
				fails("229", 2025, "URN=SC100003", "PLACE_PROVIDER=PR2"),
				passes("229", 2025, "URN=SC100001", "PLACE_PROVIDER=PR1"),
				passes("229", 2025, "URN=SC100002", "PLACE_PROVIDER=PR2"),
				passes("229", 2025, "URN=SC100004", "PLACE_PROVIDER=PR2"));
	}

	static List<RuleCase> laPermCases() {
		return List.of(fails("633", 2025, "LA_PERM=123"), fails("633", 2025, "LA_PERM=E06000034"),
				fails("633", 2025, "LA_PERM=ENG"), passes("633", 2025, "LA_PERM=883"),
				passes("633", 2025, "LA_PERM=999"), passes("633", 2025, "LA_PERM=NUK"),
				passes("633", 2025, "LA_PERM="));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("providerCases")
	void providerRuleFiresOnlyOnRowsThatBreakIt(RuleCase ruleCase) {
		assertCase(Table.EPISODES, ProviderRules.rules(), ruleCase);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("laPermCases")
	void laPermIsCheckedAgainstTheList(RuleCase ruleCase) {
		assertCase(Table.PREVIOUS_PERMANENCE, LA_PERM_RULE.rules(), ruleCase);
	}

	@Test
	void everyRuleHasFailingPassingAndYearBoundaryCases() {
		PROVIDER_RULES.assertCovers(providerCases());
		LA_PERM_RULE.assertCovers(laPermCases());
	}

	@Test
	void withoutTheReferenceDataEachRuleIsSkippedWithTheReason() {
		CollectionYear year = new CollectionYear(2025);
		List<Rule> rules = Stream.concat(ProviderRules.rules().stream(), LA_PERM_RULE.rules().stream()).toList();
		ChildRecords child = new ChildRecords("C1");
		child.add(row(Table.EPISODES, "URN=SC999999"));
		child.add(row(Table.PREVIOUS_PERMANENCE, "LA_PERM=123"));
		Validator.Result result = new Validator(new RuleSet(year, rules), ValidationContext.of(year, OWN_LA))
			.validate(ChildSource.of(List.of(child)), Set.of(Table.EPISODES, Table.PREVIOUS_PERMANENCE));
		assertThat(result.issues()).isEmpty();
		assertThat(result.ruleRuns()).extracting(RuleRun::ruleCode)
			.containsExactlyInAnyOrder("219", "221", "224", "227", "228", "229", "633", "1008");
		for (RuleRun run : result.ruleRuns()) {
			String reason = run.ruleCode().equals("633") ? "skipped: no local authority code list was given"
					: "skipped: no Ofsted provider list was given";
			assertThat(run.status()).as(run.ruleCode()).startsWith(reason);
		}
	}

	@Test
	void withTheReferenceDataTheRulesRun() {
		CollectionYear year = new CollectionYear(2025);
		ChildRecords child = new ChildRecords("C1");
		child.add(row(Table.EPISODES, "URN=SC999999"));
		Validator.Result result = new Validator(new RuleSet(year, ProviderRules.rules()), context(year))
			.validate(ChildSource.of(List.of(child)), Set.of(Table.EPISODES));
		assertThat(result.ruleRuns()).allMatch((run) -> run.status().equals("run"));
		assertThat(result.issues()).extracting(ValidationIssue::ruleCode).containsExactly("1008");
	}

	private static void assertCase(Table table, List<Rule> rules, RuleCase ruleCase) {
		CollectionYear year = new CollectionYear(ruleCase.year());
		ChildRecords child = new ChildRecords("C1");
		child.add(row(table,
				ruleCase.values()
					.entrySet()
					.stream()
					.map((e) -> e.getKey() + "=" + e.getValue())
					.toArray(String[]::new)));
		List<ValidationIssue> issues = new ArrayList<>();
		new RuleSet(year, rules).check(child, context(year), issues::add);
		Set<String> fired = issues.stream().map(ValidationIssue::ruleCode).collect(Collectors.toSet());
		if (ruleCase.fires()) {
			assertThat(fired).contains(ruleCase.code());
		}
		else {
			assertThat(fired).doesNotContain(ruleCase.code());
		}
	}

	private static ValidationContext context(CollectionYear year) {
		return ValidationContext.of(year, OWN_LA).withProviders(PROVIDERS).withLaCodes(LA_CODES);
	}

	/** A row as loaded: values upper-cased, as the extract loader leaves them. */
	private static Row row(Table table, String... assignments) {
		String[] values = new String[table.columns().size()];
		Arrays.fill(values, "");
		values[0] = "C1";
		for (String assignment : assignments) {
			int equals = assignment.indexOf('=');
			values[table.indexOf(assignment.substring(0, equals))] = assignment.substring(equals + 1);
		}
		return new Row(table, 2, values);
	}

}
