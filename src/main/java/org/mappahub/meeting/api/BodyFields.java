package org.mappahub.meeting.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of a flat JSON body for the meeting and action APIs, naming each problem (an unknown field, a
 * malformed value) in the caller's map; each API adds how it takes the version and which exception refuses.
 */
class BodyFields {

    private final JsonNode body;
    protected final Map<String, String> problems;

    BodyFields(JsonNode body, Set<String> known, Map<String, String> problems) {
        this.problems = problems;
        if (body == null || !body.isObject()) {
            problems.put("body", "The body must be a JSON object");
            this.body = null;
            return;
        }
        this.body = body;
        for (String name : body.propertyNames()) {
            if (!known.contains(name)) {
                problems.put(name, name + " is not a field of this request; the fields are " + new TreeSet<>(known));
            }
        }
    }

    String text(String name) {
        JsonNode v = body == null ? null : body.get(name);
        return v == null || v.isNull() ? null : v.isValueNode() ? v.asString() : null;
    }

    <E extends Enum<E>> E choice(Class<E> type, String name) {
        String v = text(name);
        try {
            return v == null ? null : Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            problems.put(name, name + " must be one of " + List.of(type.getEnumConstants()));
            return null;
        }
    }

    LocalDate date(String name) {
        String v = text(name);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.put(name, name + " must be a date, yyyy-mm-dd");
            return null;
        }
    }

    LocalTime time(String name) {
        String v = text(name);
        try {
            return v == null ? null : LocalTime.parse(v);
        } catch (DateTimeParseException e) {
            problems.put(name, name + " must be a time, hh:mm");
            return null;
        }
    }

    Long number(String name) {
        String v = text(name);
        try {
            return v == null ? null : Long.valueOf(v);
        } catch (NumberFormatException e) {
            problems.put(name, name + " must be a whole number");
            return null;
        }
    }
}
