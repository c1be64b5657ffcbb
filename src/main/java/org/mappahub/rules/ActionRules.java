package org.mappahub.rules;

import java.time.LocalDate;

/**
 * When an action agreed at a MAPP meeting needs someone's attention, and whether it was done on time. A product
 * decision of issue 5 (MAPPA.md §4.3 "actions, each with an owner and a deadline"; §10 "actions completed on time"),
 * not statute: change it here and nowhere else.
 */
public final class ActionRules {

    /** Issue 5: an open action is "due" from 14 days before its deadline (record page, work list, trackers). */
    public static final int DUE_SOON_DAYS = 14;

    public enum Timeliness {
        /** The deadline has passed (the deadline day itself is still in time). */
        OVERDUE,
        /** The deadline is today or within {@link #DUE_SOON_DAYS} days. */
        DUE_SOON,
        /** Later than that. */
        LATER
    }

    private ActionRules() {
    }

    /** How an open action with this deadline stands on {@code today}. */
    public static Timeliness timeliness(LocalDate deadline, LocalDate today) {
        if (deadline.isBefore(today)) {
            return Timeliness.OVERDUE;
        }
        return deadline.isAfter(lastDueSoonDeadline(today)) ? Timeliness.LATER : Timeliness.DUE_SOON;
    }

    /** The latest deadline that is "due" on {@code today}: every open action due by it needs attention. */
    public static LocalDate lastDueSoonDeadline(LocalDate today) {
        return today.plusDays(DUE_SOON_DAYS);
    }

    /** MAPPA.md §10, "actions completed on time": completed on or before the deadline day. */
    public static boolean completedOnTime(LocalDate deadline, LocalDate completedOn) {
        return !completedOn.isAfter(deadline);
    }
}
