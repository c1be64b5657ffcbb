package org.mappahub.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.mappahub.rules.NotificationPeriod.Kind;

/** Properties of SOA 2003 s.82 that hold for every disposal, length, date and age. */
class NotificationPeriodPropertiesTest {

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 60 * 366)
                .map(days -> LocalDate.of(1980, 1, 1).plusDays(days));
    }

    @Property
    void halvingNeverAppliesToIndefinitePeriods(@ForAll Disposal disposal, @ForAll @IntRange(min = 1, max = 600) int length,
                                                @ForAll("dates") LocalDate convicted,
                                                @ForAll @IntRange(min = 10, max = 17) int age) {
        NotificationPeriod young = NotificationPeriod.forAge(disposal, length, convicted, age);
        NotificationPeriod adult = NotificationPeriod.forAge(disposal, length, convicted, 18);
        assertThat(young.isIndefinite()).isEqualTo(adult.isIndefinite());
        if (young.isIndefinite()) {
            assertThat(young.halved()).isFalse();
            assertThat(young.endsOn()).isNull();
        }
    }

    @Property
    void theEndDateIsNeverBeforeTheConvictionDate(@ForAll Disposal disposal,
                                                  @ForAll @IntRange(min = 1, max = 600) int length,
                                                  @ForAll("dates") LocalDate convicted,
                                                  @ForAll @IntRange(min = 10, max = 100) int age) {
        NotificationPeriod p = NotificationPeriod.forAge(disposal, length, convicted, age);
        if (!p.isIndefinite()) {
            assertThat(p.endsOn()).isAfter(convicted);
            assertThat(p.appliesOn(convicted)).isTrue();
            assertThat(p.appliesOn(p.endsOn())).isFalse();
        }
    }

    @Property
    void aPeriodIsAlwaysInYearsAndMonthsWithMonthsUnder12(@ForAll Disposal disposal,
                                                          @ForAll @IntRange(min = 1, max = 600) int length,
                                                          @ForAll("dates") LocalDate convicted,
                                                          @ForAll @IntRange(min = 10, max = 100) int age) {
        NotificationPeriod p = NotificationPeriod.forAge(disposal, length, convicted, age);
        if (!p.isIndefinite()) {
            assertThat(p.period().getDays()).isZero();
            assertThat(p.period().getMonths()).isBetween(0, 11);
            assertThat(p.iso()).matches("P(\\d+Y)?(\\d+M)?").isNotEqualTo("P");
            assertThat(p.period().toTotalMonths()).isPositive();
        }
    }

    @Property
    void anUnder18sFixedPeriodIsExactlyHalfTheAdultOne(@ForAll Disposal disposal,
                                                       @ForAll @IntRange(min = 1, max = 600) int length,
                                                       @ForAll("dates") LocalDate convicted,
                                                       @ForAll @IntRange(min = 10, max = 17) int age,
                                                       @ForAll @IntRange(min = 18, max = 100) int adultAge) {
        NotificationPeriod young = NotificationPeriod.forAge(disposal, length, convicted, age);
        NotificationPeriod adult = NotificationPeriod.forAge(disposal, length, convicted, adultAge);
        assertThat(adult.halved()).isFalse();
        if (young.row().kind() == Kind.FIXED) {
            assertThat(young.halved()).isTrue();
            assertThat(young.period().toTotalMonths() * 2).isEqualTo(adult.period().toTotalMonths());
        } else {
            assertThat(young.halved()).isFalse();
            assertThat(young.period()).isEqualTo(adult.period());
        }
    }

    @Property
    void theDateOfBirthGivesTheSameAnswerAsTheAgeItMakes(@ForAll Disposal disposal,
                                                         @ForAll @IntRange(min = 1, max = 600) int length,
                                                         @ForAll("dates") LocalDate convicted,
                                                         @ForAll @IntRange(min = 10 * 366, max = 80 * 365) int daysOld) {
        LocalDate born = convicted.minusDays(daysOld);
        assertThat(NotificationPeriod.forDateOfBirth(disposal, length, convicted, born))
                .isEqualTo(NotificationPeriod.forAge(disposal, length, convicted, NotificationPeriod.ageOn(born, convicted)));
    }

    @Property
    void theRowOfASentenceOfImprisonmentFollowsTheActsBoundaries(@ForAll @IntRange(min = 1, max = 1200) int length) {
        NotificationPeriod.Row row = NotificationPeriod.Row.of(Disposal.IMPRISONMENT, length);
        NotificationPeriod.Row expected = length >= 30 ? NotificationPeriod.Row.LIFE_IPP_OR_IMPRISONMENT_OF_30_MONTHS_OR_MORE
                : length > 6 ? NotificationPeriod.Row.IMPRISONMENT_OF_MORE_THAN_6_MONTHS_BUT_LESS_THAN_30
                : NotificationPeriod.Row.IMPRISONMENT_OF_6_MONTHS_OR_LESS;
        assertThat(row).isEqualTo(expected);
    }
}
