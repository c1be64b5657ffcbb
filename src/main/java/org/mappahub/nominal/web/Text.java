package org.mappahub.nominal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.mappahub.nominal.NominalRecord.OrderType;

/** How values read on the pages: GOV.UK date style ("5 January 2024"), enum names as words. */
public final class Text {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);
    /** Times are stored in UTC and shown as people in England and Wales read a clock. */
    private static final ZoneId LOCAL = ZoneId.of("Europe/London");

    private static final Map<OrderType, String> ORDER_NAMES = Map.of(
            OrderType.SHPO, "Sexual Harm Prevention Order (SHPO)",
            OrderType.SRO, "Sexual Risk Order (SRO)",
            OrderType.NO, "Notification Order",
            OrderType.SOPO, "Sexual Offences Prevention Order (SOPO)",
            OrderType.FTO, "Foreign Travel Order",
            OrderType.RSHO, "Risk of Sexual Harm Order",
            OrderType.RESTRAINING_ORDER, "Restraining Order",
            OrderType.DISQUALIFICATION_ORDER, "Disqualification Order",
            OrderType.DVPO, "Domestic Violence Protection Order");

    /** For templates, which may not call static methods: {@code ${text.dateOf(d)}}. */
    public static final Text PAGES = new Text();

    private Text() {
    }

    public String dateOf(LocalDate d) {
        return date(d);
    }

    public static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    public static String dateTime(Instant t) {
        return t == null ? "" : DATE_TIME.format(t.atZone(LOCAL)).replace("AM", "am").replace("PM", "pm");
    }

    /** {@code APPROVED_PREMISES} → "Approved premises"; order types by their full names. */
    public static String words(Enum<?> e) {
        if (e == null) {
            return "";
        }
        if (e instanceof OrderType o) {
            return ORDER_NAMES.get(o);
        }
        String s = e.name().replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "1 March 2020 to 3 April 2021", "Since 1 March 2020". */
    public static String period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "";
        }
        if (to == null) {
            return "Since " + date(from);
        }
        return date(from) + " to " + date(to);
    }

    public static String yesNo(Boolean b) {
        return b == null ? "" : b ? "Yes" : "No";
    }
}
