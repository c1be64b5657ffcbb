package org.mappahub.web.govuk;

import static org.mappahub.web.govuk.GovukExpressions.isTruthy;
import static org.mappahub.web.govuk.GovukExpressions.string;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The per-item logic of GOV.UK Frontend's {@code date-input/template.njk}, which is too much for an expression. */
final class DateInputItems {

    private static final String ERROR_CLASS = "govuk-input--error";

    private DateInputItems() {
    }

    static List<Map<String, Object>> of(Map<?, ?> params) {
        Map<?, ?> values = params.get("values") instanceof Map<?, ?> v ? GovukParams.unwrap(v) : Map.of();
        Object day = part(params, "day", values, "govuk-input--width-2");
        Object month = part(params, "month", values, "govuk-input--width-2");
        Object year = part(params, "year", values, "govuk-input--width-4");

        List<Object> items = new ArrayList<>();
        if (params.get("items") instanceof List<?> given && !given.isEmpty()) {
            items.addAll(given);
        } else {
            items.add(day);
            items.add(month);
            items.add(year);
        }

        boolean anyItemHasError = false;
        for (Object item : items) {
            if (item instanceof Map<?, ?> map && hasError(GovukParams.unwrap(map))) {
                anyItemHasError = true;
            }
        }

        String namePrefix = isTruthy(params.get("namePrefix")) ? string(params.get("namePrefix")) + "-" : "";
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (Object element : items) {
            if (!isTruthy(element) || !(element instanceof Map<?, ?> wrapped)) {
                continue;
            }
            Map<?, ?> item = GovukParams.unwrap(wrapped);
            Object itemName = item.get("name");
            Object itemValue = item.get("value");
            int itemWidth = 2;
            String itemClasses = "";
            boolean itemHasError = hasError(item);

            if (isPart(item, day, "day")) {
                itemName = orDefault(item.get("name"), "day");
                itemValue = orDefault(item.get("value"), member(day, "value"));
            } else if (isPart(item, month, "month")) {
                itemName = orDefault(item.get("name"), "month");
                itemValue = orDefault(item.get("value"), member(month, "value"));
            } else if (isPart(item, year, "year")) {
                itemName = orDefault(item.get("name"), "year");
                itemValue = orDefault(item.get("value"), member(year, "value"));
                itemWidth = 4;
            }

            String classes = isTruthy(item.get("classes")) ? string(item.get("classes")) : null;
            if ((classes == null || !classes.contains(ERROR_CLASS)) && (itemHasError
                    || (!Boolean.FALSE.equals(item.get("error")) && isTruthy(params.get("errorMessage")) && !anyItemHasError))) {
                itemClasses = (itemClasses + " " + ERROR_CLASS).trim();
            }
            if (classes == null || !classes.contains("govuk-input--width-")) {
                itemClasses = (itemClasses + " govuk-input--width-" + itemWidth).trim();
            }
            if (classes != null) {
                itemClasses = (itemClasses + " " + classes).trim();
            }

            Map<String, Object> label = new LinkedHashMap<>();
            label.put("text", isTruthy(item.get("label")) ? item.get("label")
                    : new GovukExpressions().capitalize(itemName == null ? "undefined" : itemName));
            label.put("classes", "govuk-date-input__label");

            String name = namePrefix + (itemName == null ? "undefined" : string(itemName));
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("label", label);
            input.put("id", isTruthy(item.get("id")) ? item.get("id")
                    : js(params.get("id")) + "-" + (itemName == null ? "undefined" : string(itemName)));
            input.put("classes", "govuk-date-input__input" + (itemClasses.isEmpty() ? "" : " " + itemClasses));
            input.put("name", name);
            input.put("value", itemValue != null ? itemValue : values.get(name));
            input.put("type", "text");
            input.put("inputmode", isTruthy(item.get("inputmode")) ? item.get("inputmode") : "numeric");
            input.put("autocomplete", item.get("autocomplete"));
            input.put("pattern", item.get("pattern"));
            input.put("attributes", item.get("attributes"));
            inputs.add(input);
        }
        return inputs;
    }

    /**
     * {@code params.day | default({name: "day", value: params.values.day, classes: ...})}: the default
     * replaces only a missing option, so {@code day: false} leaves the day out.
     */
    private static Object part(Map<?, ?> params, String name, Map<?, ?> values, String classes) {
        if (params.containsKey(name)) {
            Object given = params.get(name);
            return given instanceof Map<?, ?> map ? GovukParams.unwrap(map) : given;
        }
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("name", name);
        part.put("value", values.get(name));
        part.put("classes", classes);
        return part;
    }

    private static boolean isPart(Map<?, ?> item, Object part, String name) {
        Object itemName = item.get("name");
        Object partName = member(part, "name");
        return item == part || (isTruthy(itemName)
                && (name.equals(string(itemName)) || (partName != null && string(itemName).equals(string(partName)))));
    }

    private static Object member(Object part, String key) {
        return part instanceof Map<?, ?> map ? map.get(key) : null;
    }

    private static boolean hasError(Map<?, ?> item) {
        return isTruthy(item.get("error"))
                || (isTruthy(item.get("classes")) && string(item.get("classes")).contains(ERROR_CLASS));
    }

    private static Object orDefault(Object value, Object fallback) {
        return value != null ? value : fallback;
    }

    /** How JavaScript prints a value in string concatenation. */
    private static String js(Object value) {
        return value == null ? "undefined" : string(value);
    }
}
