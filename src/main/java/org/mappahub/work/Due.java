package org.mappahub.work;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How an item's due date reads on the page, as a GOV.UK tag: red when overdue, orange today, blue ahead. */
public record Due(String words, String tagClasses) {

    public static Due of(LocalDate due, LocalDate today) {
        if (due == null || due.equals(today)) {
            return new Due(due == null ? "Due now" : "Due today", "govuk-tag--orange");
        }
        long days = ChronoUnit.DAYS.between(today, due);
        return days < 0 ? new Due("Overdue by " + days(-days), "govuk-tag--red")
                : new Due("Due in " + days(days), "govuk-tag--blue");
    }

    private static String days(long n) {
        return n + (n == 1 ? " day" : " days");
    }
}
