package org.mappahub.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of a custody span (MCIF/1 {@code custody}, docs interchange-v1.md; domain/MAPPA.md §2 "in custody"):
 * a span is the half-open interval {@code from <= d < to}, so {@code to} (the first day out) is later than
 * {@code from}; spans of one person never overlap (a person is in one place of custody at a time); and only a
 * return to custody for breach of an order ({@code BREACH_OF_ORDER}) names the order breached, which it must.
 * Pure: the custody module and the MCIF/1 importer ask the same questions of it.
 */
public final class CustodyRules {

    static final String SOURCE = "MCIF/1 custody";

    private CustodyRules() {
    }

    /** MCIF/1: a span ends after it begins ({@code to} is the first day out of custody). */
    public static Optional<Refusal> checkDates(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        if (to != null && !to.isAfter(from)) {
            return Optional.of(Refusal.of("A custody span ends after it begins (" + SOURCE + ")",
                    "it begins on " + from + " and ends on " + to));
        }
        return Optional.empty();
    }

    /**
     * MCIF/1: a span with reason BREACH_OF_ORDER names the order type breached, and no other span names one.
     *
     * @param breachOfOrder whether the reason is BREACH_OF_ORDER
     * @param namesOrder    whether an order type is given
     */
    public static Optional<Refusal> checkOrder(boolean breachOfOrder, boolean namesOrder) {
        if (breachOfOrder && !namesOrder) {
            return Optional.of(Refusal.of("A return to custody for breach of an order names the order breached ("
                    + SOURCE + ")", "no order type was given"));
        }
        if (!breachOfOrder && namesOrder) {
            return Optional.of(Refusal.of("Only a return to custody for breach of an order names an order ("
                    + SOURCE + ")", "an order type was given with another reason"));
        }
        return Optional.empty();
    }

    /** Whether two half-open spans ({@code to == null}: open) share a day: MCIF/1 says custody spans must not. */
    public static boolean overlap(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
        return (bTo == null || aFrom.isBefore(bTo)) && (aTo == null || bFrom.isBefore(aTo));
    }

    /** The rule {@link #overlap} checks, as a refusal of a span that overlaps the one described. */
    public static Refusal overlapping(String other) {
        return Refusal.of("Custody spans must not overlap: a person is in one place of custody at a time (" + SOURCE
                + ")", "this span overlaps " + other);
    }
}
