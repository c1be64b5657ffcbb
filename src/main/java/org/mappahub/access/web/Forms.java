package org.mappahub.access.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Small builders for the GOV.UK fragments' {@code params} maps, for the administration and sharing pages: a
 * field's inline error, the error summary (each message linked to its field), and select options.
 */
final class Forms {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private Forms() {
    }

    /** A map that keeps its order and accepts null values (which the fragments treat as absent). */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            map.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
        }
        return map;
    }

    /** The field's inline error message, or null. */
    static Map<String, Object> error(Map<String, String> problems, String field) {
        String message = problems.get(field);
        return message == null ? null : map("text", message);
    }

    /** The error summary's list: every problem, linked to the element with the field's id. */
    static List<Map<String, Object>> summary(Map<String, String> problems) {
        List<Map<String, Object>> list = new ArrayList<>();
        problems.forEach((field, message) -> list.add(map("text", message, "href", "#" + field)));
        return list;
    }

    /** A select's items: an optional first "choose" item with an empty value, then value and text pairs. */
    static List<Map<String, Object>> options(String placeholder, Map<String, String> valuesAndTexts) {
        List<Map<String, Object>> items = new ArrayList<>();
        if (placeholder != null) {
            items.add(map("value", "", "text", placeholder));
        }
        valuesAndTexts.forEach((value, text) -> items.add(map("value", value, "text", text)));
        return items;
    }

    static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }
}
