package org.mappahub.licence.api;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.mappahub.licence.InvalidLicenceException;

/**
 * Reads a licence API body into its record, refusing a field the record does not have (at any depth: a condition
 * inside a licence too) or a value of the wrong type, each named. The shared mapper ignores unknown fields, and a
 * misspelt field silently ignored is a condition silently lost.
 */
@Component
class StrictBodies {

    private final JsonMapper json;

    StrictBodies(JsonMapper json) {
        this.json = json;
    }

    <T extends Record> T read(JsonNode body, Class<T> type) {
        if (body == null || !body.isObject()) {
            throw new InvalidLicenceException(Map.of("body", "The body must be a JSON object"));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        check(body, type, "", problems);
        if (!problems.isEmpty()) {
            throw new InvalidLicenceException(problems);
        }
        try {
            return json.treeToValue(body, type);
        } catch (JacksonException e) {
            String field = e.getPath().isEmpty() ? "body" : e.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .reduce("", (a, b) -> a.isEmpty() || b.startsWith("[") ? a + b : a + "." + b);
            throw new InvalidLicenceException(Map.of(field, field + " has a value of the wrong type"));
        }
    }

    private static void check(JsonNode node, Class<?> type, String path, Map<String, String> problems) {
        Map<String, RecordComponent> components = new LinkedHashMap<>();
        Arrays.stream(type.getRecordComponents()).forEach(c -> components.put(c.getName(), c));
        for (String name : node.propertyNames()) {
            String field = path + name;
            RecordComponent component = components.get(name);
            if (component == null) {
                problems.put(field, field + " is not a field of this request; the fields are " + components.keySet());
                continue;
            }
            JsonNode value = node.get(name);
            Class<?> nested = recordType(component.getGenericType());
            if (nested == null || value.isNull()) {
                continue;
            }
            if (value.isObject() && !isList(component.getGenericType())) {
                check(value, nested, field + ".", problems);
            } else if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    if (value.get(i).isObject()) {
                        check(value.get(i), nested, field + "[" + i + "].", problems);
                    }
                }
            }
        }
    }

    private static boolean isList(Type type) {
        return type instanceof ParameterizedType;
    }

    /** The record type of a record component, or of the elements of a list component; null for anything else. */
    private static Class<?> recordType(Type type) {
        if (type instanceof Class<?> c && c.isRecord()) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] instanceof Class<?> c && c.isRecord()) {
            return c;
        }
        return null;
    }
}
