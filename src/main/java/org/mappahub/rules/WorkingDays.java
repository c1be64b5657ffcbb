package org.mappahub.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Working days in England and Wales: Monday to Friday, except bank holidays ({@link BankHolidays}).
 *
 * <p><b>Counting.</b> "N working days after D" is the N-th working day strictly after D: D itself never
 * counts, whether or not it is a working day, so a referral received on Friday 2026-12-18 is due for
 * screening within 10 working days on Wednesday 2027-01-06 (Christmas Day, the Boxing Day substitute
 * on Monday 28 December and New Year's Day are skipped). The count between two dates uses the same
 * convention: it counts the working days in (start, end], the start excluded and the end included, so
 * that {@code between(d, plus(d, n)) == n} for every date and every n.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** Whether {@code date} is a working day: Monday to Friday and not a bank holiday. */
    public static boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !BankHolidays.isBankHoliday(date);
    }

    /**
     * The {@code n}-th working day after {@code date} ({@code date} itself not counted). With
     * {@code n == 0} the date is returned unchanged.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public static LocalDate plusWorkingDays(LocalDate date, int n) {
        Objects.requireNonNull(date, "date");
        if (n < 0) {
            throw new IllegalArgumentException("a number of working days cannot be negative: " + n);
        }
        LocalDate result = date;
        int counted = 0;
        while (counted < n) {
            result = result.plusDays(1);
            if (isWorkingDay(result)) {
                counted++;
            }
        }
        return result;
    }

    /**
     * The number of working days after {@code start} up to and including {@code end}: the days d with
     * start &lt; d &le; end. Zero when {@code end} equals {@code start}.
     *
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public static int workingDaysBetween(LocalDate start, LocalDate end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("the end " + end + " is before the start " + start);
        }
        int count = 0;
        for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
