package org.mappahub.nominal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mappahub.nominal.InvalidNominalException.Problem;

/**
 * The problems with a submitted identity form, one message per form field, in the order the fields
 * appear on the page: the error summary lists them with links to the fields, and each field shows its
 * own message inline.
 */
public final class FormErrors {

    /** Form fields in page order; a problem reported for {@code givenNames[2]} belongs to {@code givenNames}. */
    private static final List<String> FIELD_ORDER = List.of("area", "familyName", "givenNames", "dateOfBirth",
            "gender", "ethnicity", "pncId", "crn", "prisonNumber", "bcu");

    private final Map<String, String> messages = new LinkedHashMap<>();
    private final Set<String> badDateParts = new LinkedHashSet<>();

    void add(String problemField, String message) {
        String field = problemField.replaceAll("\\[\\d+]$", "");
        messages.putIfAbsent(field, message);
    }

    void addAll(List<Problem> problems) {
        problems.forEach(p -> add(p.field(), p.message()));
    }

    void dateParts(Set<String> parts) {
        badDateParts.addAll(parts);
    }

    public boolean any() {
        return !messages.isEmpty();
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    public String message(String field) {
        return messages.get(field);
    }

    /** Whether one part (day, month, year) of the date of birth is to be highlighted. */
    public boolean datePart(String part) {
        return has("dateOfBirth") && (badDateParts.isEmpty() || badDateParts.contains(part));
    }

    /** The error summary's list, as the GOV.UK error summary's {@code errorList}: {@code text} and {@code href}. */
    public List<Map<String, Object>> summary() {
        List<Map<String, Object>> list = new ArrayList<>();
        List<String> fields = new ArrayList<>(messages.keySet());
        fields.sort((a, b) -> Integer.compare(order(a), order(b)));
        for (String field : fields) {
            list.add(Map.of("text", messages.get(field), "href", "#" + anchor(field)));
        }
        return list;
    }

    private String anchor(String field) {
        if (field.equals("dateOfBirth")) {
            String first = badDateParts.isEmpty() ? DateOfBirthInput.DAY : badDateParts.iterator().next();
            return "dateOfBirth-" + first;
        }
        if (field.equals("stale")) {
            return "conflicts";
        }
        return FIELD_ORDER.contains(field) ? field : "familyName";
    }

    private static int order(String field) {
        int i = FIELD_ORDER.indexOf(field);
        return i < 0 ? FIELD_ORDER.size() : i;
    }
}
