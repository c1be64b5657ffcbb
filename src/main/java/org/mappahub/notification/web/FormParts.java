package org.mappahub.notification.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The pieces the notification forms share: GOV.UK component parameters, and dates read from their three parts. */
final class FormParts {

    private FormParts() {
    }

    static Map<String, Object> dateInput(String id, String prefix, String legend, Map<String, String> form,
                                         Map<String, String> errors) {
        boolean bad = errors.containsKey(id);
        return map("id", id,
                "fieldset", map("legend", map("text", legend, "classes", "govuk-fieldset__legend--s")),
                "hint", map("text", "For example, 27 3 2024"),
                "errorMessage", error(errors, id),
                "items", List.of(
                        dateItem(id + "-day", prefix + "Day", "Day", form.get(prefix + "Day"), bad, "govuk-input--width-2"),
                        dateItem(id + "-month", prefix + "Month", "Month", form.get(prefix + "Month"), bad, "govuk-input--width-2"),
                        dateItem(id + "-year", prefix + "Year", "Year", form.get(prefix + "Year"), bad, "govuk-input--width-4")));
    }

    static Map<String, Object> dateItem(String id, String name, String label, String value, boolean error,
                                        String classes) {
        return map("id", id, "name", name, "label", label, "value", value, "classes", classes, "error", error);
    }

    /** A date from its three parts; a missing or impossible one is an error on {@code field}. */
    static LocalDate date(String day, String month, String year, String field, String what,
                          Map<String, String> errors) {
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
            errors.put(field, capitalised(what) + " must be a real date, for example 27 3 2024");
            return null;
        }
    }

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

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static Map<String, Object> error(Map<String, String> errors, String field) {
        return errors.containsKey(field) ? map("text", errors.get(field)) : null;
    }

    static Map<String, String> form(String... keysAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
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
