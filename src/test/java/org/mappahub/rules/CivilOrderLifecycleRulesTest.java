package org.mappahub.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.mappahub.rules.CivilOrderRules.FieldRefusal;
import org.mappahub.rules.CivilOrderRules.OrderType;

/**
 * The lifecycle of a civil order as recorded (MCIF/1 orders; MAPPA.md §5.3) and the dates an order of each type can
 * bear: every inconsistency is refused on the field at fault, with a message naming the rule.
 */
class CivilOrderLifecycleRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,                          type, applied,    interim,    granted,    refused,    travel, from,       to,         field,                    rule
            consistent full order,           SHPO, 2020-01-01, 2020-02-01, 2020-03-01, -,          true,   2020-03-01, -,          -,                        -
            consistent refusal,              SRO,  2020-01-01, -,          -,          2020-03-01, false,  -,          -,          -,                        -
            same-day decisions,              SHPO, 2020-01-01, 2020-01-01, 2020-01-01, -,          false,  2020-01-01, 2025-01-01, -,                        -
            granted and refused,             SHPO, 2020-01-01, -,          2020-03-01, 2020-03-02, false,  -,          -,          refused,                  An order is either granted or refused
            granted before applied,          SHPO, 2020-01-01, -,          2019-12-31, -,          false,  -,          -,          granted,                  An order is granted on or after the application
            interim before applied,          SHPO, 2020-01-01, 2019-12-31, -,          -,          false,  -,          -,          interim,                  An interim order is made on or after the application
            refused before applied,          SRO,  2020-01-01, -,          -,          2019-12-31, false,  -,          -,          refused,                  An order is refused on or after the application
            granted before interim,          SHPO, -,          2020-02-01, 2020-01-31, -,          false,  -,          -,          granted,                  A full order is granted on or after the interim order
            to before from,                  DVPO, -,          -,          2020-03-01, -,          false,  2020-03-01, 2020-02-01, to,                       An order's span in force ends after it begins
            to on from,                      DVPO, -,          -,          2020-03-01, -,          false,  2020-03-01, 2020-03-01, to,                       An order's span in force ends after it begins
            to without from,                 DVPO, -,          -,          2020-03-01, -,          false,  -,          2021-03-01, from,                     An order in force has the date it began
            travel restriction on an SRO,    SRO,  -,          -,          2020-03-01, -,          true,   2020-03-01, 2022-03-01, foreignTravelRestriction, Only an SHPO carries a foreign travel restriction
            """)
    void inconsistentLifecyclesAreRefusedOnTheFieldAtFault(String name, OrderType type, LocalDate applied,
                                                           LocalDate interim, LocalDate granted, LocalDate refused,
                                                           boolean travel, LocalDate from, LocalDate to, String field,
                                                           String rule) {
        List<FieldRefusal> found = CivilOrderRules.checkLifecycle(type, applied, interim, granted, refused, travel,
                from, to);
        if (field == null) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).hasSize(1);
            assertThat(found.get(0).field()).isEqualTo(field);
            assertThat(found.get(0).refusal().message()).startsWith(rule).contains("MCIF/1 orders");
        }
    }

    @ParameterizedTest(name = "{0} dated {1}: {2}")
    @CsvSource(nullValues = "-", textBlock = """
            SOPO, 2015-03-07, -
            SOPO, 2015-03-08, A SOPO can be made only before 8 March 2015
            FTO,  2016-01-01, A Foreign Travel Order can be made only before 8 March 2015
            RSHO, 2015-03-08, A Risk of Sexual Harm Order can be made only before 8 March 2015
            SHPO, 2015-03-07, An SHPO can be made only from 8 March 2015
            SHPO, 2015-03-08, -
            SRO,  2015-03-07, An SRO can be made only from 8 March 2015
            DVPO, 2010-01-01, -
            """)
    void eachOrderTypeHasTheDatesTheLawGivesIt(OrderType type, LocalDate day, String rule) {
        List<Refusal> found = CivilOrderRules.checkDate(type, day);
        if (rule == null) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).singleElement().satisfies(r -> assertThat(r.message()).startsWith(rule)
                    .contains("SOA 2003").endsWith("dated " + day));
        }
    }
}
