package org.mappahub.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.mappahub.rules.BankHolidays.BankHoliday;

class BankHolidaysTest {

    /**
     * The published GOV.UK calendar for England and Wales (https://www.gov.uk/bank-holidays), written out
     * year by year: the dates on which banks are closed, substitute days included.
     */
    private static final Map<Integer, List<String>> GOV_UK = new TreeMap<>(Map.ofEntries(
            Map.entry(2010, List.of("2010-01-01", "2010-04-02", "2010-04-05", "2010-05-03", "2010-05-31", "2010-08-30", "2010-12-27", "2010-12-28")),
            Map.entry(2011, List.of("2011-01-03", "2011-04-22", "2011-04-25", "2011-04-29", "2011-05-02", "2011-05-30", "2011-08-29", "2011-12-26", "2011-12-27")),
            Map.entry(2012, List.of("2012-01-02", "2012-04-06", "2012-04-09", "2012-05-07", "2012-06-04", "2012-06-05", "2012-08-27", "2012-12-25", "2012-12-26")),
            Map.entry(2013, List.of("2013-01-01", "2013-03-29", "2013-04-01", "2013-05-06", "2013-05-27", "2013-08-26", "2013-12-25", "2013-12-26")),
            Map.entry(2014, List.of("2014-01-01", "2014-04-18", "2014-04-21", "2014-05-05", "2014-05-26", "2014-08-25", "2014-12-25", "2014-12-26")),
            Map.entry(2015, List.of("2015-01-01", "2015-04-03", "2015-04-06", "2015-05-04", "2015-05-25", "2015-08-31", "2015-12-25", "2015-12-28")),
            Map.entry(2016, List.of("2016-01-01", "2016-03-25", "2016-03-28", "2016-05-02", "2016-05-30", "2016-08-29", "2016-12-26", "2016-12-27")),
            Map.entry(2017, List.of("2017-01-02", "2017-04-14", "2017-04-17", "2017-05-01", "2017-05-29", "2017-08-28", "2017-12-25", "2017-12-26")),
            Map.entry(2018, List.of("2018-01-01", "2018-03-30", "2018-04-02", "2018-05-07", "2018-05-28", "2018-08-27", "2018-12-25", "2018-12-26")),
            Map.entry(2019, List.of("2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26", "2019-12-25", "2019-12-26")),
            Map.entry(2020, List.of("2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28")),
            Map.entry(2021, List.of("2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28")),
            Map.entry(2022, List.of("2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27")),
            Map.entry(2023, List.of("2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26")),
            Map.entry(2024, List.of("2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26")),
            Map.entry(2025, List.of("2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26")),
            Map.entry(2026, List.of("2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28")),
            Map.entry(2027, List.of("2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"))));

    @Test
    void everyYearFrom2010To2027MatchesThePublishedCalendar() {
        assertThat(GOV_UK.keySet()).hasSize(18);
        GOV_UK.forEach((year, expected) -> {
            List<String> computed = BankHolidays.inYear(year).stream().map(h -> h.date().toString()).toList();
            assertThat(computed).as("bank holidays of %d", year).containsExactlyElementsOf(expected);
        });
    }

    @Test
    void thePublishedTableItselfHasOnlyWeekdays() {
        // guards the table against a typing slip: no bank holiday falls on a weekend
        GOV_UK.values().stream().flatMap(List::stream).map(LocalDate::parse).forEach(date ->
                assertThat(date.getDayOfWeek()).as(date.toString()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    @Test
    void everyDayOf2010To2027IsAHolidayExactlyWhenTheTableSaysSo() {
        for (LocalDate d = LocalDate.of(2010, 1, 1); d.isBefore(LocalDate.of(2028, 1, 1)); d = d.plusDays(1)) {
            assertThat(BankHolidays.isBankHoliday(d)).as(d.toString())
                    .isEqualTo(GOV_UK.get(d.getYear()).contains(d.toString()));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "2010, 2010-04-04", "2011, 2011-04-24", "2012, 2012-04-08", "2013, 2013-03-31", "2014, 2014-04-20",
        "2015, 2015-04-05", "2016, 2016-03-27", "2017, 2017-04-16", "2018, 2018-04-01", "2019, 2019-04-21",
        "2020, 2020-04-12", "2021, 2021-04-04", "2022, 2022-04-17", "2023, 2023-04-09", "2024, 2024-03-31",
        "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28",
        // the extremes of the Gregorian Easter range and the algorithm's special cases
        "1818, 1818-03-22", "2285, 2285-03-22", "1943, 1943-04-25", "2038, 2038-04-25",
        "1981, 1981-04-19", "1954, 1954-04-18", "2049, 2049-04-18", "2076, 2076-04-19"
    })
    void easterSunday(int year, LocalDate expected) {
        assertThat(BankHolidays.easterSunday(year)).isEqualTo(expected);
    }

    @Test
    void substituteDaysAreNamedAsGovUkNamesThem() {
        assertThat(BankHolidays.inYear(2021)).contains(
                new BankHoliday(LocalDate.of(2021, 12, 27), "Christmas Day (substitute day)"),
                new BankHoliday(LocalDate.of(2021, 12, 28), "Boxing Day (substitute day)"));
        assertThat(BankHolidays.inYear(2022)).contains(
                new BankHoliday(LocalDate.of(2022, 1, 3), "New Year’s Day (substitute day)"),
                new BankHoliday(LocalDate.of(2022, 12, 26), "Boxing Day"),
                new BankHoliday(LocalDate.of(2022, 12, 27), "Christmas Day (substitute day)"));
        assertThat(BankHolidays.inYear(2026)).contains(
                new BankHoliday(LocalDate.of(2026, 12, 28), "Boxing Day (substitute day)"));
        assertThat(BankHolidays.inYear(2020)).contains(
                new BankHoliday(LocalDate.of(2020, 5, 8), "Early May bank holiday (VE day)"));
    }

    @Test
    void movedHolidaysLeaveTheirUsualDayAWorkingDay() {
        for (String usual : Arrays.asList("1995-05-01", "2002-05-27", "2012-05-28", "2020-05-04", "2022-05-30")) {
            assertThat(BankHolidays.isBankHoliday(LocalDate.parse(usual))).as(usual).isFalse();
        }
        for (String moved : Arrays.asList("1995-05-08", "2002-06-04", "2002-06-03", "1981-07-29", "1999-12-31")) {
            assertThat(BankHolidays.isBankHoliday(LocalDate.parse(moved))).as(moved).isTrue();
        }
    }

    @Test
    void everyOneOffChangeCarriesItsReason() {
        assertThat(BankHolidays.ONE_OFF_CHANGES).allSatisfy(c -> assertThat(c.reason()).isNotBlank());
    }

    @Test
    void yearsBeforeTheEarlyMayHolidayExistedAreRefused() {
        assertThatThrownBy(() -> BankHolidays.inYear(1977))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1978");
        assertThat(BankHolidays.inYear(1978)).hasSize(8);
    }
}
