package org.mappahub.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bank holidays in England and Wales, computed from their rules plus the one-off changes made by royal
 * proclamation.
 *
 * <p>Sources: Banking and Financial Dealings Act 1971, Schedule 1 (Easter Monday, last Monday in May,
 * last Monday in August, 26 December or the next weekday when it falls on a Sunday), with New Year's Day
 * (from 1974) and the early May bank holiday (from 1978) and the substitute days for weekend holidays
 * appointed each year by royal proclamation under s.1(3); Christmas Day and Good Friday are common-law
 * holidays. The published calendar is GOV.UK "UK bank holidays" (https://www.gov.uk/bank-holidays),
 * against which the tests check every year from 2010 to 2027.
 *
 * <p>Years before {@value #FIRST_SUPPORTED_YEAR} (the first year with all eight holidays) are refused.
 * Later years are computed by rule: a future one-off change must be added to {@link #ONE_OFF_CHANGES}
 * when it is proclaimed.
 */
public final class BankHolidays {

    /** The early May bank holiday was first held in 1978, so the rules below hold from then on. */
    public static final int FIRST_SUPPORTED_YEAR = 1978;

    /** A bank holiday: its date and its name as GOV.UK publishes it. */
    public record BankHoliday(LocalDate date, String name) {
        public BankHoliday {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A one-off change made by proclamation: an extra holiday ({@code movedFrom} null), or a regular
     * holiday moved from {@code movedFrom} to {@code date}.
     */
    public record OneOffChange(LocalDate date, LocalDate movedFrom, String name, String reason) {
        public OneOffChange {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(reason, "reason");
        }

        static OneOffChange extra(String date, String name, String reason) {
            return new OneOffChange(LocalDate.parse(date), null, name, reason);
        }

        static OneOffChange moved(String from, String to, String name, String reason) {
            return new OneOffChange(LocalDate.parse(to), LocalDate.parse(from), name, reason);
        }
    }

    /**
     * Every one-off change since {@value #FIRST_SUPPORTED_YEAR} (royal proclamations; listed on GOV.UK
     * for 2011 onwards). Only changes we are sure of are here.
     */
    public static final List<OneOffChange> ONE_OFF_CHANGES = List.of(
            OneOffChange.extra("1981-07-29", "Royal wedding",
                    "Wedding of the Prince of Wales and Lady Diana Spencer"),
            OneOffChange.moved("1995-05-01", "1995-05-08", "Early May bank holiday (VE day)",
                    "Moved to mark the 50th anniversary of VE Day"),
            OneOffChange.extra("1999-12-31", "Millennium",
                    "Extra holiday for the millennium"),
            OneOffChange.moved("2002-05-27", "2002-06-04", "Spring bank holiday",
                    "Moved to sit beside the Golden Jubilee holiday"),
            OneOffChange.extra("2002-06-03", "Golden Jubilee",
                    "Golden Jubilee of Queen Elizabeth II"),
            OneOffChange.extra("2011-04-29", "Royal wedding",
                    "Wedding of Prince William and Catherine Middleton"),
            OneOffChange.moved("2012-05-28", "2012-06-04", "Spring bank holiday",
                    "Moved to sit beside the Diamond Jubilee holiday"),
            OneOffChange.extra("2012-06-05", "Queen’s Diamond Jubilee",
                    "Diamond Jubilee of Queen Elizabeth II"),
            OneOffChange.moved("2020-05-04", "2020-05-08", "Early May bank holiday (VE day)",
                    "Moved to mark the 75th anniversary of VE Day"),
            OneOffChange.moved("2022-05-30", "2022-06-02", "Spring bank holiday",
                    "Moved to sit beside the Platinum Jubilee holiday"),
            OneOffChange.extra("2022-06-03", "Platinum Jubilee bank holiday",
                    "Platinum Jubilee of Queen Elizabeth II"),
            OneOffChange.extra("2022-09-19", "Bank Holiday for the State Funeral of Queen Elizabeth II",
                    "State Funeral of Queen Elizabeth II"),
            OneOffChange.extra("2023-05-08", "Bank holiday for the coronation of King Charles III",
                    "Coronation of King Charles III"));

    private static final Map<Integer, List<BankHoliday>> BY_YEAR = new ConcurrentHashMap<>();

    private BankHolidays() {
    }

    /** Whether {@code date} is a bank holiday in England and Wales. */
    public static boolean isBankHoliday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (BankHoliday holiday : inYear(date.getYear())) {
            if (holiday.date().equals(date)) {
                return true;
            }
        }
        return false;
    }

    /** The bank holidays of {@code year} in date order. */
    public static List<BankHoliday> inYear(int year) {
        if (year < FIRST_SUPPORTED_YEAR) {
            throw new IllegalArgumentException("bank holidays are computed from " + FIRST_SUPPORTED_YEAR
                    + " (the first year with the early May bank holiday); " + year + " is earlier");
        }
        return BY_YEAR.computeIfAbsent(year, BankHolidays::compute);
    }

    /** Easter Sunday in the Gregorian calendar: the anonymous Gregorian algorithm (Meeus, Astronomical Algorithms, ch. 8). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static List<BankHoliday> compute(int year) {
        List<BankHoliday> holidays = new ArrayList<>();

        // New Year's Day; on a weekend the substitute day is the following Monday.
        LocalDate newYear = LocalDate.of(year, Month.JANUARY, 1);
        holidays.add(isWeekend(newYear)
                ? new BankHoliday(newYear.with(TemporalAdjusters.next(DayOfWeek.MONDAY)), "New Year’s Day (substitute day)")
                : new BankHoliday(newYear, "New Year’s Day"));

        LocalDate easter = easterSunday(year);
        holidays.add(new BankHoliday(easter.minusDays(2), "Good Friday"));
        holidays.add(new BankHoliday(easter.plusDays(1), "Easter Monday"));

        holidays.add(new BankHoliday(LocalDate.of(year, Month.MAY, 1)
                .with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)), "Early May bank holiday"));
        holidays.add(new BankHoliday(LocalDate.of(year, Month.MAY, 1)
                .with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Spring bank holiday"));
        holidays.add(new BankHoliday(LocalDate.of(year, Month.AUGUST, 1)
                .with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Summer bank holiday"));

        // Christmas Day and Boxing Day: a day falling on a weekend is replaced by the next weekday not
        // already a holiday (Christmas on Saturday: Monday 27 and Tuesday 28; on Sunday: Boxing Day
        // Monday 26 and Christmas Tuesday 27; Boxing Day on Saturday: Monday 28).
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        LocalDate boxingDay = LocalDate.of(year, Month.DECEMBER, 26);
        if (christmas.getDayOfWeek() == DayOfWeek.SATURDAY) {
            holidays.add(new BankHoliday(christmas.plusDays(2), "Christmas Day (substitute day)"));
            holidays.add(new BankHoliday(christmas.plusDays(3), "Boxing Day (substitute day)"));
        } else if (christmas.getDayOfWeek() == DayOfWeek.SUNDAY) {
            holidays.add(new BankHoliday(boxingDay, "Boxing Day"));
            holidays.add(new BankHoliday(christmas.plusDays(2), "Christmas Day (substitute day)"));
        } else if (boxingDay.getDayOfWeek() == DayOfWeek.SATURDAY) {
            holidays.add(new BankHoliday(christmas, "Christmas Day"));
            holidays.add(new BankHoliday(boxingDay.plusDays(2), "Boxing Day (substitute day)"));
        } else {
            holidays.add(new BankHoliday(christmas, "Christmas Day"));
            holidays.add(new BankHoliday(boxingDay, "Boxing Day"));
        }

        for (OneOffChange change : ONE_OFF_CHANGES) {
            if (change.date().getYear() != year) {
                continue;
            }
            if (change.movedFrom() != null) {
                boolean removed = holidays.removeIf(h -> h.date().equals(change.movedFrom()));
                if (!removed) {
                    throw new IllegalStateException("one-off change " + change + " moves a day that is not a holiday");
                }
            }
            holidays.add(new BankHoliday(change.date(), change.name()));
        }
        holidays.sort(Comparator.comparing(BankHoliday::date));
        return List.copyOf(holidays);
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
