package org.mappahub.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.mappahub.nominal.NominalRecord;
import org.mappahub.rules.NotificationPeriod.Row;

/** Every row of the SOA 2003 s.82 table and every boundary (domain/MAPPA.md §5.1). */
class NotificationPeriodTest {

    static final LocalDate CONVICTED = LocalDate.of(2020, 1, 15);

    @ParameterizedTest(name = "{0} {1} months at {2}: {3} ending {4}")
    @CsvSource(nullValues = "null", textBlock = """
            # disposal,                length, age, period,     endsOn,     row
            # Adults: every row of the table
            LIFE,                        null,  30, INDEFINITE, null,       LIFE_IPP_OR_IMPRISONMENT_OF_30_MONTHS_OR_MORE
            IPP,                         null,  30, INDEFINITE, null,       LIFE_IPP_OR_IMPRISONMENT_OF_30_MONTHS_OR_MORE
            IMPRISONMENT,                 360,  30, INDEFINITE, null,       LIFE_IPP_OR_IMPRISONMENT_OF_30_MONTHS_OR_MORE
            IMPRISONMENT,                  30,  30, INDEFINITE, null,       LIFE_IPP_OR_IMPRISONMENT_OF_30_MONTHS_OR_MORE
            IMPRISONMENT,                  29,  30, P10Y,       2030-01-15, IMPRISONMENT_OF_MORE_THAN_6_MONTHS_BUT_LESS_THAN_30
            IMPRISONMENT,                  12,  30, P10Y,       2030-01-15, IMPRISONMENT_OF_MORE_THAN_6_MONTHS_BUT_LESS_THAN_30
            IMPRISONMENT,                   7,  30, P10Y,       2030-01-15, IMPRISONMENT_OF_MORE_THAN_6_MONTHS_BUT_LESS_THAN_30
            IMPRISONMENT,                   6,  30, P7Y,        2027-01-15, IMPRISONMENT_OF_6_MONTHS_OR_LESS
            IMPRISONMENT,                   1,  30, P7Y,        2027-01-15, IMPRISONMENT_OF_6_MONTHS_OR_LESS
            HOSPITAL_ORDER_RESTRICTED,   null,  30, INDEFINITE, null,       HOSPITAL_ORDER_WITH_RESTRICTION_ORDER
            HOSPITAL_ORDER,              null,  30, P7Y,        2027-01-15, HOSPITAL_ORDER_WITHOUT_RESTRICTION_ORDER
            CAUTION,                     null,  30, P2Y,        2022-01-15, CAUTION
            CONDITIONAL_DISCHARGE,         18,  30, P1Y6M,      2021-07-15, CONDITIONAL_DISCHARGE
            CONDITIONAL_DISCHARGE,         36,  30, P3Y,        2023-01-15, CONDITIONAL_DISCHARGE
            CONDITIONAL_DISCHARGE,          1,  30, P1M,        2020-02-15, CONDITIONAL_DISCHARGE
            COMMUNITY_ORDER,             null,  30, P5Y,        2025-01-15, ANY_OTHER_DISPOSAL
            COMMUNITY_ORDER,               24,  30, P5Y,        2025-01-15, ANY_OTHER_DISPOSAL
            FINE,                        null,  30, P5Y,        2025-01-15, ANY_OTHER_DISPOSAL
            OTHER,                       null,  30, P5Y,        2025-01-15, ANY_OTHER_DISPOSAL
            # 18 on the conviction date: an adult
            IMPRISONMENT,                  29,  18, P10Y,       2030-01-15, IMPRISONMENT_OF_MORE_THAN_6_MONTHS_BUT_LESS_THAN_30
            CAUTION,                     null,  18, P2Y,        2022-01-15, CAUTION
            # Under 18: fixed periods halved, indefinite and conditional discharge not
            LIFE,                        null,  15, INDEFINITE, null,       LIFE_IPP_OR_IMPRISONMENT_OF_30_MONTHS_OR_MORE
            IPP,                         null,  15, INDEFINITE, null,       LIFE_IPP_OR_IMPRISONMENT_OF_30_MONTHS_OR_MORE
            IMPRISONMENT,                  30,  17, INDEFINITE, null,       LIFE_IPP_OR_IMPRISONMENT_OF_30_MONTHS_OR_MORE
            IMPRISONMENT,                  29,  17, P5Y,        2025-01-15, IMPRISONMENT_OF_MORE_THAN_6_MONTHS_BUT_LESS_THAN_30
            IMPRISONMENT,                   7,  17, P5Y,        2025-01-15, IMPRISONMENT_OF_MORE_THAN_6_MONTHS_BUT_LESS_THAN_30
            IMPRISONMENT,                   6,  17, P3Y6M,      2023-07-15, IMPRISONMENT_OF_6_MONTHS_OR_LESS
            HOSPITAL_ORDER_RESTRICTED,   null,  16, INDEFINITE, null,       HOSPITAL_ORDER_WITH_RESTRICTION_ORDER
            HOSPITAL_ORDER,              null,  16, P3Y6M,      2023-07-15, HOSPITAL_ORDER_WITHOUT_RESTRICTION_ORDER
            CAUTION,                     null,  14, P1Y,        2021-01-15, CAUTION
            CAUTION,                     null,  10, P1Y,        2021-01-15, CAUTION
            CONDITIONAL_DISCHARGE,         18,  16, P1Y6M,      2021-07-15, CONDITIONAL_DISCHARGE
            CONDITIONAL_DISCHARGE,         12,  16, P1Y,        2021-01-15, CONDITIONAL_DISCHARGE
            COMMUNITY_ORDER,             null,  16, P2Y6M,      2022-07-15, ANY_OTHER_DISPOSAL
            FINE,                        null,  17, P2Y6M,      2022-07-15, ANY_OTHER_DISPOSAL
            OTHER,                       null,  12, P2Y6M,      2022-07-15, ANY_OTHER_DISPOSAL
            """)
    void theTableOfSection82(Disposal disposal, Integer length, int age, String period, String endsOn, Row row) {
        NotificationPeriod p = NotificationPeriod.forAge(disposal, length, CONVICTED, age);

        assertThat(p.iso()).isEqualTo(period);
        assertThat(p.endsOn()).isEqualTo(endsOn == null ? null : LocalDate.parse(endsOn));
        assertThat(p.row()).isEqualTo(row);
        assertThat(p.isIndefinite()).isEqualTo(endsOn == null);
        assertThat(p.halved()).isEqualTo(age < 18 && row.kind() == NotificationPeriod.Kind.FIXED);
    }

    @Test
    void theDayBeforeThe18thBirthdayIsUnder18AndTheBirthdayItselfIsNot() {
        LocalDate dob = LocalDate.of(2002, 1, 16); // 18 on 2020-01-16
        assertThat(NotificationPeriod.forDateOfBirth(Disposal.IMPRISONMENT, 12, CONVICTED, dob).iso()).isEqualTo("P5Y");
        assertThat(NotificationPeriod.forDateOfBirth(Disposal.IMPRISONMENT, 12, CONVICTED.plusDays(1), dob).iso())
                .isEqualTo("P10Y");
        assertThat(NotificationPeriod.forDateOfBirth(Disposal.CAUTION, null, LocalDate.of(2020, 1, 15),
                LocalDate.of(2002, 1, 15)).iso()).isEqualTo("P2Y");
    }

    @Test
    void someoneBornOn29FebruaryIs18On1MarchInACommonYear() {
        LocalDate dob = LocalDate.of(2004, 2, 29);
        assertThat(NotificationPeriod.forDateOfBirth(Disposal.CAUTION, null, LocalDate.of(2022, 2, 28), dob).iso())
                .isEqualTo("P1Y");
        assertThat(NotificationPeriod.forDateOfBirth(Disposal.CAUTION, null, LocalDate.of(2022, 3, 1), dob).iso())
                .isEqualTo("P2Y");
    }

    @Test
    void theEndDateAddsAsJavaTimeDoesAndIsTheFirstDayFree() {
        NotificationPeriod leap = NotificationPeriod.forAge(Disposal.CAUTION, null, LocalDate.of(2020, 2, 29), 15);
        assertThat(leap.endsOn()).isEqualTo(LocalDate.of(2021, 2, 28));
        NotificationPeriod discharge = NotificationPeriod.forAge(Disposal.CONDITIONAL_DISCHARGE, 18,
                LocalDate.of(2019, 8, 31), 40);
        assertThat(discharge.endsOn()).isEqualTo(LocalDate.of(2021, 2, 28));
        assertThat(discharge.appliesOn(LocalDate.of(2021, 2, 27))).isTrue();
        assertThat(discharge.appliesOn(LocalDate.of(2021, 2, 28))).isFalse();
        assertThat(discharge.appliesOn(LocalDate.of(2019, 8, 30))).isFalse();
        assertThat(discharge.appliesOn(LocalDate.of(2019, 8, 31))).isTrue();
    }

    @ParameterizedTest(name = "{0} {1} months at {2} on {3} (born {4}): {5}")
    @CsvSource(nullValues = "null", delimiter = '|', textBlock = """
            IMPRISONMENT          |   -1 | 30 | 2020-01-15 | null       | never negative (SOA 2003 s.82): -1 months given
            CAUTION               |   -3 | 30 | 2020-01-15 | null       | never negative (SOA 2003 s.82): -3 months given
            IMPRISONMENT          | null | 30 | 2020-01-15 | null       | imprisonment depends on the length of the sentence (SOA 2003 s.82): no length in months given
            IMPRISONMENT          |    0 | 30 | 2020-01-15 | null       | at least 1 month (SOA 2003 s.82): 0 months given
            CONDITIONAL_DISCHARGE | null | 30 | 2020-01-15 | null       | a conditional discharge is the period of the discharge (SOA 2003 s.82): no length in months given
            CONDITIONAL_DISCHARGE |    0 | 30 | 2020-01-15 | null       | at least 1 month (SOA 2003 s.82): 0 months given
            null                  | null | 30 | 2020-01-15 | null       | depends on the disposal for the offence (SOA 2003 s.82): no disposal given
            CAUTION               | null |  9 | 2020-01-15 | null       | No one under 10 can be convicted or cautioned (Children and Young Persons Act 1933 s.50): age 9 given
            CAUTION               | null | -1 | 2020-01-15 | null       | (Children and Young Persons Act 1933 s.50): age -1 given
            CAUTION               | null | 30 | null       | null       | runs from the date of conviction or caution (SOA 2003 s.82): no date given
            CAUTION               | null | -1 | 2020-01-15 | 2020-01-16 | after their birth (SOA 2003 s.82: the period runs from the date of conviction or caution): conviction date 2020-01-15 is before the date of birth 2020-01-16
            CAUTION               | null | -1 | 2020-01-15 | 2010-01-16 | (Children and Young Persons Act 1933 s.50): born 2010-01-16, aged 9 on 2020-01-15
            """)
    void invalidInputIsRefusedNamingTheRule(Disposal disposal, Integer length, int age, LocalDate convicted,
                                            LocalDate born, String message) {
        assertThatThrownBy(() -> {
            if (born == null) {
                NotificationPeriod.forAge(disposal, length, convicted, age);
            } else {
                NotificationPeriod.forDateOfBirth(disposal, length, convicted, born);
            }
        }).isInstanceOf(RuleViolation.class).hasMessageContaining(message);
    }

    @Test
    void aPersonAged10OnTheConvictionDateMayBeConvicted() {
        assertThat(NotificationPeriod.forDateOfBirth(Disposal.CAUTION, null, CONVICTED, LocalDate.of(2010, 1, 15)).iso())
                .isEqualTo("P1Y");
    }

    @Test
    void theDisposalsAreMcifsOwnWithTheSameLengthRule() {
        assertThat(Arrays.stream(Disposal.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(NominalRecord.Disposal.values()).map(Enum::name).toList());
        for (NominalRecord.Disposal d : NominalRecord.Disposal.values()) {
            assertThat(Disposal.valueOf(d.name()).needsLength()).as(d.name()).isEqualTo(d.needsLength());
        }
    }

    @Test
    void anInconsistentPeriodCannotBeMade() {
        Row caution = Row.CAUTION;
        assertThatThrownBy(() -> new NotificationPeriod(caution, null, false, CONVICTED, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NotificationPeriod(caution, java.time.Period.ofMonths(18), false, CONVICTED,
                CONVICTED.plusMonths(18))).hasMessageContaining("months under 12");
        assertThatThrownBy(() -> new NotificationPeriod(Row.LIFE_IPP_OR_IMPRISONMENT_OF_30_MONTHS_OR_MORE, null, true,
                CONVICTED, null)).hasMessageContaining("only fixed periods are halved");
        assertThatThrownBy(() -> new NotificationPeriod(caution, java.time.Period.ofYears(2), false, CONVICTED,
                CONVICTED.plusYears(2).plusDays(1))).hasMessageContaining("does not end on");
    }
}
