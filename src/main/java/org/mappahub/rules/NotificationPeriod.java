package org.mappahub.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * How long a person is subject to the sex-offender notification requirements: Sexual Offences Act 2003
 * s.82 (domain/MAPPA.md §5.1). The period runs from the date of conviction or caution; for a person under
 * 18 on that date the fixed periods are halved, indefinite and conditional-discharge periods are not.
 *
 * @param row            the row of the s.82 table the disposal falls in
 * @param period         the period in years and months ({@code P1Y6M}, never {@code P18M}); null when indefinite
 * @param halved         whether the period was halved because the person was under 18 on the conviction date
 * @param convictionDate the date of conviction or caution, from which the period runs
 * @param endsOn         the first day on which the requirement no longer applies (the conviction date plus the
 *                       period, as {@code java.time} adds); null when indefinite
 */
public record NotificationPeriod(Row row, Period period, boolean halved, LocalDate convictionDate, LocalDate endsOn) {

    /** SOA 2003 s.82: the age below which the fixed periods are halved ("under 18" on the conviction date). */
    public static final int HALVING_AGE = 18;

    /**
     * Children and Young Persons Act 1933 s.50: no child under 10 can be guilty of an offence, so no one is
     * convicted (or cautioned) younger.
     */
    public static final int AGE_OF_CRIMINAL_RESPONSIBILITY = 10;

    /** SOA 2003 s.82 table: "imprisonment of 30 months or more" is indefinite. */
    static final int INDEFINITE_FROM_MONTHS = 30;

    /** SOA 2003 s.82 table: "imprisonment of 6 months or less" is 7 years; more than 6 (and under 30) is 10. */
    static final int SHORT_SENTENCE_UP_TO_MONTHS = 6;

    private static final String S82 = "SOA 2003 s.82";

    /** What kind of period a row of the table gives. */
    public enum Kind { INDEFINITE, FIXED, PERIOD_OF_THE_DISCHARGE }

    /** The rows of the SOA 2003 s.82 table, in its words (domain/MAPPA.md §5.1). */
    public enum Row {
        /** SOA 2003 s.82: imprisonment for life, IPP, or imprisonment of 30 months or more — indefinite. */
        LIFE_IPP_OR_IMPRISONMENT_OF_30_MONTHS_OR_MORE(
                "imprisonment for life, IPP, or imprisonment of 30 months or more", Kind.INDEFINITE, null),
        /** SOA 2003 s.82: hospital order with a restriction order — indefinite. */
        HOSPITAL_ORDER_WITH_RESTRICTION_ORDER("hospital order with a restriction order", Kind.INDEFINITE, null),
        /** SOA 2003 s.82: imprisonment of more than 6 months but less than 30 months — 10 years. */
        IMPRISONMENT_OF_MORE_THAN_6_MONTHS_BUT_LESS_THAN_30(
                "imprisonment of more than 6 months but less than 30 months", Kind.FIXED, Period.ofYears(10)),
        /** SOA 2003 s.82: imprisonment of 6 months or less — 7 years. */
        IMPRISONMENT_OF_6_MONTHS_OR_LESS("imprisonment of 6 months or less", Kind.FIXED, Period.ofYears(7)),
        /** SOA 2003 s.82: hospital order without a restriction order — 7 years. */
        HOSPITAL_ORDER_WITHOUT_RESTRICTION_ORDER("hospital order without a restriction order", Kind.FIXED,
                Period.ofYears(7)),
        /** SOA 2003 s.82: caution — 2 years. */
        CAUTION("caution", Kind.FIXED, Period.ofYears(2)),
        /** SOA 2003 s.82: conditional discharge — the period of the discharge. */
        CONDITIONAL_DISCHARGE("conditional discharge", Kind.PERIOD_OF_THE_DISCHARGE, null),
        /** SOA 2003 s.82: any other disposal (community order, fine, ...) — 5 years. */
        ANY_OTHER_DISPOSAL("any other disposal", Kind.FIXED, Period.ofYears(5));

        private final String words;
        private final Kind kind;
        private final Period adultPeriod;

        Row(String words, Kind kind, Period adultPeriod) {
            this.words = words;
            this.kind = kind;
            this.adultPeriod = adultPeriod;
        }

        public String words() {
            return words;
        }

        public Kind kind() {
            return kind;
        }

        /** The period for a person 18 or over on the conviction date; null unless the row is {@link Kind#FIXED}. */
        public Period adultPeriod() {
            return adultPeriod;
        }

        /**
         * The row of the s.82 table a disposal falls in.
         *
         * @param lengthMonths the sentence of imprisonment or the period of the conditional discharge, in whole
         *                     months; needed for those two, ignored for the others (but never negative)
         * @throws RuleViolation when the length is missing where needed, negative, or zero where needed
         */
        public static Row of(Disposal disposal, Integer lengthMonths) {
            if (disposal == null) {
                throw RuleViolation.of("The notification period depends on the disposal for the offence (" + S82 + ")",
                        "no disposal given");
            }
            if (lengthMonths != null && lengthMonths < 0) {
                throw RuleViolation.of("A sentence or discharge lasts a whole number of months, never negative ("
                        + S82 + ")", lengthMonths + " months given");
            }
            if (disposal.needsLength()) {
                String what = disposal == Disposal.IMPRISONMENT
                        ? "imprisonment depends on the length of the sentence"
                        : "a conditional discharge is the period of the discharge";
                if (lengthMonths == null) {
                    throw RuleViolation.of("The notification period after " + what + " (" + S82 + ")", "no length in months given");
                }
                if (lengthMonths == 0) {
                    throw RuleViolation.of("The notification period after " + what
                            + ", at least 1 month (" + S82 + ")", "0 months given");
                }
            }
            return switch (disposal) {
                case LIFE, IPP -> LIFE_IPP_OR_IMPRISONMENT_OF_30_MONTHS_OR_MORE;
                case IMPRISONMENT -> lengthMonths >= INDEFINITE_FROM_MONTHS ? LIFE_IPP_OR_IMPRISONMENT_OF_30_MONTHS_OR_MORE
                        : lengthMonths > SHORT_SENTENCE_UP_TO_MONTHS ? IMPRISONMENT_OF_MORE_THAN_6_MONTHS_BUT_LESS_THAN_30
                        : IMPRISONMENT_OF_6_MONTHS_OR_LESS;
                case HOSPITAL_ORDER_RESTRICTED -> HOSPITAL_ORDER_WITH_RESTRICTION_ORDER;
                case HOSPITAL_ORDER -> HOSPITAL_ORDER_WITHOUT_RESTRICTION_ORDER;
                case CAUTION -> CAUTION;
                case CONDITIONAL_DISCHARGE -> CONDITIONAL_DISCHARGE;
                case COMMUNITY_ORDER, FINE, OTHER -> ANY_OTHER_DISPOSAL;
            };
        }
    }

    /** Only consistent periods exist: indefinite exactly when the row is, and ending where the period says. */
    public NotificationPeriod {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(convictionDate, "convictionDate");
        if ((row.kind() == Kind.INDEFINITE) != (period == null)) {
            throw new IllegalArgumentException("the row " + row + " is " + row.kind() + " but the period is " + period);
        }
        if (period != null && (!period.equals(period.normalized()) || period.getDays() != 0
                || period.toTotalMonths() <= 0)) {
            throw new IllegalArgumentException("a notification period is a positive number of years and months, "
                    + "months under 12: " + period);
        }
        if (halved && row.kind() != Kind.FIXED) {
            throw new IllegalArgumentException("only fixed periods are halved (" + S82 + "): " + row);
        }
        if (!Objects.equals(endsOn, period == null ? null : convictionDate.plus(period))) {
            throw new IllegalArgumentException("a period " + (period == null ? "INDEFINITE" : period) + " from "
                    + convictionDate + " does not end on " + endsOn);
        }
    }

    /**
     * The notification period of a person whose age on the date of conviction or caution is known.
     *
     * @param lengthMonths     the sentence of imprisonment or the period of the conditional discharge in months
     * @param convictionDate   the date of conviction or caution
     * @param ageAtConviction  the person's age in whole years on that date
     * @throws RuleViolation   on input the law does not allow; the message names the rule
     */
    public static NotificationPeriod forAge(Disposal disposal, Integer lengthMonths, LocalDate convictionDate,
                                            int ageAtConviction) {
        requireConvictionDate(convictionDate);
        requireCriminalResponsibility(ageAtConviction, "age " + ageAtConviction + " given");
        return compute(disposal, lengthMonths, convictionDate, ageAtConviction < HALVING_AGE);
    }

    /**
     * The notification period of a person born on {@code dateOfBirth}. A person is under 18 until the day of
     * their 18th birthday; someone born on 29 February reaches it on 1 March in a common year (as
     * {@link Period#between} counts whole years).
     *
     * @throws RuleViolation on input the law does not allow; the message names the rule
     */
    public static NotificationPeriod forDateOfBirth(Disposal disposal, Integer lengthMonths, LocalDate convictionDate,
                                                    LocalDate dateOfBirth) {
        requireConvictionDate(convictionDate);
        if (dateOfBirth == null) {
            throw RuleViolation.of("Whether the fixed period is halved depends on the age on the date of conviction "
                    + "or caution (" + S82 + ")", "no date of birth given");
        }
        if (convictionDate.isBefore(dateOfBirth)) {
            throw RuleViolation.of("A person is convicted or cautioned after their birth (" + S82
                            + ": the period runs from the date of conviction or caution)",
                    "conviction date " + convictionDate + " is before the date of birth " + dateOfBirth);
        }
        int age = ageOn(dateOfBirth, convictionDate);
        requireCriminalResponsibility(age, "born " + dateOfBirth + ", aged " + age + " on " + convictionDate);
        return compute(disposal, lengthMonths, convictionDate, age < HALVING_AGE);
    }

    /** The age in whole years on a date (29 February birthdays come on 1 March in common years). */
    public static int ageOn(LocalDate dateOfBirth, LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }

    private static void requireConvictionDate(LocalDate convictionDate) {
        if (convictionDate == null) {
            throw RuleViolation.of("The notification period runs from the date of conviction or caution (" + S82 + ")",
                    "no date given");
        }
    }

    private static void requireCriminalResponsibility(int age, String given) {
        if (age < AGE_OF_CRIMINAL_RESPONSIBILITY) {
            throw RuleViolation.of("No one under " + AGE_OF_CRIMINAL_RESPONSIBILITY
                    + " can be convicted or cautioned (Children and Young Persons Act 1933 s.50)", given);
        }
    }

    private static NotificationPeriod compute(Disposal disposal, Integer lengthMonths, LocalDate convictionDate,
                                              boolean under18) {
        Row row = Row.of(disposal, lengthMonths);
        Period period;
        boolean halved = false;
        switch (row.kind()) {
            case INDEFINITE -> period = null; // SOA 2003 s.82: indefinite periods are not halved
            case PERIOD_OF_THE_DISCHARGE -> period = Period.ofMonths(lengthMonths).normalized(); // not halved
            default -> {
                period = row.adultPeriod();
                if (under18) { // SOA 2003 s.82: under 18 on the date of conviction or caution, fixed periods halved
                    period = Period.ofMonths((int) (period.toTotalMonths() / 2)).normalized();
                    halved = true;
                }
            }
        }
        LocalDate endsOn;
        try {
            endsOn = period == null ? null : convictionDate.plus(period);
        } catch (DateTimeException e) {
            throw RuleViolation.of("The notification period must end on a date the calendar has (" + S82 + ")",
                    convictionDate + " plus " + period + " does not");
        }
        return new NotificationPeriod(row, period, halved, convictionDate, endsOn);
    }

    public boolean isIndefinite() {
        return period == null;
    }

    /** The period as written in MCIF/1 and by the command line: {@code INDEFINITE} or ISO-8601 ({@code P3Y6M}). */
    public String iso() {
        return period == null ? "INDEFINITE" : period.toString();
    }

    /** Whether the requirement applies on a day: from the conviction date, up to the day before {@link #endsOn}. */
    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(convictionDate) && (endsOn == null || day.isBefore(endsOn));
    }
}
