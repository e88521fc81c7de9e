package org.ssda903.validation.rules;

import static org.ssda903.model.Table.HEADER;
import static org.ssda903.validation.Severity.ERROR;
import static org.ssda903.validation.Severity.QUERY;
import static org.ssda903.validation.rules.RowChecks.is;
import static org.ssda903.validation.rules.RowChecks.isAfter;
import static org.ssda903.validation.rules.RowChecks.isBefore;
import static org.ssda903.validation.rules.RowChecks.isInvalidDate;
import static org.ssda903.validation.rules.RowChecks.isMissingOrInvalidDate;
import static org.ssda903.validation.rules.RowChecks.isMissingOrNotIn;
import static org.ssda903.validation.rules.RowChecks.isOnOrBefore;
import static org.ssda903.validation.rules.RowChecks.plusYears;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.ssda903.model.Columns;
import org.ssda903.model.Row;
import org.ssda903.validation.RowRule;
import org.ssda903.validation.Rule;
import org.ssda903.validation.ValidationContext;
import org.ssda903.validation.Years;

/** Checks on one header.csv row (ssda903.md 3.A and 3.B). */
public final class HeaderRules {

	/**
	 * A real or temporary UPN: a check letter (never I, O or S), then 12 digits or 11
	 * digits and a letter.
	 */
	private static final Pattern UPN = Pattern.compile("[A-HJ-NP-RT-Z](\\d{12}|\\d{11}[A-Z])");

	private static final List<Rule> RULES = List.of(
			RowRule.of("101", ERROR, HEADER, List.of(Columns.SEX), Years.upTo(2024),
					"Sex must be recorded as 1 (male) or 2 (female).",
					(row, ctx) -> isMissingOrNotIn(row, Columns.SEX, ctx.codes().sex())),
			RowRule.of("101", ERROR, HEADER, List.of(Columns.SEX), Years.from(2025),
					"Sex must be recorded as M (male), F (female) or U (unknown).",
					(row, ctx) -> isMissingOrNotIn(row, Columns.SEX, ctx.codes().sex())),
			RowRule.of("102", ERROR, HEADER, List.of(Columns.DOB), Years.all(),
					"Date of birth is missing or is not a valid dd/mm/yyyy date.",
					(row, ctx) -> isMissingOrInvalidDate(row, Columns.DOB)),
			RowRule.of("103", ERROR, HEADER, List.of(Columns.ETHNIC), Years.all(),
					"Ethnicity is missing or is not one of the DfE ethnicity codes.",
					(row, ctx) -> isMissingOrNotIn(row, Columns.ETHNIC, ctx.codes().ethnic())),
			RowRule.of("168", ERROR, HEADER, List.of(Columns.UPN), Years.all(),
					"UPN is neither a valid 13-character pupil number nor one of UN1 to UN5.",
					(row, ctx) -> row.isPresent(Columns.UPN) && !UPN.matcher(row.get(Columns.UPN)).matches()
							&& !ctx.codes().upnUnknown().contains(row.get(Columns.UPN))),
			RowRule.of("171", ERROR, HEADER, List.of(Columns.MC_DOB), Years.all(),
					"Date of birth of the mother's child is not a valid dd/mm/yyyy date.",
					(row, ctx) -> isInvalidDate(row, Columns.MC_DOB)),
			RowRule.of("174", ERROR, HEADER, List.of(Columns.SEX, Columns.MC_DOB), Years.upTo(2024),
					"A child recorded as male (1) has a date of birth for a mother's child.",
					HeaderRules::isMaleWithChildDob),
			RowRule.of("174", ERROR, HEADER, List.of(Columns.SEX, Columns.MC_DOB), Years.from(2025),
					"A child recorded as male (M) has a date of birth for a mother's child.",
					HeaderRules::isMaleWithChildDob),
			RowRule.of("209", ERROR, HEADER, List.of(Columns.UPN, Columns.DOB), Years.all(),
					"UPN is UN1 (not of school age) but the child was of school age before this year.",
					(row, ctx) -> is(row, Columns.UPN, "UN1")
							&& isOnOrBefore(plusYears(row.dateOrNull(Columns.DOB), 4), schoolAgeCutOff(ctx))),
			// a query, not an error: the DfE accepts U but asks the council to confirm it
			RowRule.of("232", QUERY, HEADER, List.of(Columns.SEX), Years.from(2025),
					"Sex is recorded as U (unknown): please confirm this is correct.",
					(row, ctx) -> is(row, Columns.SEX, "U")),
			RowRule.of("301", ERROR, HEADER, List.of(Columns.DOB), Years.all(),
					"Date of birth is after the end of the collection year.",
					(row, ctx) -> isAfter(row.dateOrNull(Columns.DOB), ctx.end())),
			RowRule.of("351", ERROR, HEADER, List.of(Columns.DOB), Years.all(),
					"Child was over 25 years old at the start of the collection year.",
					(row, ctx) -> isBefore(plusYears(row.dateOrNull(Columns.DOB), 25), ctx.start())),
			RowRule.of("611", ERROR, HEADER, List.of(Columns.MOTHER, Columns.MC_DOB), Years.all(),
					"Child is recorded as a mother but the date of birth of her child is missing.",
					(row, ctx) -> is(row, Columns.MOTHER, "1") && row.isBlank(Columns.MC_DOB)),
			RowRule.of("612", ERROR, HEADER, List.of(Columns.MOTHER, Columns.SEX, Columns.MC_DOB), Years.upTo(2024),
					"A female child (2) has a date of birth for her child but is not recorded as a mother.",
					HeaderRules::isFemaleNotMotherWithChildDob),
			RowRule.of("612", ERROR, HEADER, List.of(Columns.MOTHER, Columns.SEX, Columns.MC_DOB), Years.from(2025),
					"A female child (F) has a date of birth for her child but is not recorded as a mother.",
					HeaderRules::isFemaleNotMotherWithChildDob),
			RowRule.of("620", ERROR, HEADER, List.of(Columns.MOTHER, Columns.DOB), Years.all(),
					"Child is recorded as a mother but was under 11 at the start of the year: check the date of birth.",
					(row, ctx) -> is(row, Columns.MOTHER, "1")
							&& isAfter(plusYears(row.dateOrNull(Columns.DOB), 11), ctx.start())),
			RowRule.of("621", ERROR, HEADER, List.of(Columns.DOB, Columns.MC_DOB), Years.all(),
					"The mother's child is born on or before the mother's own date of birth.",
					(row, ctx) -> isOnOrBefore(row.dateOrNull(Columns.MC_DOB), row.dateOrNull(Columns.DOB))));

	private HeaderRules() {
	}

	public static List<Rule> rules() {
		return RULES;
	}

	private static boolean isMaleWithChildDob(Row row, ValidationContext ctx) {
		return is(row, Columns.SEX, ctx.codes().male()) && row.isPresent(Columns.MC_DOB);
	}

	private static boolean isFemaleNotMotherWithChildDob(Row row, ValidationContext ctx) {
		return (row.isBlank(Columns.MOTHER) || is(row, Columns.MOTHER, "0"))
				&& is(row, Columns.SEX, ctx.codes().female()) && row.isPresent(Columns.MC_DOB);
	}

	/**
	 * 31 August two years before the collection ends: a child 4 by then has started
	 * school before this year.
	 */
	private static LocalDate schoolAgeCutOff(ValidationContext ctx) {
		return LocalDate.of(ctx.year().endYear() - 2, 8, 31);
	}

}
