package org.mappahub.custody;

import java.time.LocalDate;

import org.mappahub.nominal.NominalRecord.CustodyKind;
import org.mappahub.nominal.NominalRecord.CustodyReason;
import org.mappahub.nominal.NominalRecord.CustodySpan;
import org.mappahub.nominal.NominalRecord.OrderType;

/** How custody reads in a page: "In prison since 3 May 2024 (recall); release expected 1 February 2027". */
public final class CustodyWords {

    private CustodyWords() {
    }

    public static String date(LocalDate d) {
        return CustodyRecords.DATE.format(d);
    }

    public static String kind(CustodyKind kind) {
        return kind == CustodyKind.PRISON ? "Prison" : "Hospital";
    }

    public static String reason(CustodyReason reason) {
        return switch (reason) {
            case SENTENCE -> "sentence";
            case REMAND -> "remand";
            case RECALL -> "recall (breach of licence)";
            case BREACH_OF_ORDER -> "breach of an order";
            case HOSPITAL_ORDER -> "hospital order";
            case OTHER -> "other";
        };
    }

    /** The reason of a span, naming the order breached. */
    public static String reason(CustodySpan s) {
        return s.reason() == CustodyReason.BREACH_OF_ORDER && s.order() != null
                ? "breach of " + order(s.order()) : reason(s.reason());
    }

    /** The current custody in one line, with the expected release (null: not recorded). */
    public static String current(CustodySpan s, LocalDate release) {
        String where = s.kind() == CustodyKind.PRISON ? "In prison" : "Detained in hospital";
        String reason = s.reason() == CustodyReason.RECALL ? "recall" : reason(s);
        return where + " since " + date(s.from()) + " (" + reason + "); "
                + (release == null ? "expected release date not recorded" : "release expected " + date(release));
    }

    public static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** An order as a sentence names it: "an SHPO", "a restraining order". */
    public static String order(OrderType o) {
        return switch (o) {
            case SHPO, SRO, FTO, RSHO -> "an " + o.name();
            case SOPO, DVPO -> "a " + o.name();
            case NO -> "a notification order";
            case RESTRAINING_ORDER -> "a restraining order";
            case DISQUALIFICATION_ORDER -> "a disqualification order";
        };
    }
}
