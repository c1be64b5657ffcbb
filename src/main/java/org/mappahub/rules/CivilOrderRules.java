package org.mappahub.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The durations and dates the law allows civil orders (domain/MAPPA.md §5.3). MAPPA.md gives no section
 * numbers for these, so the rules cite the Acts: the Sexual Offences Act 2003 Part 2 as amended by the
 * Anti-social Behaviour, Crime and Policing Act 2014, which created the SHPO and the SRO and replaced the
 * legacy orders from 8 March 2015.
 */
public final class CivilOrderRules {

    /** The civil orders, named as in MCIF/1 ({@code orders[].type}) and {@code NominalRecord.OrderType}. */
    public enum OrderType {
        /** Sexual Harm Prevention Order. */
        SHPO("An SHPO"),
        /** Sexual Risk Order. */
        SRO("An SRO"),
        /** Notification Order. */
        NO("A Notification Order"),
        /** Sexual Offences Prevention Order (legacy). */
        SOPO("A SOPO"),
        /** Foreign Travel Order (legacy). */
        FTO("A Foreign Travel Order"),
        /** Risk of Sexual Harm Order (legacy). */
        RSHO("A Risk of Sexual Harm Order"),
        /** Restraining Order. */
        RESTRAINING_ORDER("A Restraining Order"),
        /** Disqualification Order (working with children). */
        DISQUALIFICATION_ORDER("A Disqualification Order"),
        /** Domestic Violence Protection Order. */
        DVPO("A Domestic Violence Protection Order");

        private final String named;

        OrderType(String named) {
            this.named = named;
        }

        /** The order's name as a sentence starts it: "An SHPO". */
        public String named() {
            return named;
        }

        /** Orders replaced by the SHPO and SRO: made only before {@link #LEGACY_ORDERS_END}. */
        public boolean isLegacy() {
            return this == SOPO || this == FTO || this == RSHO;
        }
    }

    /** The Acts behind the SHPO, SRO and the end of the legacy orders (MAPPA.md §5.3 gives no section). */
    static final String SOURCE = "SOA 2003 Part 2, as amended by the Anti-social Behaviour, Crime and Policing Act 2014";

    /**
     * Commencement of the Anti-social Behaviour, Crime and Policing Act 2014 provisions on SHPOs and SROs:
     * SOPOs, Foreign Travel Orders and Risk of Sexual Harm Orders are made only before this day, SHPOs and
     * SROs only from it.
     */
    public static final LocalDate LEGACY_ORDERS_END = LocalDate.of(2015, 3, 8);

    /** SHPO: at least 5 years, or until further order. */
    public static final Period SHPO_MINIMUM = Period.ofYears(5);

    /** SHPO foreign travel prohibition: at most 5 years (renewable). */
    public static final Period FOREIGN_TRAVEL_PROHIBITION_MAXIMUM = Period.ofYears(5);

    /** SRO: at least 2 years (a fixed period: MAPPA.md gives SROs no "until further order"). */
    public static final Period SRO_MINIMUM = Period.ofYears(2);

    /** Legacy SOPO: at least 5 years (domain/MAPPA.md §5.3). */
    public static final Period SOPO_MINIMUM = Period.ofYears(5);

    private CivilOrderRules() {
    }

    /**
     * The refusals of an order as made; empty when the law allows it.
     *
     * @param madeOn                   the day the order was made (granted)
     * @param term                     how long it lasts from that day; null for "until further order"
     * @param foreignTravelProhibition how long its foreign travel prohibition lasts; null when it has none
     */
    public static List<Refusal> check(OrderType type, LocalDate madeOn, Period term, Period foreignTravelProhibition) {
        List<Refusal> refusals = new ArrayList<>();
        if (type == null || madeOn == null) {
            refusals.add(Refusal.of("A civil order has a type and the date it was made (" + SOURCE + ")",
                    type == null ? "no type given" : "no date given"));
            return refusals;
        }
        refusals.addAll(checkDate(type, madeOn, "made on "));
        if (term != null && !isPositive(madeOn, term)) {
            refusals.add(Refusal.of("An order lasts for a period after the day it is made (" + SOURCE + ")",
                    words(term) + " given"));
        } else {
            switch (type) {
                case SHPO -> atLeast(refusals, "An SHPO lasts at least 5 years, or until further order", madeOn, term,
                        SHPO_MINIMUM);
                case SRO -> {
                    if (term == null) {
                        refusals.add(Refusal.of("An SRO lasts a fixed period of at least 2 years (" + SOURCE + ")",
                                "until further order given"));
                    } else {
                        atLeast(refusals, "An SRO lasts at least 2 years", madeOn, term, SRO_MINIMUM);
                    }
                }
                case SOPO -> atLeast(refusals, "A SOPO lasts at least 5 years", madeOn, term, SOPO_MINIMUM);
                default -> { // as made
                }
            }
        }
        if (foreignTravelProhibition != null && type == OrderType.SHPO) {
            if (!isPositive(madeOn, foreignTravelProhibition)) {
                refusals.add(Refusal.of("A foreign travel prohibition lasts for a period (" + SOURCE + ")",
                        words(foreignTravelProhibition) + " given"));
            } else if (madeOn.plus(foreignTravelProhibition).isAfter(madeOn.plus(FOREIGN_TRAVEL_PROHIBITION_MAXIMUM))) {
                refusals.add(Refusal.of("An SHPO's foreign travel prohibition lasts at most 5 years, renewable ("
                        + SOURCE + ")", words(foreignTravelProhibition) + " given"));
            }
        }
        return List.copyOf(refusals);
    }

    /**
     * Whether an order of this type could be applied for or made on {@code day}: the legacy orders only before
     * 8 March 2015, SHPOs and SROs only from it. Empty when it could.
     */
    public static List<Refusal> checkDate(OrderType type, LocalDate day) {
        return checkDate(type, day, "dated ");
    }

    private static List<Refusal> checkDate(OrderType type, LocalDate day, String given) {
        if (type.isLegacy() && !day.isBefore(LEGACY_ORDERS_END)) {
            return List.of(Refusal.of(type.named() + " can be made only before 8 March 2015, when SHPOs and SROs "
                    + "replaced the legacy orders (" + SOURCE + ")", given + day));
        }
        if ((type == OrderType.SHPO || type == OrderType.SRO) && day.isBefore(LEGACY_ORDERS_END)) {
            return List.of(Refusal.of(type.named() + " can be made only from 8 March 2015 (" + SOURCE + ")",
                    given + day));
        }
        return List.of();
    }

    /** A refusal of one field of an order's lifecycle (named as in MCIF/1 {@code orders[]}). */
    public record FieldRefusal(String field, Refusal refusal) {
    }

    /**
     * The source of the lifecycle rules: the MCIF/1 specification of {@code orders} (at most one of granted and
     * refused; the span in force) and domain/MAPPA.md §5.3 (applied for, then interim, then granted or refused).
     */
    static final String LIFECYCLE_SOURCE = "MCIF/1 orders; MAPPA.md §5.3 lifecycle";

    /**
     * The refusals of an order's lifecycle as recorded (applied for, interim order, full order granted or refused,
     * and the span in force); empty when consistent. An order is granted or refused, not both; the court decides
     * (interim, grant, refusal) on or after the application, and on the full order on or after an interim one; the
     * span in force ends after it begins and has a start if it has an end; only an SHPO carries a foreign travel
     * restriction. Dates may be null (not known or not yet happened).
     */
    public static List<FieldRefusal> checkLifecycle(OrderType type, LocalDate applied, LocalDate interim,
                                                    LocalDate granted, LocalDate refused,
                                                    boolean foreignTravelRestriction, LocalDate from, LocalDate to) {
        List<FieldRefusal> out = new ArrayList<>();
        if (granted != null && refused != null) {
            out.add(lifecycle("refused", "An order is either granted or refused, not both", "granted on " + granted
                    + " and refused on " + refused));
        }
        notBefore(out, "interim", "An interim order is made on or after the application", interim, applied, "applied");
        notBefore(out, "granted", "An order is granted on or after the application", granted, applied, "applied");
        notBefore(out, "refused", "An order is refused on or after the application", refused, applied, "applied");
        notBefore(out, "granted", "A full order is granted on or after the interim order", granted, interim, "interim");
        notBefore(out, "refused", "A full order is refused on or after the interim order", refused, interim, "interim");
        if (to != null && from == null) {
            out.add(lifecycle("from", "An order in force has the date it began", "an end on " + to + " but no start"));
        } else if (to != null && !to.isAfter(from)) {
            out.add(lifecycle("to", "An order's span in force ends after it begins", "from " + from + " to " + to));
        }
        if (foreignTravelRestriction && type != OrderType.SHPO) {
            out.add(new FieldRefusal("foreignTravelRestriction", Refusal.of(
                    "Only an SHPO carries a foreign travel restriction (" + SOURCE + "; MCIF/1 orders)",
                    type.named() + " given")));
        }
        return List.copyOf(out);
    }

    private static void notBefore(List<FieldRefusal> out, String field, String rule, LocalDate later, LocalDate earlier,
                                  String earlierName) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            out.add(lifecycle(field, rule, field + " " + later + " before " + earlierName + " " + earlier));
        }
    }

    private static FieldRefusal lifecycle(String field, String rule, String given) {
        return new FieldRefusal(field, Refusal.of(rule + " (" + LIFECYCLE_SOURCE + ")", given));
    }

    /** The term of an order from its dates: null ("until further order") when it has no end date. */
    public static Period term(LocalDate from, LocalDate to) {
        return to == null ? null : Period.between(from, to);
    }

    private static void atLeast(List<Refusal> refusals, String rule, LocalDate madeOn, Period term, Period minimum) {
        if (term != null && madeOn.plus(term).isBefore(madeOn.plus(minimum))) {
            refusals.add(Refusal.of(rule + " (" + SOURCE + ")", words(term) + " given"));
        }
    }

    private static boolean isPositive(LocalDate from, Period p) {
        return from.plus(p).isAfter(from);
    }

    /** A period in words: "4 years", "1 year and 6 months", "4 years, 11 months and 30 days". */
    static String words(Period p) {
        Period n = p.normalized();
        List<String> parts = new ArrayList<>();
        add(parts, n.getYears(), "year");
        add(parts, n.getMonths(), "month");
        add(parts, n.getDays(), "day");
        if (parts.isEmpty()) {
            return "0 days";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static void add(List<String> parts, int n, String unit) {
        if (n != 0) {
            parts.add(n + " " + unit + (Math.abs(n) == 1 ? "" : "s"));
        }
    }
}
