package org.mappahub.rules;

/**
 * The disposal for an offence, in the words of MCIF/1 ({@code convictions[].disposal}, docs/MCIF.md) and of
 * {@code NominalRecord.Disposal}: the same names, so a record's value maps by name. Which row of the s.82
 * table a disposal falls in is {@link NotificationPeriod.Row#of}.
 */
public enum Disposal {
    /** Imprisonment (or detention) for a fixed term; its length in months decides the row. */
    IMPRISONMENT("imprisonment for a fixed term"),
    /** Imprisonment for life. */
    LIFE("imprisonment for life"),
    /** Imprisonment for public protection. */
    IPP("imprisonment for public protection"),
    /** A hospital order with a restriction order. */
    HOSPITAL_ORDER_RESTRICTED("hospital order with a restriction order"),
    /** A hospital order without a restriction order. */
    HOSPITAL_ORDER("hospital order without a restriction order"),
    /** A caution (the period runs from the date of the caution). */
    CAUTION("caution"),
    /** A conditional discharge; its period in months is the notification period. */
    CONDITIONAL_DISCHARGE("conditional discharge"),
    /** A community order: "any other disposal". */
    COMMUNITY_ORDER("community order"),
    /** A fine: "any other disposal". */
    FINE("fine"),
    /** Any other disposal. */
    OTHER("any other disposal");

    private final String words;

    Disposal(String words) {
        this.words = words;
    }

    /** The disposal in words, for messages and help. */
    public String words() {
        return words;
    }

    /** Whether the s.82 row depends on a length in months (the sentence, or the period of the discharge). */
    public boolean needsLength() {
        return this == IMPRISONMENT || this == CONDITIONAL_DISCHARGE;
    }
}
