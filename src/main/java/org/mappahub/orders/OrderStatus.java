package org.mappahub.orders;

import java.time.LocalDate;
import java.util.List;

import org.mappahub.nominal.NominalRecord.CivilOrder;
import org.mappahub.nominal.NominalRecord.OrderChange;
import org.mappahub.nominal.NominalRecord.OrderChangeKind;

/**
 * Where an order is in its lifecycle on a given day (domain/MAPPA.md §5.3: applied for, interim granted, full order
 * granted or refused, varied, renewed, discharged, expired), derived from its dates and recorded changes, never stored.
 */
public enum OrderStatus {
    RECORDED("Recorded", "govuk-tag--grey"),
    APPLIED_FOR("Applied for", "govuk-tag--blue"),
    INTERIM("Interim order", "govuk-tag--yellow"),
    GRANTED("Granted, not yet in force", "govuk-tag--blue"),
    IN_FORCE("In force", "govuk-tag--green"),
    VARIED("In force, varied", "govuk-tag--green"),
    RENEWED("In force, renewed", "govuk-tag--green"),
    REFUSED("Refused", "govuk-tag--grey"),
    DISCHARGED("Discharged", "govuk-tag--grey"),
    EXPIRED("Expired", "govuk-tag--grey");

    private final String words;
    private final String tagClasses;

    OrderStatus(String words, String tagClasses) {
        this.words = words;
        this.tagClasses = tagClasses;
    }

    public String words() {
        return words;
    }

    public String tagClasses() {
        return tagClasses;
    }

    public boolean inForce() {
        return this == INTERIM || this == IN_FORCE || this == VARIED || this == RENEWED;
    }

    /**
     * The status on {@code today}. A discharge ends the order on its date; a refusal decides it; otherwise the span in
     * force ({@code from <= today < to}) makes it interim (no full order yet) or in force, marked by its latest
     * variation or renewal; after {@code to} it has expired. Before any span: granted, interim, applied for.
     */
    public static OrderStatus of(CivilOrder o, LocalDate today) {
        List<OrderChange> changes = o.details() == null ? List.of() : o.details().changes().stream()
                .filter(c -> !c.date().isAfter(today)).toList();
        if (changes.stream().anyMatch(c -> c.kind() == OrderChangeKind.DISCHARGED)) {
            return DISCHARGED;
        }
        if (o.refused() != null && !o.refused().isAfter(today)) {
            return REFUSED;
        }
        if (o.from() != null && !today.isBefore(o.from())) {
            if (o.to() != null && !today.isBefore(o.to())) {
                return EXPIRED;
            }
            if (o.granted() == null || o.granted().isAfter(today)) {
                return o.interim() != null ? INTERIM : IN_FORCE;
            }
            OrderChangeKind latest = changes.isEmpty() ? null : changes.get(changes.size() - 1).kind();
            return latest == OrderChangeKind.RENEWED ? RENEWED : latest == OrderChangeKind.VARIED ? VARIED : IN_FORCE;
        }
        if (o.granted() != null && !o.granted().isAfter(today)) {
            return GRANTED;
        }
        if (o.interim() != null && !o.interim().isAfter(today)) {
            return INTERIM;
        }
        if (o.applied() != null && !o.applied().isAfter(today)) {
            return APPLIED_FOR;
        }
        return RECORDED;
    }
}
