package org.ssda903.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssda903.validation.rules.ChildCase.at;
import static org.ssda903.validation.rules.ChildCase.child;
import static org.ssda903.validation.rules.ChildCase.ep;
import static org.ssda903.validation.rules.ChildCase.header;
import static org.ssda903.validation.rules.ChildCase.row;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.ssda903.model.ChildRecords;
import org.ssda903.model.ChildSource;
import org.ssda903.model.CollectionYear;
import org.ssda903.model.Row;
import org.ssda903.model.Table;
import org.ssda903.reference.GridRef;
import org.ssda903.reference.InMemoryPostcodeLookup;
import org.ssda903.validation.Needs;
import org.ssda903.validation.RuleRun;
import org.ssda903.validation.RuleSet;
import org.ssda903.validation.ValidationContext;
import org.ssda903.validation.Validator;

/** This year's return against last year's. */
class CrossYearRulesTests {

	private static final ChildRuleTable RULES = new ChildRuleTable(CrossYearRules.rules());

	/** The episode open at 31 March 2024, as both returns must give it. */
	private static final String[] OPEN_EPISODE = { "DECOM=01/03/2024", "RNE=S", "LS=C2", "CIN=N1", "PLACE=U1",
			"PLACE_PROVIDER=PR1", "URN=SC123456", "HOME_POST=HOME1", "PL_POST=NEAR1" };

	/**
	 * Home, then placements 3.1 miles (twice), 3.5 miles and, in another council, 12.4
	 * miles away.
	 */
	static InMemoryPostcodeLookup postcodes() {
		InMemoryPostcodeLookup lookup = new InMemoryPostcodeLookup();
		lookup.put("HOME1", new GridRef(400000, 300000, ChildRuleTable.LA_CODE, ChildRuleTable.LA_CODE));
		lookup.put("NEAR1", new GridRef(403000, 304000, ChildRuleTable.LA_CODE, ChildRuleTable.LA_CODE));
		lookup.put("NEAR2", new GridRef(403100, 304000, ChildRuleTable.LA_CODE, ChildRuleTable.LA_CODE));
		lookup.put("NEAR3", new GridRef(403500, 304500, ChildRuleTable.LA_CODE, ChildRuleTable.LA_CODE));
		lookup.put("AWAY1", new GridRef(420000, 300000, "E07000001", "E10000001"));
		return lookup;
	}

	/** The open episode, with some values changed. */
	private static Row open(long line, String... changes) {
		return ep(line, Stream.concat(Stream.of(OPEN_EPISODE), Stream.of(changes)).toArray(String[]::new));
	}

	private static Row uasc(String... assignments) {
		return row(Table.UASC, 2, assignments);
	}

	private static Row placed(long line, String... assignments) {
		return row(Table.PLACED_FOR_ADOPTION, line, assignments);
	}

	private static Row missing(long line, String... assignments) {
		return row(Table.MISSING, line, assignments);
	}

	private static Row oc3(String... assignments) {
		return row(Table.OC3, 2, assignments);
	}

	private static final String HEADER = at(Table.HEADER, 2);

	private static String e(long line) {
		return at(Table.EPISODES, line);
	}

	static List<ChildCase> cases() {
		return alsoWithoutLastYear(List.of(
				child("202", 2025, header("SEX=M")).withLastYear(header("SEX=2")).flags(HEADER),
				// the code changed in 2024-25, the child did not
				child("202", 2025, header("SEX=F")).withLastYear(header("SEX=2")).passes(),
				child("202", 2025, header("SEX=F")).withLastYear().passes(),
				child("203", 2025, header("DOB=01/01/2010")).withLastYear(header("DOB=02/01/2010")).flags(HEADER),
				child("203", 2025, header("DOB=01/01/2010")).withLastYear(header("DOB=01/01/2010")).passes(),
				child("204", 2025, header("ETHNIC=WBRI")).withLastYear(header("ETHNIC=WIRI")).flags(HEADER),
				child("204", 2025, header("ETHNIC=WBRI")).withLastYear(header("ETHNIC=WBRI")).passes(),
				child("207", 2025, header(), ep(3, "DECOM=01/05/2024")).withLastYear(header("MOTHER=1")).flags(HEADER),
				child("207", 2025, header()).withLastYear(header("MOTHER=1")).passes(),
				child("207", 2025, header("MOTHER=1"), ep(3, "DECOM=01/05/2024")).withLastYear(header("MOTHER=1"))
					.passes(),
				child("208", 2025, header("UPN=A123456789012")).withLastYear(header("UPN=B123456789012")).flags(HEADER),
				child("208", 2025, header("UPN=UN2")).withLastYear(header("UPN=UN3")).flags(HEADER),
				child("208", 2025, header("UPN=UN2")).withLastYear(header("UPN=UN1")).passes(),
				child("208", 2025, header("UPN=A123456789012")).withLastYear(header("UPN=UN3")).passes(),
				child("624", 2025, header("MC_DOB=01/01/2024")).withLastYear(header("MC_DOB=02/01/2024")).flags(HEADER),
				child("624", 2025, header("MC_DOB=01/01/2024")).withLastYear(header("MC_DOB=01/01/2024")).passes(),
				child("626", 2025, header("MOTHER=1", "MC_DOB=01/01/2024")).withLastYear(header("MOTHER=0"))
					.flags(HEADER),
				child("626", 2025, header("MOTHER=1", "MC_DOB=01/06/2024")).withLastYear(header("MOTHER=0")).passes(),
				child("205A", 2025, header()).withLastYear(header(), uasc("DOB=01/06/2008")).flags(HEADER),
				child("205A", 2025, header()).withLastYear(header(), uasc("DOB=01/06/2008", "DUC=01/06/2023")).passes(),
				child("205B", 2025, header(), uasc("DOB=01/06/2006", "DUC=01/06/2024"))
					.withLastYear(header(), uasc("DOB=01/06/2006", "DUC=01/06/2025"))
					.flags(at(Table.UASC, 2), HEADER),
				child("205B", 2025, header(), uasc("DOB=01/06/2006", "DUC=01/06/2024"))
					.withLastYear(header(), uasc("DOB=01/06/2006", "DUC=01/06/2024"))
					.passes(),
				child("205D", 2025, header(), uasc("DOB=01/06/2008")).withLastYear(header()).flags(at(Table.UASC, 2)),
				child("205D", 2025, header(), uasc("DOB=01/06/2008")).withLastYear(header(), uasc("DOB=01/06/2008"))
					.passes(),
				child("502", 2025, open(2, "DECOM=01/05/2024")).withLastYear(open(2)).flags(e(2)),
				child("502", 2025, open(2)).withLastYear(open(2)).passes(),
				child("502", 2025, open(2, "DECOM=01/05/2024")).withLastYear(open(2, "DEC=01/04/2024", "REC=E4A"))
					.passes(),
				child("503A", 2025, open(2, "RNE=P")).withLastYear(open(2)).flags(e(2)),
				child("503A", 2025, open(2)).withLastYear(open(2)).passes(),
				child("503B", 2025, open(2, "LS=C1")).withLastYear(open(2)).flags(e(2)),
				child("503B", 2025, open(2)).withLastYear(open(2)).passes(),
				child("503C", 2025, open(2, "CIN=N2")).withLastYear(open(2)).flags(e(2)),
				child("503C", 2025, open(2)).withLastYear(open(2)).passes(),
				child("503D", 2025, open(2, "PLACE=U2")).withLastYear(open(2)).flags(e(2)),
				child("503D", 2025, open(2)).withLastYear(open(2)).passes(),
				// H5 became K3 in 2024-25: tolerated in the returns either side of the
				// change, not after
				child("503D", 2023, open(2, "PLACE=K3")).withLastYear(open(2, "PLACE=H5")).flags(e(2)),
				child("503D", 2024, open(2, "PLACE=K3")).withLastYear(open(2, "PLACE=H5")).passes(),
				child("503D", 2025, open(2, "PLACE=K3")).withLastYear(open(2, "PLACE=H5")).passes(),
				child("503D", 2026, open(2, "PLACE=K3")).withLastYear(open(2, "PLACE=H5")).flags(e(2)),
				// Z1 became Z11 to Z14 in 2025-26
				child("503D", 2025, open(2, "PLACE=Z12")).withLastYear(open(2, "PLACE=Z1")).flags(e(2)),
				child("503D", 2026, open(2, "PLACE=Z12")).withLastYear(open(2, "PLACE=Z1")).passes(),
				child("503D", 2027, open(2, "PLACE=Z12")).withLastYear(open(2, "PLACE=Z1")).flags(e(2)),
				child("503E", 2025, open(2, "PLACE_PROVIDER=PR2")).withLastYear(open(2)).flags(e(2)),
				child("503E", 2025, open(2)).withLastYear(open(2)).passes(),
				child("503F", 2025, open(2, "URN=SC654321")).withLastYear(open(2)).flags(e(2)),
				child("503F", 2025, open(2)).withLastYear(open(2)).passes(),
				child("503G", 2025, open(2, "PL_POST=NEAR3")).withLastYear(open(2))
					.withPostcodes(postcodes())
					.flags(e(2)),
				child("503G", 2025, open(2, "HOME_POST=")).withLastYear(open(2)).withPostcodes(postcodes()).flags(e(2)),
				child("503G", 2025, open(2, "PL_POST=NEAR2")).withLastYear(open(2)).withPostcodes(postcodes()).passes(),
				child("503H", 2025, open(2, "PL_POST=AWAY1")).withLastYear(open(2))
					.withPostcodes(postcodes())
					.flags(e(2)),
				child("503H", 2025, open(2, "PL_POST=NEAR3")).withLastYear(open(2)).withPostcodes(postcodes()).passes(),
				child("503J", 2025, open(2, "PL_POST=AWAY1")).withLastYear(open(2))
					.withPostcodes(postcodes())
					.flags(e(2)),
				child("503J", 2025, open(2, "PL_POST=NEAR3")).withLastYear(open(2)).withPostcodes(postcodes()).passes(),
				child("452", 2025, open(2, "PL_POST=AWAY1")).withLastYear(open(2))
					.withPostcodes(postcodes())
					.flags(e(2)),
				child("452", 2025, open(2, "PL_POST=AWAY1", "RNE=P")).withLastYear(open(2))
					.withPostcodes(postcodes())
					.passes(),
				child("453", 2025, open(2, "PL_POST=NEAR3")).withLastYear(open(2))
					.withPostcodes(postcodes())
					.flags(e(2)),
				child("453", 2025, open(2, "PL_POST=NEAR3", "RNE=P")).withLastYear(open(2))
					.withPostcodes(postcodes())
					.passes(),
				child("562", 2025, open(2, "DECOM=01/02/2024")).withLastYear(open(2)).flags(e(2)),
				child("562", 2025, open(2), ep(3, "DECOM=01/05/2024")).withLastYear(open(2)).passes(),
				child("NoE", 2025, open(2), ep(3, "DECOM=01/05/2024")).withLastYear().flags(e(2)),
				child("NoE", 2025, ep(3, "DECOM=01/05/2024")).withLastYear().passes(),
				child("NoE", 2025, open(2)).withLastYear(open(2)).passes(),
				child("559", 2025, placed(2, "DATE_PLACED=01/02/2024")).withLastYear(header())
					.flags(at(Table.PLACED_FOR_ADOPTION, 2)),
				child("559", 2025, placed(2, "DATE_PLACED=01/02/2024"))
					.withLastYear(placed(2, "DATE_PLACED=01/02/2024"))
					.passes(),
				child("560", 2025, placed(2, "DATE_PLACED=01/03/2024"))
					.withLastYear(placed(2, "DATE_PLACED=01/02/2024"))
					.flags(at(Table.PLACED_FOR_ADOPTION, 2)),
				child("560", 2025, placed(2, "DATE_PLACED=01/02/2024"))
					.withLastYear(placed(2, "DATE_PLACED=01/02/2024"))
					.passes(),
				child("561", 2025, placed(2, "DATE_PLACED=01/02/2024"))
					.withLastYear(placed(2, "DATE_PLACED=01/02/2024", "DATE_PLACED_CEASED=01/03/2024"))
					.flags(at(Table.PLACED_FOR_ADOPTION, 2)),
				child("561", 2025, placed(2, "DATE_PLACED=01/02/2024"))
					.withLastYear(placed(2, "DATE_PLACED=01/02/2024"))
					.passes(),
				child("584", 2025, placed(2, "DATE_PLACED=01/01/2024"))
					.withLastYear(placed(2, "DATE_PLACED=01/02/2024", "REASON_PLACED_CEASED=RD1"))
					.flags(at(Table.PLACED_FOR_ADOPTION, 2)),
				child("584", 2025, placed(2, "DATE_PLACED=01/06/2024"))
					.withLastYear(placed(2, "DATE_PLACED=01/02/2024", "REASON_PLACED_CEASED=RD1"))
					.passes(),
				child("576", 2025, missing(2, "MIS_START=05/04/2024"), missing(3, "MIS_START=01/06/2024"))
					.withLastYear(missing(2, "MIS_START=01/03/2024"))
					.flags(at(Table.MISSING, 2)),
				child("576", 2025, missing(2, "MIS_START=01/03/2024", "MIS_END=05/04/2024"))
					.withLastYear(missing(2, "MIS_START=01/03/2024"))
					.passes(),
				// found within this year's file, with or without last year's return
				child("199", 2025, ep(2, "DECOM=01/05/2024", "DEC=01/06/2024", "REC=E11"), ep(3, "DECOM=01/08/2024"))
					.flags(e(3)),
				child("199", 2025, ep(3, "DECOM=01/05/2024"))
					.withLastYear(ep(2, "DECOM=01/01/2023", "DEC=01/02/2023", "REC=E12"))
					.flags(e(3)),
				child("199", 2025, ep(2, "DECOM=01/05/2024", "DEC=01/06/2024", "REC=E4A"), ep(3, "DECOM=01/08/2024"))
					.withLastYear()
					.passes(),
				child("348", 2026, oc3("IN_TOUCH=YES")).withLastYear(oc3("IN_TOUCH=DIED")).flags(at(Table.OC3, 2)),
				child("348", 2026, oc3("IN_TOUCH=DIED")).withLastYear(oc3("IN_TOUCH=DIED")).passes(),
				child("348", 2025, oc3("IN_TOUCH=YES")).withLastYear(oc3("IN_TOUCH=DIED")).passes()));
	}

	/**
	 * Each failing case again without last year's return, for the rules that need it:
	 * they must then stay quiet, being skipped, rather than judge the child on half the
	 * data.
	 */
	private static List<ChildCase> alsoWithoutLastYear(List<ChildCase> cases) {
		Set<String> needLastYear = RULES.rules()
			.stream()
			.filter((rule) -> rule.info().needs().contains(Needs.PREVIOUS_RETURN))
			.map((rule) -> rule.info().code())
			.collect(java.util.stream.Collectors.toSet());
		Stream<ChildCase> without = cases.stream()
			.filter((c) -> c.fires() && needLastYear.contains(c.code()))
			.map((c) -> new ChildCase(c.code(), c.year(), c.rows(), Set.of(), null, c.postcodes(), c.storedYears()));
		return Stream.concat(cases.stream(), without).toList();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void ruleFlagsExactlyTheRowsThatBreakIt(ChildCase childCase) {
		RULES.assertCase(childCase);
	}

	@Test
	void everyRuleHasFailingPassingAndYearBoundaryCases() {
		RULES.assertCovers(cases());
	}

	@Test
	void crossYearRulesAreSkippedWithTheReasonWithoutLastYearsReturn() {
		CollectionYear year = new CollectionYear(2025);
		ChildRecords child = new ChildRecords(ChildCase.CHILD);
		child.add(open(2, "DECOM=01/05/2024"));
		Validator validator = new Validator(new RuleSet(year, CrossYearRules.rules()),
				ValidationContext.of(year, ChildRuleTable.LA_CODE));
		List<RuleRun> runs = validator.validate(ChildSource.of(List.of(child)), Set.of(Table.values())).ruleRuns();
		assertThat(runs).filteredOn((run) -> run.ruleCode().equals("502"))
			.singleElement()
			.satisfies((run) -> assertThat(run.status()).isEqualTo("skipped: " + Needs.PREVIOUS_RETURN.whenMissing()));
		assertThat(runs).filteredOn((run) -> run.ruleCode().equals("199"))
			.singleElement()
			.satisfies((run) -> assertThat(run.status()).isEqualTo("run"));
	}

}
