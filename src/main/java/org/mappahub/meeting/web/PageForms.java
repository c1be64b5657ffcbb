package org.mappahub.meeting.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the meeting, minutes and action forms read alike: GOV.UK date inputs, numbers, and the error summary's list. */
final class PageForms {

    private PageForms() {
    }

    /**
     * A GOV.UK date input ({@code <field>Day}, {@code Month}, {@code Year}): all blank gives null, for the service to
     * name what is missing; anything else that is not a real date (years 1900 to 9999) puts {@code message} on the field.
     */
    static LocalDate date(Map<String, String> form, String field, String message, Map<String, String> errors) {
        String d = text(form.get(field + "Day"));
        String m = text(form.get(field + "Month"));
        String y = text(form.get(field + "Year"));
        if (d == null && m == null && y == null) {
            return null;
        }
        try {
            int year = Integer.parseInt(y);
            if (year < 1900 || year > 9999) {
                throw new NumberFormatException();
            }
            return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            errors.put(field, message);
            return null;
        }
    }

    /** A whole number, or null when blank or not one. */
    static Long number(String s) {
        try {
            return blank(s) ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String text(String s) {
        return blank(s) ? null : s.strip();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The error summary's entries, each linking to its field. */
    static List<Object> errorList(Map<String, String> errors) {
        return errors.entrySet().stream()
                .map(e -> (Object) Map.of("text", e.getValue(), "href", "#" + e.getKey())).toList();
    }
}
