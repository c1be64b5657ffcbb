package org.mappahub.web.govuk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.unbescape.html.HtmlEscape;

/**
 * The {@code #govuk} expression object used by the GOV.UK Frontend fragments. Each helper gives a
 * fragment one piece of Nunjucks behaviour that Thymeleaf's own expressions do not have.
 */
public final class GovukExpressions {

    /**
     * Wraps a component's {@code params} so that a missing option reads as {@code null}
     * (as {@code undefined} does in Nunjucks) instead of failing the SpEL property lookup.
     */
    public Object params(Object params) {
        return GovukParams.wrap(params == null ? Map.of() : params);
    }

    /** Nunjucks (JavaScript) truthiness: {@code null}, {@code false}, {@code 0} and {@code ""} are false. */
    public boolean truthy(Object value) {
        return isTruthy(value);
    }

    /** {@code value} when {@code condition} is truthy, otherwise {@code null}. */
    public Object when(Object condition, Object value) {
        return isTruthy(condition) ? value : null;
    }

    /** Nunjucks {@code value | default(fallback, true)}: the fallback replaces any falsy value. */
    public Object or(Object value, Object fallback) {
        return isTruthy(value) ? value : fallback;
    }

    /** Nunjucks {@code value | default(fallback)}: the fallback replaces only a missing value. */
    public Object orDefault(Object value, Object fallback) {
        return value != null ? value : fallback;
    }

    /**
     * The markup for an option object with {@code html} and {@code text} members: its {@code html}
     * unescaped and trimmed if given, otherwise its {@code text} HTML-escaped; {@code null} if neither.
     * Use with {@code th:utext}.
     */
    public String html(Object section) {
        if (!(section instanceof Map<?, ?> map)) {
            return null;
        }
        return html(map.get("html"), map.get("text"));
    }

    /** {@code html} (unescaped, trimmed) if truthy, else {@code text} escaped, else {@code null}. */
    public String html(Object html, Object text) {
        if (isTruthy(html)) {
            return string(html).trim();
        }
        return text == null ? null : escape(text);
    }

    /** True when the option object has truthy {@code html} or {@code text}. */
    public boolean hasContent(Object section) {
        return section instanceof Map<?, ?> map && (isTruthy(map.get("html")) || isTruthy(map.get("text")));
    }

    /** HTML-escapes a value as Nunjucks autoescaping does. */
    public String escape(Object value) {
        return value == null ? "" : HtmlEscape.escapeHtml4Xml(string(value));
    }

    /** Joins the truthy parts with single spaces, for building a {@code class} attribute. */
    public String classes(Object... parts) {
        StringJoiner joiner = new StringJoiner(" ");
        for (Object part : parts) {
            if (isTruthy(part)) {
                joiner.add(string(part));
            }
        }
        return joiner.toString();
    }

    /** A mutable map from alternating keys and values, for passing options to a nested fragment. */
    public Map<String, Object> map(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("map() takes alternating keys and values");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
        }
        return GovukParams.wrap(map) instanceof Map<?, ?> wrapped ? castMap(wrapped) : map;
    }

    /** A copy of {@code base} with the given keys set (Nunjucks object spread {@code {...base, key: value}}). */
    public Map<String, Object> with(Object base, Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (base instanceof Map<?, ?> baseMap) {
            baseMap.forEach((key, value) -> map.put(String.valueOf(key), value));
        }
        map.putAll(map(keysAndValues));
        return castMap(GovukParams.wrap(map));
    }

    /** The items that are not {@code null}/falsy (Nunjucks templates skip falsy items in lists). */
    public List<Object> items(Object list) {
        List<Object> items = new ArrayList<>();
        if (list instanceof Collection<?> collection) {
            for (Object item : collection) {
                if (isTruthy(item)) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    /** Whether the option object defines {@code key} at all, even as {@code null} (Nunjucks {@code !== undefined}). */
    public boolean defined(Object section, String key) {
        if (section instanceof GovukParams params) {
            return params.defines(key);
        }
        return section instanceof Map<?, ?> map && map.containsKey(key);
    }

    /** Whether the length of a list or string is more than zero (Nunjucks {@code value | length}). */
    public boolean notEmpty(Object value) {
        if (value instanceof Collection<?> collection) {
            return !collection.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            return !map.isEmpty();
        }
        return isTruthy(value);
    }

    /**
     * JavaScript loose equality ({@code ==}) for the strings, numbers and booleans of options:
     * {@code 2 == "2"}; {@code null} equals only {@code null}.
     */
    public boolean looseEquals(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Number || b instanceof Number || a instanceof Boolean || b instanceof Boolean) {
            Double x = number(a);
            Double y = number(b);
            return x != null && x.equals(y);
        }
        return string(a).equals(string(b));
    }

    private static Double number(Object value) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof Boolean bool) {
            return bool ? 1.0 : 0.0;
        }
        String text = string(value).trim();
        if (text.isEmpty()) {
            return 0.0;
        }
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether the value is a boolean (Nunjucks {@code value === true or value === false}). */
    public boolean isBoolean(Object value) {
        return value instanceof Boolean;
    }

    /**
     * Markup {@code <name class="classes">innerHtml</name>} for an element whose name is only known at
     * render time (a heading level). {@code innerHtml} must already be safe markup; use with {@code th:utext}.
     */
    public String element(String name, String classes, String innerHtml) {
        if (!name.matches("[a-z][a-z0-9]*")) {
            throw new IllegalArgumentException("Not an element name: " + name);
        }
        String classAttribute = isTruthy(classes) ? " class=\"" + escape(classes) + "\"" : "";
        return "<" + name + classAttribute + ">" + (innerHtml == null ? "" : innerHtml) + "</" + name + ">";
    }

    /**
     * Whether a radios item is checked: its own {@code checked} if truthy, otherwise whether its
     * {@code value} loosely equals the component's {@code value} (unless {@code checked} is {@code false}).
     */
    public boolean checked(Object item, Object value) {
        Map<?, ?> map = item instanceof Map<?, ?> m ? m : Map.of();
        if (isTruthy(map.get("checked"))) {
            return true;
        }
        return isTruthy(value) && looseEquals(map.get("value"), value) && !Boolean.FALSE.equals(map.get("checked"));
    }

    /**
     * Whether a checkboxes item is checked: its own {@code checked} if truthy, otherwise whether its
     * {@code value} is one of the component's {@code values} (unless {@code checked} is {@code false}).
     */
    public boolean checkedIn(Object item, Object values) {
        Map<?, ?> map = item instanceof Map<?, ?> m ? m : Map.of();
        if (isTruthy(map.get("checked"))) {
            return true;
        }
        if (!isTruthy(values) || Boolean.FALSE.equals(map.get("checked"))) {
            return false;
        }
        Object itemValue = map.get("value");
        if (values instanceof Collection<?> collection) {
            return collection.stream().anyMatch(v -> strictEquals(v, itemValue));
        }
        // JavaScript `in` on a string tests for a substring
        return values instanceof CharSequence text && itemValue != null && text.toString().contains(string(itemValue));
    }

    /**
     * Whether a select item is selected: its own {@code selected} if truthy, otherwise whether its value
     * (or text, if it has no value) loosely equals the component's {@code value}.
     */
    public boolean selected(Object item, Object value) {
        Map<?, ?> map = item instanceof Map<?, ?> m ? m : Map.of();
        if (isTruthy(map.get("selected"))) {
            return true;
        }
        Object effectiveValue = defined(item, "value") ? map.get("value") : map.get("text");
        return isTruthy(value) && looseEquals(effectiveValue, value) && !Boolean.FALSE.equals(map.get("selected"));
    }

    /** Nunjucks {@code capitalize}: first character upper case, the rest lower case. */
    public String capitalize(Object value) {
        String text = string(value);
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase() + text.substring(1).toLowerCase();
    }

    /**
     * The options of the {@code govukInput} of each date input item, computed as
     * {@code date-input/template.njk} does (names, values, error and width classes).
     */
    public List<Map<String, Object>> dateInputItems(Object params) {
        return DateInputItems.of(params instanceof Map<?, ?> map ? GovukParams.unwrap(map) : Map.of());
    }

    private static boolean strictEquals(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return java.util.Objects.equals(a, b);
    }

    /** The size of a list (0 for anything else), for Nunjucks {@code list.length}. */
    public int size(Object list) {
        return list instanceof Collection<?> collection ? collection.size() : 0;
    }

    /** Summary list: whether any row has action items (then rows without get a "no actions" modifier). */
    public boolean anyRowHasActions(Object rows) {
        if (rows instanceof Collection<?> collection) {
            for (Object row : collection) {
                if (row instanceof Map<?, ?> map && map.get("actions") instanceof Map<?, ?> actions
                        && notEmpty(actions.get("items"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A list of the arguments, for {@code govuk:attributes} with more than one source. */
    public List<Object> list(Object... values) {
        return new ArrayList<>(java.util.Arrays.asList(values));
    }

    /** String concatenation that treats {@code null} as empty. */
    public String concat(Object... parts) {
        StringBuilder builder = new StringBuilder();
        for (Object part : parts) {
            if (part != null) {
                builder.append(string(part));
            }
        }
        return builder.toString();
    }

    /** Nunjucks {@code value | string}: how a value is printed. */
    public String str(Object value) {
        return string(value);
    }

    static boolean isTruthy(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return false;
        }
        if (value instanceof Number number) {
            return number.doubleValue() != 0 && !Double.isNaN(number.doubleValue());
        }
        if (value instanceof CharSequence text) {
            return !text.isEmpty();
        }
        return true;
    }

    static String string(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (number == Math.rint(number) && !Double.isInfinite(number)) {
                return String.valueOf((long) number);
            }
        }
        return String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object map) {
        return (Map<String, Object>) map;
    }
}
