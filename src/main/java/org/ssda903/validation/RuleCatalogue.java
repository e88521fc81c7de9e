package org.ssda903.validation;

import java.util.List;
import java.util.stream.Stream;

import org.ssda903.validation.rules.Ad1Rules;
import org.ssda903.validation.rules.AdoptionChainRules;
import org.ssda903.validation.rules.AdoptionRules;
import org.ssda903.validation.rules.AgeRules;
import org.ssda903.validation.rules.CareLeaverRules;
import org.ssda903.validation.rules.CrossYearRules;
import org.ssda903.validation.rules.DoloRules;
import org.ssda903.validation.rules.EpisodeChainRules;
import org.ssda903.validation.rules.EpisodeRules;
import org.ssda903.validation.rules.HeaderCohortRules;
import org.ssda903.validation.rules.HeaderRules;
import org.ssda903.validation.rules.HeaderUascRules;
import org.ssda903.validation.rules.HeaderUniquenessRules;
import org.ssda903.validation.rules.IntegrityRules;
import org.ssda903.validation.rules.MissingChainRules;
import org.ssda903.validation.rules.MissingEpisodeRules;
import org.ssda903.validation.rules.MissingRules;
import org.ssda903.validation.rules.Oc2CohortRules;
import org.ssda903.validation.rules.Oc2Rules;
import org.ssda903.validation.rules.Oc3Rules;
import org.ssda903.validation.rules.PeriodOfCareRules;
import org.ssda903.validation.rules.PlacedForAdoptionRules;
import org.ssda903.validation.rules.PostcodeRules;
import org.ssda903.validation.rules.PreviousPermanenceCohortRules;
import org.ssda903.validation.rules.PreviousPermanenceRules;
import org.ssda903.validation.rules.ProviderRules;
import org.ssda903.validation.rules.ReviewRules;
import org.ssda903.validation.rules.SwEpisodeChainRules;
import org.ssda903.validation.rules.SwEpisodeRules;
import org.ssda903.validation.rules.UascRules;

/** Every rule this product implements, for all supported years; {@link RuleSet} picks those of one year. */
public final class RuleCatalogue {

	private static final List<Rule> ALL = Stream
		.of(HeaderRules.rules(), EpisodeRules.rules(), UascRules.rules(), ReviewRules.rules(), MissingRules.rules(),
				Oc2Rules.rules(), Oc3Rules.rules(), Ad1Rules.rules(), PlacedForAdoptionRules.rules(),
				PreviousPermanenceRules.rules(), SwEpisodeRules.rules(), EpisodeChainRules.rules(),
				AgeRules.rules(), Oc2CohortRules.rules(), IntegrityRules.rules(),
				HeaderUniquenessRules.rules(), HeaderUascRules.rules(), MissingChainRules.rules(),
				AdoptionChainRules.rules(), MissingEpisodeRules.rules(), CrossYearRules.rules(),
				PeriodOfCareRules.rules(), PostcodeRules.rules(), ProviderRules.rules(), AdoptionRules.rules(),
				CareLeaverRules.rules(), PreviousPermanenceCohortRules.rules(), SwEpisodeChainRules.rules(),
				HeaderCohortRules.rules(), DoloRules.rules())
		.flatMap(List::stream)
		.toList();

	private RuleCatalogue() {
	}

	public static List<Rule> all() {
		return ALL;
	}

}
