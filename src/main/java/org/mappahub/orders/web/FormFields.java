package org.mappahub.orders.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reading the orders forms (a submitted form is a map of field name to value) and building the GOV.UK component
 * parameters that show them again, with each field's error inline.
 */
final class FormFields {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Map<String, String> form;
    private final Map<String, String> errors;

    FormFields(Map<String, String> form, Map<String, String> errors) {
        this.form = form;
        this.errors = errors;
    }

    static String words(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    String value(String name) {
        String v = form.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** An optional date from its three parts ({@code nameDay}, {@code nameMonth}, {@code nameYear}). */
    LocalDate date(String name, String what) {
        String day = value(name + "Day");
        String month = value(name + "Month");
        String year = value(name + "Year");
        if (day == null && month == null && year == null) {
            return null;
        }
        try {
            int y = Integer.parseInt(year);
            if (y < 1900 || y > 9999) {
                throw new NumberFormatException();
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            errors.put(name, capitalised(what) + " must be a real date, for example 27 3 2024");
            return null;
        }
    }

    <E extends Enum<E>> E choice(Class<E> type, String name) {
        String v = value(name);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The non-empty lines of a text area, or the comma-separated parts of a line when {@code commas}. */
    List<String> lines(String name, boolean commas) {
        String v = value(name);
        return v == null ? List.of() : Arrays.stream(v.split(commas ? "[,\\n]" : "\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** Puts a date's three parts in the form, to show a stored value in an edit form. */
    static void putDate(Map<String, String> form, String name, LocalDate d) {
        if (d != null) {
            form.put(name + "Day", String.valueOf(d.getDayOfMonth()));
            form.put(name + "Month", String.valueOf(d.getMonthValue()));
            form.put(name + "Year", String.valueOf(d.getYear()));
        }
    }

    Map<String, Object> dateInput(String name, String legend, String hint) {
        boolean bad = errors.containsKey(name);
        return map("id", name,
                "fieldset", map("legend", map("text", legend, "classes", "govuk-fieldset__legend--s")),
                "hint", map("text", hint == null ? "For example, 27 3 2024" : hint),
                "errorMessage", error(name),
                "items", List.of(
                        dateItem(name + "-day", name + "Day", "Day", bad, "govuk-input--width-2"),
                        dateItem(name + "-month", name + "Month", "Month", bad, "govuk-input--width-2"),
                        dateItem(name + "-year", name + "Year", "Year", bad, "govuk-input--width-4")));
    }

    private Map<String, Object> dateItem(String id, String name, String label, boolean error, String classes) {
        return map("id", id, "name", name, "label", label, "value", form.get(name), "classes", classes, "error", error);
    }

    Map<String, Object> textarea(String name, String label, String hint) {
        return map("id", name, "name", name, "value", form.get(name), "label", map("text", label, "classes", "govuk-label--s"),
                "hint", hint == null ? null : map("text", hint), "errorMessage", error(name));
    }

    Map<String, Object> input(String name, String label, String hint) {
        return map("id", name, "name", name, "value", form.get(name), "label", map("text", label, "classes", "govuk-label--s"),
                "hint", hint == null ? null : map("text", hint), "errorMessage", error(name));
    }

    /** Radios for the values of an enum, or for the given value/text pairs. */
    Map<String, Object> radios(String name, String legend, List<String[]> options) {
        List<Object> items = options.stream().map(o -> (Object) map("value", o[0], "text", o[1],
                "checked", o[0].equals(form.get(name)))).toList();
        return map("idPrefix", name, "name", name,
                "fieldset", map("legend", map("text", legend, "classes", "govuk-fieldset__legend--s")),
                "errorMessage", error(name), "items", items);
    }

    Map<String, Object> select(String name, String label, String prompt, List<String[]> options) {
        List<Object> items = new java.util.ArrayList<>();
        items.add(map("value", "", "text", prompt));
        options.forEach(o -> items.add(map("value", o[0], "text", o[1], "selected", o[0].equals(form.get(name)))));
        return map("id", name, "name", name, "label", map("text", label, "classes", "govuk-label--s"),
                "errorMessage", error(name), "items", items);
    }

    Map<String, Object> checkbox(String name, String text, String hint) {
        return map("idPrefix", name, "name", name, "errorMessage", error(name),
                "items", List.of(map("value", "true", "text", text, "hint", hint == null ? null : map("text", hint),
                        "checked", "true".equals(form.get(name)))));
    }

    List<Object> errorList() {
        return errors.entrySet().stream().map(e -> (Object) map("text", e.getValue(), "href", "#" + e.getKey())).toList();
    }

    private Map<String, Object> error(String name) {
        return errors.containsKey(name) ? map("text", errors.get(name)) : null;
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
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
