package org.mappahub.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.mappahub.nominal.NominalRecord;
import org.mappahub.rules.CivilOrderRules.OrderType;

/** Civil order durations and dates (domain/MAPPA.md §5.3): every refusal names its rule. */
class CivilOrderRulesTest {

    static final LocalDate MADE = LocalDate.of(2020, 6, 1);
    static final String SOURCE = "(SOA 2003 Part 2, as amended by the Anti-social Behaviour, Crime and Policing Act 2014)";

    private static List<String> refusals(OrderType type, LocalDate made, Period term, Period travel) {
        return CivilOrderRules.check(type, made, term, travel).stream().map(Refusal::message).toList();
    }

    @Test
    void anShpoOf4YearsIsRefused() {
        assertThat(refusals(OrderType.SHPO, MADE, Period.ofYears(4), null))
                .containsExactly("An SHPO lasts at least 5 years, or until further order " + SOURCE + ": 4 years given");
    }

    @Test
    void anShpoOf5YearsOrUntilFurtherOrderIsAllowed() {
        assertThat(refusals(OrderType.SHPO, MADE, Period.ofYears(5), null)).isEmpty();
        assertThat(refusals(OrderType.SHPO, MADE, Period.ofYears(10), Period.ofYears(5))).isEmpty();
        assertThat(refusals(OrderType.SHPO, MADE, null, null)).isEmpty();
    }

    @Test
    void anShpoOneDayShortOf5YearsIsRefused() {
        Period term = CivilOrderRules.term(MADE, MADE.plusYears(5).minusDays(1));
        assertThat(refusals(OrderType.SHPO, MADE, term, null))
                .containsExactly("An SHPO lasts at least 5 years, or until further order " + SOURCE
                        + ": 4 years, 11 months and 30 days given");
        assertThat(refusals(OrderType.SHPO, MADE, CivilOrderRules.term(MADE, MADE.plusYears(5)), null)).isEmpty();
        assertThat(CivilOrderRules.term(MADE, null)).isNull();
    }

    @Test
    void aForeignTravelProhibitionOf6YearsIsRefused() {
        assertThat(refusals(OrderType.SHPO, MADE, null, Period.ofYears(6)))
                .containsExactly("An SHPO's foreign travel prohibition lasts at most 5 years, renewable " + SOURCE
                        + ": 6 years given");
        assertThat(refusals(OrderType.SHPO, MADE, null, Period.of(5, 0, 1))).hasSize(1);
        assertThat(refusals(OrderType.SHPO, MADE, null, Period.ofYears(5))).isEmpty();
        assertThat(refusals(OrderType.SHPO, MADE, null, Period.ZERO))
                .containsExactly("A foreign travel prohibition lasts for a period " + SOURCE + ": 0 days given");
    }

    @Test
    void anSroOf1YearIsRefusedAnd2YearsAllowed() {
        assertThat(refusals(OrderType.SRO, MADE, Period.ofYears(1), null))
                .containsExactly("An SRO lasts at least 2 years " + SOURCE + ": 1 year given");
        assertThat(refusals(OrderType.SRO, MADE, Period.of(1, 11, 0), null))
                .containsExactly("An SRO lasts at least 2 years " + SOURCE + ": 1 year and 11 months given");
        assertThat(refusals(OrderType.SRO, MADE, Period.ofYears(2), null)).isEmpty();
    }

    @Test
    void anSroUntilFurtherOrderIsRefused() {
        assertThat(refusals(OrderType.SRO, MADE, null, null))
                .containsExactly("An SRO lasts a fixed period of at least 2 years " + SOURCE
                        + ": until further order given");
    }

    @Test
    void aLegacySopoAfter8March2015IsRefused() {
        assertThat(refusals(OrderType.SOPO, LocalDate.of(2016, 1, 1), Period.ofYears(5), null))
                .containsExactly("A SOPO can be made only before 8 March 2015, when SHPOs and SROs replaced the legacy "
                        + "orders " + SOURCE + ": made on 2016-01-01");
        assertThat(refusals(OrderType.SOPO, LocalDate.of(2015, 3, 8), Period.ofYears(5), null)).hasSize(1);
        assertThat(refusals(OrderType.SOPO, LocalDate.of(2015, 3, 7), Period.ofYears(5), null)).isEmpty();
        assertThat(refusals(OrderType.SOPO, LocalDate.of(2010, 3, 7), null, null)).isEmpty();
    }

    @Test
    void everyLegacyOrderEndsOn8March2015() {
        for (OrderType legacy : List.of(OrderType.SOPO, OrderType.FTO, OrderType.RSHO)) {
            assertThat(refusals(legacy, LocalDate.of(2015, 3, 8), null, null)).as(legacy.name())
                    .singleElement().asString().contains("can be made only before 8 March 2015");
            assertThat(refusals(legacy, LocalDate.of(2015, 3, 7), null, null)).as(legacy.name()).isEmpty();
        }
        assertThat(Arrays.stream(OrderType.values()).filter(OrderType::isLegacy))
                .containsExactly(OrderType.SOPO, OrderType.FTO, OrderType.RSHO);
    }

    @Test
    void aLegacySopoOfUnder5YearsIsRefused() {
        assertThat(refusals(OrderType.SOPO, LocalDate.of(2012, 1, 1), Period.ofYears(3), null))
                .containsExactly("A SOPO lasts at least 5 years " + SOURCE + ": 3 years given");
    }

    @Test
    void shposAndSrosAreMadeOnlyFrom8March2015() {
        assertThat(refusals(OrderType.SHPO, LocalDate.of(2015, 3, 7), null, null))
                .containsExactly("An SHPO can be made only from 8 March 2015 " + SOURCE + ": made on 2015-03-07");
        assertThat(refusals(OrderType.SRO, LocalDate.of(2015, 3, 7), Period.ofYears(2), null))
                .containsExactly("An SRO can be made only from 8 March 2015 " + SOURCE + ": made on 2015-03-07");
        assertThat(refusals(OrderType.SHPO, LocalDate.of(2015, 3, 8), null, null)).isEmpty();
    }

    @Test
    void ordersAsMadeHaveNoDurationRuleButANegativeTermIsRefused() {
        for (OrderType asMade : List.of(OrderType.NO, OrderType.RESTRAINING_ORDER, OrderType.DISQUALIFICATION_ORDER,
                OrderType.DVPO, OrderType.FTO, OrderType.RSHO)) {
            assertThat(refusals(asMade, LocalDate.of(2012, 1, 1), Period.ofDays(28), null)).as(asMade.name())
                    .isEmpty();
            assertThat(refusals(asMade, MADE, Period.ofMonths(-1), null)).as(asMade.name())
                    .anyMatch(m -> m.equals("An order lasts for a period after the day it is made " + SOURCE
                            + ": -1 month given"));
        }
    }

    @Test
    void anOrderWithoutItsTypeOrDateIsRefused() {
        assertThat(refusals(null, MADE, null, null)).singleElement().asString().contains("no type given");
        assertThat(refusals(OrderType.SHPO, null, null, null)).singleElement().asString().contains("no date given");
    }

    @Test
    void theOrderTypesAreMcifsOwn() {
        assertThat(Arrays.stream(OrderType.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(NominalRecord.OrderType.values()).map(Enum::name).toList());
    }
}
