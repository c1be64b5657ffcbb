package org.mappahub.intelligence.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The small parsing and GOV.UK-parameter helpers of the intelligence pages. */
final class Forms {

    private Forms() {
    }

    /** A date from its three parts; a missing or impossible one is an error on {@code field}. */
    static LocalDate date(String day, String month, String year, String field, String what, Map<String, String> errors) {
        if (blank(day) && blank(month) && blank(year)) {
            errors.put(field, "Enter " + what);
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 1900 || y > 9999) {
                throw new NumberFormatException();
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            errors.put(field, Character.toUpperCase(what.charAt(0)) + what.substring(1)
                    + " must be a real date, for example 27 3 2026");
            return null;
        }
    }

    /** The constant named {@code value}, or null when blank or unknown (the service then names the field). */
    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A whole number, or null when blank or not a number. */
    static Long number(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static Map<String, Object> error(Map<String, String> errors, String field) {
        return errors.containsKey(field) ? map("text", errors.get(field)) : null;
    }

    /** A map that keeps its order and allows {@code null} values (which the fragments read as "not given"). */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
