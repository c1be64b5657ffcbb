package org.mappahub.orders.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.mappahub.orders.InvalidOrderException;

/**
 * The fields of a JSON request body read one by one, each wrong one named with what it must be; a field the body
 * may not have is an error too (a misspelt field is never silently ignored).
 */
final class JsonFields {

    private final Map<String, Object> body;
    private final Map<String, String> problems = new LinkedHashMap<>();

    JsonFields(Map<String, Object> body, Set<String> allowed) {
        this.body = body == null ? Map.of() : body;
        for (String name : new TreeSet<>(this.body.keySet())) {
            if (!allowed.contains(name)) {
                problems.put(name, "unknown field \"" + name + "\" (the fields are " + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
    }

    LocalDate date(String name) {
        Object v = body.get(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse((String) v);
        } catch (ClassCastException | DateTimeParseException e) {
            problems.put(name, name + " must be a date as YYYY-MM-DD");
            return null;
        }
    }

    String text(String name) {
        Object v = body.get(name);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        problems.put(name, name + " must be a string");
        return null;
    }

    Boolean bool(String name) {
        Object v = body.get(name);
        if (v == null || v instanceof Boolean) {
            return (Boolean) v;
        }
        problems.put(name, name + " must be true or false");
        return null;
    }

    Integer integer(String name) {
        Object v = body.get(name);
        if (v == null || v instanceof Integer) {
            return (Integer) v;
        }
        problems.put(name, name + " must be a whole number");
        return null;
    }

    List<String> texts(String name) {
        Object v = body.get(name);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> list && list.stream().allMatch(x -> x instanceof String)) {
            List<String> out = new ArrayList<>();
            list.forEach(x -> out.add((String) x));
            return out;
        }
        problems.put(name, name + " must be a list of strings");
        return List.of();
    }

    <E extends Enum<E>> E choice(String name, Class<E> type, List<E> allowed) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            E e = Enum.valueOf(type, v);
            if (allowed.contains(e)) {
                return e;
            }
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        problems.put(name, name + " must be one of " + allowed);
        return null;
    }

    /** Refuses the body if any field was wrong; nothing is recorded. */
    void check() {
        if (!problems.isEmpty()) {
            throw new InvalidOrderException(problems);
        }
    }
}
