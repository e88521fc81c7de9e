package org.ssda903.validation;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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

/**
 * Every rule this product implements, for all supported years; {@link RuleSet} picks
 * those of one year.
 */
public final class RuleCatalogue {

	/** Each group of rules with the class that declares it, in catalogue order. */
	private static final List<Declared> GROUPS = List.of(declared(HeaderRules.class, HeaderRules.rules()),
			declared(EpisodeRules.class, EpisodeRules.rules()), declared(UascRules.class, UascRules.rules()),
			declared(ReviewRules.class, ReviewRules.rules()), declared(MissingRules.class, MissingRules.rules()),
			declared(Oc2Rules.class, Oc2Rules.rules()), declared(Oc3Rules.class, Oc3Rules.rules()),
			declared(Ad1Rules.class, Ad1Rules.rules()),
			declared(PlacedForAdoptionRules.class, PlacedForAdoptionRules.rules()),
			declared(PreviousPermanenceRules.class, PreviousPermanenceRules.rules()),
			declared(SwEpisodeRules.class, SwEpisodeRules.rules()),
			declared(EpisodeChainRules.class, EpisodeChainRules.rules()), declared(AgeRules.class, AgeRules.rules()),
			declared(Oc2CohortRules.class, Oc2CohortRules.rules()),
			declared(IntegrityRules.class, IntegrityRules.rules()),
			declared(HeaderUniquenessRules.class, HeaderUniquenessRules.rules()),
			declared(HeaderUascRules.class, HeaderUascRules.rules()),
			declared(MissingChainRules.class, MissingChainRules.rules()),
			declared(AdoptionChainRules.class, AdoptionChainRules.rules()),
			declared(MissingEpisodeRules.class, MissingEpisodeRules.rules()),
			declared(CrossYearRules.class, CrossYearRules.rules()),
			declared(PeriodOfCareRules.class, PeriodOfCareRules.rules()),
			declared(PostcodeRules.class, PostcodeRules.rules()), declared(ProviderRules.class, ProviderRules.rules()),
			declared(AdoptionRules.class, AdoptionRules.rules()),
			declared(CareLeaverRules.class, CareLeaverRules.rules()),
			declared(PreviousPermanenceCohortRules.class, PreviousPermanenceCohortRules.rules()),
			declared(SwEpisodeChainRules.class, SwEpisodeChainRules.rules()),
			declared(HeaderCohortRules.class, HeaderCohortRules.rules()), declared(DoloRules.class, DoloRules.rules()));

	private static final List<Rule> ALL = GROUPS.stream().flatMap((group) -> group.rules().stream()).toList();

	private static final Map<Rule, Class<?>> DECLARED_IN = declaredIn(GROUPS);

	private RuleCatalogue() {
	}

	public static List<Rule> all() {
		return ALL;
	}

	/**
	 * Where a rule is declared, as the path of its source file under
	 * {@code src/main/java}, so that a data officer who asks about a rule code can be
	 * pointed at the one place it lives.
	 */
	public static String declaredIn(Rule rule) {
		Class<?> declaring = DECLARED_IN.get(rule);
		return (declaring != null) ? declaring.getName().replace('.', '/') + ".java" : "";
	}

	private static Declared declared(Class<?> declaringClass, List<Rule> rules) {
		return new Declared(declaringClass, rules);
	}

	private static Map<Rule, Class<?>> declaredIn(List<Declared> groups) {
		Map<Rule, Class<?>> map = new IdentityHashMap<>();
		groups.forEach((group) -> group.rules().forEach((rule) -> map.put(rule, group.declaringClass())));
		return Collections.unmodifiableMap(map);
	}

	private record Declared(Class<?> declaringClass, List<Rule> rules) {
	}

}
