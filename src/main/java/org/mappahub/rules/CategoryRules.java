package org.mappahub.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MAPPA categories (domain/MAPPA.md §2): which category a person's facts suggest, and the levels a category
 * allows. Categories are defined by the Criminal Justice Act 2003 s.327 (1 and 2) and s.325 (3); the level
 * rule is the MAPPA Guidance's, also a rule of MCIF/1.
 */
public final class CategoryRules {

    /** Category 2: a specified violent offence and a custodial sentence of at least this many months. */
    public static final int CATEGORY_2_CUSTODY_MONTHS = 12;

    static final String CATEGORY_1_SOURCE = "Criminal Justice Act 2003 s.327; SOA 2003 Part 2";
    static final String CATEGORY_2_SOURCE = "Criminal Justice Act 2003 s.327";
    static final String CATEGORY_3_SOURCE = "Criminal Justice Act 2003 s.325; MAPPA Guidance";
    static final String LEVEL_SOURCE = "MAPPA Guidance; MCIF/1";

    /** The risk of serious harm an assessment records (OASys RoSH, domain/MAPPA.md §6). */
    public enum RiskOfSeriousHarm { LOW, MEDIUM, HIGH, VERY_HIGH }

    /**
     * What the category suggestion looks at.
     *
     * @param notificationInForce     subject to the sex-offender notification requirements (SOA 2003 Part 2) now
     * @param specifiedViolentOffence convicted of a specified violent offence
     * @param disposal                the disposal for that offence (null when none)
     * @param lengthMonths            the custodial sentence in months, for {@link Disposal#IMPRISONMENT}
     * @param assessedRisk            the current recorded risk of serious harm (null when none is recorded)
     * @param justification           why multi-agency management is needed (category 3), in words
     */
    public record Facts(boolean notificationInForce, boolean specifiedViolentOffence, Disposal disposal,
                        Integer lengthMonths, RiskOfSeriousHarm assessedRisk, String justification) {
    }

    /** A suggested category with the reason, in words, and the rule's source. */
    public record Suggestion(int category, String reason) {
    }

    private CategoryRules() {
    }

    /**
     * The category the facts suggest, if any: 1 when notification is in force; else 2 for a specified
     * violent offence with 12 months or more custody or a hospital order; else 3 only with a recorded risk of
     * serious harm of high or very high and a justification. A person is in one category at a time.
     */
    public static Optional<Suggestion> suggest(Facts f) {
        if (f.notificationInForce()) {
            return Optional.of(new Suggestion(1, "subject to the notification requirements (" + CATEGORY_1_SOURCE + ")"));
        }
        if (f.specifiedViolentOffence() && f.disposal() != null) {
            if (isCustodyOf12MonthsOrMore(f.disposal(), f.lengthMonths())) {
                return Optional.of(new Suggestion(2, "a specified violent offence with 12 months or more in custody ("
                        + CATEGORY_2_SOURCE + ")"));
            }
            if (f.disposal() == Disposal.HOSPITAL_ORDER || f.disposal() == Disposal.HOSPITAL_ORDER_RESTRICTED) {
                return Optional.of(new Suggestion(2, "a specified violent offence with a hospital order ("
                        + CATEGORY_2_SOURCE + ")"));
            }
        }
        if (checkCategory3(f.assessedRisk(), f.justification()).isEmpty()) {
            return Optional.of(new Suggestion(3, "assessed " + f.assessedRisk().name().toLowerCase().replace('_', ' ')
                    + " risk of serious harm, needing multi-agency management (" + CATEGORY_3_SOURCE + ")"));
        }
        return Optional.empty();
    }

    /** Category 2's custody: imprisonment of 12 months or more, for life, or IPP. */
    static boolean isCustodyOf12MonthsOrMore(Disposal disposal, Integer lengthMonths) {
        return disposal == Disposal.LIFE || disposal == Disposal.IPP
                || disposal == Disposal.IMPRISONMENT && lengthMonths != null && lengthMonths >= CATEGORY_2_CUSTODY_MONTHS;
    }

    /** The refusals of placing someone in category 3: a high or very high recorded risk and a justification. */
    public static List<Refusal> checkCategory3(RiskOfSeriousHarm assessedRisk, String justification) {
        List<Refusal> refusals = new ArrayList<>();
        if (assessedRisk != RiskOfSeriousHarm.HIGH && assessedRisk != RiskOfSeriousHarm.VERY_HIGH) {
            refusals.add(Refusal.of("Category 3 needs a recorded risk assessment of high or very high risk of serious "
                    + "harm (" + CATEGORY_3_SOURCE + ")", assessedRisk == null ? "no assessment recorded"
                    : assessedRisk.name().toLowerCase().replace('_', ' ') + " recorded"));
        }
        if (justification == null || justification.isBlank()) {
            refusals.add(Refusal.of("Category 3 needs a justification: why the risk needs multi-agency management ("
                    + CATEGORY_3_SOURCE + ")", "none given"));
        }
        return List.copyOf(refusals);
    }

    /** The refusal of a level for a category, if any: categories and levels are 1 to 3; category 3 is at level 2 or 3. */
    public static Optional<Refusal> checkLevel(int category, int level) {
        if (category < 1 || category > 3) {
            return Optional.of(Refusal.of("A MAPPA category is 1, 2 or 3 (Criminal Justice Act 2003 ss.325 and 327)",
                    "category " + category + " given"));
        }
        if (level < 1 || level > 3) {
            return Optional.of(Refusal.of("A MAPPA level is 1, 2 or 3 (" + LEVEL_SOURCE + ")", "level " + level + " given"));
        }
        if (category == 3 && level == 1) {
            return Optional.of(Refusal.of("Category 3 is managed at level 2 or 3 only (" + LEVEL_SOURCE + ")",
                    "level 1 given"));
        }
        return Optional.empty();
    }
}
