package org.ssda903.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.ssda903.model.CollectionYear;
import org.ssda903.model.Table;

class RuleCatalogueTests {

	static IntStream supportedYears() {
		return IntStream.rangeClosed(CollectionYear.FIRST_SUPPORTED, CollectionYear.LAST_SUPPORTED);
	}

	@ParameterizedTest
	@MethodSource("supportedYears")
	void eachYearHasRulesWithUniqueCodes(int endYear) {
		List<String> codes = codesIn(endYear);
		assertThat(codes).isNotEmpty().doesNotHaveDuplicates();
	}

	@Test
	void everyRuleSaysWhichSourceFileDeclaresIt() {
		for (Rule rule : RuleCatalogue.all()) {
			String declaredIn = RuleCatalogue.declaredIn(rule);
			assertThat(Path.of("src/main/java", declaredIn)).as(rule.info().code()).satisfies(Files::isRegularFile);
		}
	}

	@Test
	void everyRuleReadsOnlyColumnsOfItsTables() {
		for (Rule rule : RuleCatalogue.all()) {
			RuleInfo info = rule.info();
			assertThat(info.tables()).as(info.code()).isNotEmpty();
			for (String field : info.fields()) {
				assertThat(info.tables().stream().anyMatch((table) -> table.hasColumn(field)))
					.as("%s reads %s", info.code(), field)
					.isTrue();
			}
		}
	}

	@Test
	void everyRowRuleChecksTheTableItDeclares() {
		for (Rule rule : RuleCatalogue.all()) {
			if (rule instanceof RowRule rowRule) {
				assertThat(rowRule.info().tables()).as(rowRule.info().code()).containsExactly(rowRule.table());
			}
		}
	}

	@Test
	void everyRuleHasAMessageFieldsAndSupportedYears() {
		for (Rule rule : RuleCatalogue.all()) {
			RuleInfo info = rule.info();
			assertThat(info.message()).as(info.code()).isNotBlank();
			assertThat(info.fields()).as(info.code()).isNotEmpty();
			assertThat(info.years().from()).as(info.code())
				.isBetween(CollectionYear.FIRST_SUPPORTED, info.years().to());
			assertThat(info.years().to()).as(info.code()).isLessThanOrEqualTo(CollectionYear.LAST_SUPPORTED);
		}
	}

	@Test
	void unknownSexQueryStartsIn2024To25() {
		assertThat(yearsWith("232")).containsExactly(2025, 2026, 2027);
		assertThat(RuleCatalogue.all().stream().filter((rule) -> rule.info().code().equals("232")))
			.allMatch((rule) -> rule.info().severity() == Severity.QUERY);
	}

	@Test
	void placementRulesForTheOctober2023ChangesApplyOnlyIn2023To24() {
		assertThat(yearsWith("217t")).containsExactly(2024);
		assertThat(yearsWith("230")).containsExactly(2024);
	}

	@Test
	void rulesDeletedIn2024To25StopAfter2023To24() {
		for (String code : List.of("445", "451", "555", "556", "SW01STG1", "SW03STG1", "SW11aSTG2", "SW14STG2")) {
			assertThat(yearsWith(code)).as(code).doesNotContain(2025, 2026, 2027);
		}
	}

	@Test
	void socialWorkerRulesStartWithTheirFileIn2023To24() {
		assertThat(ruleSetFor2023().rules()).noneMatch((rule) -> rule.info().tables().contains(Table.SW_EPISODES));
		assertThat(new RuleSet(new CollectionYear(2024), RuleCatalogue.all()).rules())
			.anyMatch((rule) -> rule.info().tables().contains(Table.SW_EPISODES));
	}

	@Test
	void duplicateUpnAndClosedSocialWorkerChecksStartIn2025To26() {
		assertThat(yearsWith("444")).containsExactly(2026, 2027);
		assertThat(yearsWith("SW17STG2")).containsExactly(2026, 2027);
	}

	@Test
	void rulesReadingLastYearDeclareIt() {
		for (String code : List.of("1001", "1010")) {
			assertThat(RuleCatalogue.all().stream().filter((rule) -> rule.info().code().equals(code))).as(code)
				.isNotEmpty()
				.allMatch((rule) -> rule.info().needs().contains(Needs.PREVIOUS_RETURN));
		}
	}

	private static RuleSet ruleSetFor2023() {
		return new RuleSet(new CollectionYear(2023), RuleCatalogue.all());
	}

	private static List<String> codesIn(int endYear) {
		return new RuleSet(new CollectionYear(endYear), RuleCatalogue.all()).rules()
			.stream()
			.map((rule) -> rule.info().code())
			.toList();
	}

	private static List<Integer> yearsWith(String code) {
		return supportedYears().filter((year) -> codesIn(year).contains(code)).boxed().toList();
	}

}
