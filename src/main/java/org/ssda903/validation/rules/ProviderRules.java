package org.ssda903.validation.rules;

import static org.ssda903.model.Table.EPISODES;
import static org.ssda903.validation.Severity.ERROR;
import static org.ssda903.validation.rules.RowChecks.isAfter;
import static org.ssda903.validation.rules.RowChecks.isOnOrAfter;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

import org.ssda903.model.CodeGroups;
import org.ssda903.model.Columns;
import org.ssda903.model.Row;
import org.ssda903.reference.OfstedProvider;
import org.ssda903.validation.Needs;
import org.ssda903.validation.RowRule;
import org.ssda903.validation.Rule;
import org.ssda903.validation.ValidationContext;
import org.ssda903.validation.Years;

/**
 * Checks of an episode against the Ofsted provider list (ssda903.md 3.F). Each needs the
 * list, and is skipped with the reason without it: judged against no list, every URN
 * would look unregistered.
 */
public final class ProviderRules {

	/** The URN returned for a placement whose provider has none: never looked up. */
	private static final String NO_URN = "XXXXXXX";

	private static final Set<String> SHORT_BREAKS = CodeGroups.SHORT_BREAK_LEGAL_STATUSES;

	private static final List<Rule> RULES = List.of(
			rule("1008", List.of(Columns.URN), Years.all(),
					"URN of the placement provider is not in the Ofsted provider list.", (row, ctx) -> hasUrn(row)
							&& ctx.providers().find(row.get(Columns.URN)).isEmpty()),
			rule("219", List.of(Columns.URN, Columns.PLACE), Years.all(),
					"Placement type is not one this provider (URN) is registered for.",
					(row, ctx) -> row.isPresent(Columns.PLACE)
							&& provider(row, ctx).filter((p) -> !p.placementCodes().contains(row.get(Columns.PLACE)))
								.isPresent()),
			rule("224", List.of(Columns.URN, Columns.PLACE_PROVIDER), Years.all(),
					"Placement provider code is not one this provider (URN) has.",
					(row, ctx) -> row.isPresent(Columns.PLACE_PROVIDER) && provider(row, ctx)
						.filter((p) -> !p.providerCodes().contains(row.get(Columns.PLACE_PROVIDER)))
						.isPresent()),
			// the homes where the child lives at the setting, whose postcode must then be
			// the placement's; the set
			// changed with the 2023-24 (H5) and 2024-25 (K3 for H5) placement codes
			postcodeRule(Years.only(2023), Set.of("K1", "K2", "R3", "S1")),
			postcodeRule(Years.only(2024), Set.of("K1", "K2", "R3", "S1", "H5")),
			postcodeRule(Years.from(2025), Set.of("K1", "K2", "K3", "R3", "S1")),
			rule("227", List.of(Columns.URN, Columns.DECOM), Years.all(),
					"Placement started on or after the provider's Ofsted registration ended.",
					(row, ctx) -> provider(row, ctx)
						.filter((p) -> isOnOrAfter(row.dateOrNull(Columns.DECOM), p.registrationEnd()))
						.isPresent()),
			// an open placement is taken to last to the end of the year, as in ssda903.md
			// 3.0
			rule("228", List.of(Columns.URN, Columns.DEC), Years.all(),
					"Placement ends (or is open) after the provider's Ofsted registration ended.",
					(row, ctx) -> provider(row, ctx).filter((p) -> isAfter(endOrYearEnd(row, ctx), p.registrationEnd()))
						.isPresent()),
			rule("229", List.of(Columns.URN, Columns.PLACE_PROVIDER), Years.all(),
					"Placement provider code disagrees with where the provider is: PR1 (own provision) must be in the"
							+ " council's area and PR2 (other council's provision) outside it.",
					(row, ctx) -> provider(row, ctx).filter((p) -> !p.laCode().isEmpty())
						.filter((p) -> RowChecks.is(row, Columns.PLACE_PROVIDER, "PR1")
								? !p.laCode().equals(ctx.laCode())
								: RowChecks.is(row, Columns.PLACE_PROVIDER, "PR2") && p.laCode().equals(ctx.laCode()))
						.isPresent()));

	private ProviderRules() {
	}

	public static List<Rule> rules() {
		return RULES;
	}

	private static Rule rule(String code, List<String> fields, Years years, String message,
			BiPredicate<Row, ValidationContext> fails) {
		return RowRule.of(code, ERROR, EPISODES, fields, years, message, fails).needing(Needs.OFSTED_PROVIDERS);
	}

	private static Rule postcodeRule(Years years, Set<String> placements) {
		return rule("221", List.of(Columns.URN, Columns.LS, Columns.PLACE, Columns.PL_POST), years,
				"Placement postcode is not the postcode Ofsted holds for the provider (URN).",
				(row, ctx) -> !SHORT_BREAKS.contains(row.get(Columns.LS)) && placements.contains(row.get(Columns.PLACE))
						&& row.isPresent(Columns.PL_POST)
						&& provider(row, ctx)
							.filter((p) -> !p.postcode().isEmpty() && !p.postcode().equals(postcodeKey(row)))
							.isPresent());
	}

	private static boolean hasUrn(Row row) {
		return row.isPresent(Columns.URN) && !RowChecks.is(row, Columns.URN, NO_URN);
	}

	private static Optional<OfstedProvider> provider(Row row, ValidationContext ctx) {
		return hasUrn(row) ? ctx.providers().find(row.get(Columns.URN)) : Optional.empty();
	}

	private static LocalDate endOrYearEnd(Row row, ValidationContext ctx) {
		return row.isBlank(Columns.DEC) ? ctx.end() : row.dateOrNull(Columns.DEC);
	}

	private static String postcodeKey(Row row) {
		return row.get(Columns.PL_POST).replace(" ", "").toUpperCase(Locale.ROOT);
	}

}
