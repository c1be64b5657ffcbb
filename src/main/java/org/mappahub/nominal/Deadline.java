package org.mappahub.nominal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Something due on a case — a notification, an order's expiry, a pre-release milestone — for the record page's
 * "Coming up and overdue" panel. The module that owns the record computes the date with the rules module.
 *
 * @param what what is due, in the words of the domain ("Annual notification due")
 * @param due  the last day it can be done in time
 * @param href where to act on it (a page of the owning module)
 */
public record Deadline(String what, LocalDate due, String href) {

    public Deadline {
        Objects.requireNonNull(what);
        Objects.requireNonNull(due);
    }

    /** Days from {@code today} to the due day: negative once overdue. */
    public long daysFrom(LocalDate today) {
        return ChronoUnit.DAYS.between(today, due);
    }

    public boolean overdueOn(LocalDate today) {
        return today.isAfter(due);
    }

    /** "Overdue by 3 days", "Due today", "Due in 5 days". */
    public String statusOn(LocalDate today) {
        long days = daysFrom(today);
        if (days < 0) {
            return "Overdue by " + -days + (days == -1 ? " day" : " days");
        }
        if (days == 0) {
            return "Due today";
        }
        return "Due in " + days + (days == 1 ? " day" : " days");
    }
}
