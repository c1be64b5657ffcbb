package org.mappahub.licence.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The GOV.UK component parameters and form parsing the licence pages share. */
final class PageParts {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private PageParts() {
    }

    /** A map that keeps its order and allows {@code null} values (which the fragments read as "not given"). */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    static Map<String, Object> error(Map<String, String> errors, String field) {
        return errors.containsKey(field) ? map("text", errors.get(field)) : null;
    }

    static List<Map<String, Object>> errorList(Map<String, String> errors) {
        return errors.entrySet().stream().map(e -> map("text", e.getValue(), "href", "#" + e.getKey())).toList();
    }

    static Map<String, Object> row(String key, String value) {
        return map("key", map("text", key), "value", map("text", value));
    }

    static Map<String, Object> input(String id, String label, String value, String hint, Map<String, String> errors) {
        return map("id", id, "name", id, "value", value, "label", map("text", label, "classes", "govuk-label--s"),
                "hint", hint == null ? null : map("text", hint), "errorMessage", error(errors, id));
    }

    /** A date input named {@code prefix}Day/Month/Year whose error is {@code id}'s. */
    static Map<String, Object> dateInput(String id, String prefix, String legend, String hint, Map<String, String> form,
                                         Map<String, String> errors) {
        boolean bad = errors.containsKey(id);
        return map("id", id,
                "fieldset", map("legend", map("text", legend, "classes", "govuk-fieldset__legend--s")),
                "hint", map("text", hint == null ? "For example, 27 3 2026" : hint),
                "errorMessage", error(errors, id),
                "items", List.of(
                        dateItem(id + "-day", prefix + "Day", "Day", form.get(prefix + "Day"), bad, "govuk-input--width-2"),
                        dateItem(id + "-month", prefix + "Month", "Month", form.get(prefix + "Month"), bad, "govuk-input--width-2"),
                        dateItem(id + "-year", prefix + "Year", "Year", form.get(prefix + "Year"), bad, "govuk-input--width-4")));
    }

    private static Map<String, Object> dateItem(String id, String name, String label, String value, boolean error,
                                                String classes) {
        return map("id", id, "name", name, "label", label, "value", value, "classes", classes, "error", error);
    }

    /** The three parts of {@code date} into {@code form} under {@code prefix}. */
    static void putDate(Map<String, String> form, String prefix, LocalDate date) {
        form.put(prefix + "Day", date == null ? null : String.valueOf(date.getDayOfMonth()));
        form.put(prefix + "Month", date == null ? null : String.valueOf(date.getMonthValue()));
        form.put(prefix + "Year", date == null ? null : String.valueOf(date.getYear()));
    }

    /**
     * A date from its three parts in {@code form}; a missing one (unless optional) or an impossible one is an error
     * on {@code field}.
     */
    static LocalDate date(Map<String, String> form, String prefix, String field, String what, boolean optional,
                          Map<String, String> errors) {
        String day = form.get(prefix + "Day"), month = form.get(prefix + "Month"), year = form.get(prefix + "Year");
        if (blank(day) && blank(month) && blank(year)) {
            if (!optional) {
                errors.put(field, "Enter " + what);
            }
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

    /** The version a form was loaded at; unreadable is -1 (stale, never a match). */
    static Integer version(String version) {
        if (blank(version)) {
            return null;
        }
        try {
            return Integer.valueOf(version.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
