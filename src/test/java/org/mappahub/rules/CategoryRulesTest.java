package org.mappahub.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.mappahub.rules.CategoryRules.Facts;
import org.mappahub.rules.CategoryRules.RiskOfSeriousHarm;

/** MAPPA categories (domain/MAPPA.md §2) and the category 3 level rule. */
class CategoryRulesTest {

    private static Optional<Integer> suggested(Facts f) {
        return CategoryRules.suggest(f).map(CategoryRules.Suggestion::category);
    }

    @ParameterizedTest(name = "notification {0}, violent {1}, {2} {3} months, risk {4}, justified {5}: {6}")
    @CsvSource(nullValues = "null", textBlock = """
            # notified, violent, disposal,                 months, risk,      justified, category
            true,       false,   CAUTION,                   null,  null,      false,     1
            true,       true,    LIFE,                      null,  VERY_HIGH, true,      1
            false,      true,    IMPRISONMENT,                12,  null,      false,     2
            false,      true,    IMPRISONMENT,                11,  null,      false,     null
            false,      true,    LIFE,                      null,  null,      false,     2
            false,      true,    IPP,                       null,  null,      false,     2
            false,      true,    HOSPITAL_ORDER,            null,  null,      false,     2
            false,      true,    HOSPITAL_ORDER_RESTRICTED, null,  null,      false,     2
            false,      true,    COMMUNITY_ORDER,           null,  null,      false,     null
            false,      false,   IMPRISONMENT,                48,  null,      false,     null
            false,      false,   HOSPITAL_ORDER,            null,  null,      false,     null
            false,      true,    IMPRISONMENT,                11,  HIGH,      true,      3
            false,      false,   IMPRISONMENT,                48,  VERY_HIGH, true,      3
            false,      false,   IMPRISONMENT,                48,  HIGH,      false,     null
            false,      false,   IMPRISONMENT,                48,  MEDIUM,    true,      null
            false,      false,   IMPRISONMENT,                48,  LOW,       true,      null
            false,      false,   null,                      null,  null,      true,      null
            false,      true,    IMPRISONMENT,                24,  VERY_HIGH, true,      2
            """)
    void theSuggestedCategory(boolean notified, boolean violent, Disposal disposal, Integer months,
                              RiskOfSeriousHarm risk, boolean justified, Integer category) {
        Facts f = new Facts(notified, violent, disposal, months, risk, justified ? "Threats to a former partner" : null);
        assertThat(suggested(f)).isEqualTo(Optional.ofNullable(category));
    }

    @Test
    void category3AtLevel1IsRefusedNamingTheRule() {
        assertThat(CategoryRules.checkLevel(3, 1)).map(Refusal::message)
                .contains("Category 3 is managed at level 2 or 3 only (MAPPA Guidance; MCIF/1): level 1 given");
        assertThat(CategoryRules.checkLevel(3, 2)).isEmpty();
        assertThat(CategoryRules.checkLevel(3, 3)).isEmpty();
        for (int category = 1; category <= 2; category++) {
            for (int level = 1; level <= 3; level++) {
                assertThat(CategoryRules.checkLevel(category, level)).isEmpty();
            }
        }
        assertThat(CategoryRules.checkLevel(4, 2)).map(Refusal::message).get().asString()
                .contains("A MAPPA category is 1, 2 or 3").endsWith("category 4 given");
        assertThat(CategoryRules.checkLevel(2, 0)).map(Refusal::message).get().asString()
                .contains("A MAPPA level is 1, 2 or 3").endsWith("level 0 given");
    }

    @Test
    void category3NeedsAHighRiskAndAJustification() {
        assertThat(CategoryRules.checkCategory3(RiskOfSeriousHarm.HIGH, "Stalking a neighbour")).isEmpty();
        assertThat(CategoryRules.checkCategory3(RiskOfSeriousHarm.MEDIUM, " ")).map(Refusal::message).containsExactly(
                "Category 3 needs a recorded risk assessment of high or very high risk of serious harm "
                        + "(Criminal Justice Act 2003 s.325; MAPPA Guidance): medium recorded",
                "Category 3 needs a justification: why the risk needs multi-agency management "
                        + "(Criminal Justice Act 2003 s.325; MAPPA Guidance): none given");
        assertThat(CategoryRules.checkCategory3(null, "x")).map(Refusal::message).singleElement().asString()
                .endsWith("no assessment recorded");
    }
}
