package org.mappahub.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * When a relevant offender (a person subject to the notification requirements of Part 2 of the Sexual
 * Offences Act 2003) must next notify the police, and when they may apply for a review of indefinite
 * notification.
 *
 * <p><b>How days are counted.</b> Sections 83(1) and 84(1) give "the period of 3 days <i>beginning
 * with</i>" the relevant date or the change: the day itself is the first of the three, so an event on
 * Monday must be notified by the end of Wednesday. Every function here returns the <b>last day</b> on
 * which the notification is in time; it is overdue from the day after. Days are calendar days, not
 * working days. Time in custody (remanded, serving a sentence, detained in hospital) or outside the
 * United Kingdom does not count (s.83(6), applied to changes by s.84(5)): pass those spans as
 * {@link Absence}s. Periods of years add as {@code java.time} does: a year after 29 February is
 * 28 February.
 */
public final class NotificationDeadlines {

    /** SOA 2003 s.83(1) (initial) and s.84(1) (changes): within the period of 3 days beginning with the event. */
    public static final int NOTIFICATION_DAYS = 3;

    /** SOA 2003 s.85(1) and (5)(b): re-notify within the period of one year after each notification (s.85(5)(a), weekly for a person with no fixed abode, is not modelled here). */
    public static final Period PERIODIC_INTERVAL = Period.ofYears(1);

    /** SOA 2003 s.91B(2)(a): the qualifying date is the day after the 15 year period beginning with the relevant notification, for a person 18 or over on the relevant date. */
    public static final Period INITIAL_REVIEW_PERIOD_ADULT = Period.ofYears(15);

    /** SOA 2003 s.91B(2)(b): the same with an 8 year period for a person under 18 on the relevant date. */
    public static final Period INITIAL_REVIEW_PERIOD_UNDER_18 = Period.ofYears(8);

    /** SOA 2003 s.91B(2): the age on the relevant date below which the shorter period applies. */
    public static final int REVIEW_ADULT_AGE = 18;

    /** SOA 2003 s.91B(3) (inserted by SI 2012/1883): the further qualifying date is the day after the 8 year period beginning with the day of a determination under s.91C to keep the requirements. */
    public static final Period FURTHER_REVIEW_PERIOD = Period.ofYears(8);

    /**
     * A span of time that does not count towards a notification period (SOA 2003 s.83(6), s.85(4)):
     * in custody, detained in hospital or outside the United Kingdom from {@code from} (the first day
     * away) until {@code returnedOn} (the day of release or return, which counts again). While a person
     * is still away the deadline is not yet known: it is computed once the return date is.
     */
    public record Absence(LocalDate from, LocalDate returnedOn) {
        public Absence {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(returnedOn, "returnedOn");
            if (!returnedOn.isAfter(from)) {
                throw new IllegalArgumentException("an absence must end after it starts: " + from + " to " + returnedOn);
            }
        }

        /** Whether the person is away on {@code date}. */
        public boolean covers(LocalDate date) {
            return !date.isBefore(from) && date.isBefore(returnedOn);
        }
    }

    private NotificationDeadlines() {
    }

    /**
     * The last day for the initial notification (SOA 2003 s.83(1)): the third day beginning with the
     * relevant date (conviction, caution, or the finding or order that made the person subject).
     */
    public static LocalDate initialNotificationDue(LocalDate relevantDate) {
        return initialNotificationDue(relevantDate, List.of());
    }

    /**
     * The last day for the initial notification, not counting days in custody, in hospital or abroad
     * (s.83(6)); for a person in custody on the relevant date, the 3 days run from release.
     */
    public static LocalDate initialNotificationDue(LocalDate relevantDate, List<Absence> absences) {
        return thirdCountedDay(Objects.requireNonNull(relevantDate, "relevantDate"), absences);
    }

    /**
     * The last day to notify a change (SOA 2003 s.84(1)): a new name, a new home address, a stay of the
     * qualifying period at another address, release from custody, a stay at a household with a child.
     */
    public static LocalDate changeNotificationDue(LocalDate changeDate) {
        return changeNotificationDue(changeDate, List.of());
    }

    /** The last day to notify a change, not counting days in custody, in hospital or abroad (s.84(5) applying s.83(6)). */
    public static LocalDate changeNotificationDue(LocalDate changeDate, List<Absence> absences) {
        return thirdCountedDay(Objects.requireNonNull(changeDate, "changeDate"), absences);
    }

    /**
     * The last day for the periodic re-notification (SOA 2003 s.85(1), (5)(b)): one year after the last
     * notification of any kind (initial, change or periodic), so the anniversary moves with each one.
     */
    public static LocalDate periodicNotificationDue(LocalDate lastNotification) {
        return periodicNotificationDue(lastNotification, List.of());
    }

    /**
     * The last day for the periodic re-notification when the year would end while the person is in
     * custody, in hospital or abroad: the period continues until the end of the 3 days beginning when
     * they return (SOA 2003 s.85(3)). Those 3 days are counted as in s.83(6): a further absence inside
     * them does not count (the section does not say; this reading never shortens the time allowed).
     */
    public static LocalDate periodicNotificationDue(LocalDate lastNotification, List<Absence> absences) {
        LocalDate due = Objects.requireNonNull(lastNotification, "lastNotification").plus(PERIODIC_INTERVAL);
        Absence away = absenceCovering(due, absences);
        return away == null ? due : thirdCountedDay(away.returnedOn(), absences);
    }

    /**
     * The first day on which a person subject to indefinite notification may apply for a review
     * (the qualifying date, SOA 2003 s.91B(1)-(2)): the day after the end of the period of 15 years (8 if
     * under 18 on the relevant date) beginning with the day of the relevant notification, the first
     * notification after release from custody for the offence (for a person never in custody for it, the
     * initial notification). s.91B(7), which adjusts this date in some cases, is not modelled here.
     *
     * @param ageOnRelevantDate age in whole years on the date of conviction or caution
     */
    public static LocalDate firstReviewEligibleOn(LocalDate firstNotificationAfterRelease, int ageOnRelevantDate) {
        Objects.requireNonNull(firstNotificationAfterRelease, "firstNotificationAfterRelease");
        if (ageOnRelevantDate < 0) {
            throw new IllegalArgumentException("age on the relevant date cannot be negative: " + ageOnRelevantDate);
        }
        Period period = ageOnRelevantDate < REVIEW_ADULT_AGE ? INITIAL_REVIEW_PERIOD_UNDER_18 : INITIAL_REVIEW_PERIOD_ADULT;
        return firstNotificationAfterRelease.plus(period);
    }

    /**
     * The first day on which a person may apply again after the police determined under s.91C that they
     * remain subject to indefinite notification (the further qualifying date, SOA 2003 s.91B(3)): the day
     * after the end of the 8 year period beginning with the day of the determination. The exceptions in
     * s.91B(4)-(6) are not modelled here.
     */
    public static LocalDate reviewEligibleAgainOn(LocalDate determinationDate) {
        return Objects.requireNonNull(determinationDate, "determinationDate").plus(FURTHER_REVIEW_PERIOD);
    }

    /** Whether a notification whose last day is {@code due} is overdue on {@code today}. */
    public static boolean isOverdue(LocalDate due, LocalDate today) {
        return today.isAfter(due);
    }

    /** The third day, counting {@code start} as the first, that is not within an absence. */
    private static LocalDate thirdCountedDay(LocalDate start, List<Absence> absences) {
        Objects.requireNonNull(absences, "absences");
        LocalDate day = start;
        int counted = 0;
        while (true) {
            if (absenceCovering(day, absences) == null) {
                counted++;
                if (counted == NOTIFICATION_DAYS) {
                    return day;
                }
            }
            day = day.plusDays(1);
        }
    }

    private static Absence absenceCovering(LocalDate date, List<Absence> absences) {
        for (Absence absence : absences) {
            if (absence.covers(date)) {
                return absence;
            }
        }
        return null;
    }
}
