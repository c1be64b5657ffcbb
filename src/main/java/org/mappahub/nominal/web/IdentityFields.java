package org.mappahub.nominal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mappahub.nominal.Area;
import org.mappahub.nominal.NominalRecord.Gender;

/**
 * The options of each GOV.UK component on the identity form (the option names of the Nunjucks macros,
 * which the {@code fragments/govuk} fragments take), filled with the submitted values and their errors.
 */
final class IdentityFields {

    private IdentityFields() {
    }

    /** Component options by form field name. {@code areas} is given on create (area select), else {@code bcus}. */
    static Map<String, Object> of(NominalForm form, FormErrors errors, List<Area> areas, List<String> bcus) {
        Map<String, Object> f = new LinkedHashMap<>();
        if (areas != null) {
            List<Object> items = new ArrayList<>();
            items.add(map("value", "", "text", "Select an area"));
            areas.forEach(a -> items.add(map("value", a.code(), "text", a.name(), "selected", a.code().equals(form.getArea()))));
            f.put("area", map("id", "area", "name", "area", "label", label("Managing area"), "items", items,
                    "errorMessage", error(errors, "area")));
        }
        f.put("familyName", input(form.getFamilyName(), "familyName", "Family name", null, errors,
                "govuk-!-width-one-half", "family-name"));
        f.put("givenNames", input(form.getGivenNames(), "givenNames", "Given names",
                "All of them, in order, separated by spaces", errors, "govuk-!-width-two-thirds", "given-name"));
        f.put("dateOfBirth", map(
                "id", "dateOfBirth",
                "fieldset", map("legend", map("text", "Date of birth", "classes", "govuk-fieldset__legend--s")),
                "hint", map("text", "For example, 27 3 1985"),
                "errorMessage", error(errors, "dateOfBirth"),
                "items", List.of(
                        dateItem("dateOfBirth-day", "dobDay", "Day", form.getDobDay(), errors.datePart("day"), "govuk-input--width-2"),
                        dateItem("dateOfBirth-month", "dobMonth", "Month", form.getDobMonth(), errors.datePart("month"), "govuk-input--width-2"),
                        dateItem("dateOfBirth-year", "dobYear", "Year", form.getDobYear(), errors.datePart("year"), "govuk-input--width-4"))));
        List<Object> genders = new ArrayList<>();
        for (Gender g : Gender.values()) {
            genders.add(map("value", g.name(), "text", Text.words(g), "checked", g.name().equals(form.getGender())));
        }
        f.put("gender", map("idPrefix", "gender", "name", "gender", "classes", "govuk-radios--small govuk-radios--inline",
                "fieldset", map("legend", map("text", "Gender", "classes", "govuk-fieldset__legend--s")),
                "hint", map("text", "Optional"),
                "errorMessage", error(errors, "gender"), "items", genders));
        f.put("ethnicity", input(form.getEthnicity(), "ethnicity", "Ethnicity", "Optional. As the person describes it",
                errors, "govuk-!-width-one-half", null));
        f.put("pncId", input(form.getPncId(), "pncId", "PNC ID", "Optional. For example, 1999/0123456X", errors,
                "govuk-input--width-20", null));
        f.put("crn", input(form.getCrn(), "crn", "Probation case reference number (CRN)", "Optional", errors,
                "govuk-input--width-10", null));
        f.put("prisonNumber", input(form.getPrisonNumber(), "prisonNumber", "Prison number", "Optional", errors,
                "govuk-input--width-10", null));
        List<Object> bcuItems = new ArrayList<>();
        bcuItems.add(map("value", "", "text", "None"));
        if (areas != null) {
            areas.forEach(a -> a.bcus().forEach(b -> bcuItems.add(map("value", b, "text", b + " (" + a.name() + ")",
                    "selected", b.equals(form.getBcu()) && a.code().equals(form.getArea())))));
        } else {
            bcus.forEach(b -> bcuItems.add(map("value", b, "text", b, "selected", b.equals(form.getBcu()))));
        }
        f.put("bcu", map("id", "bcu", "name", "bcu", "label", label("Basic command unit (BCU)"),
                "hint", map("text", areas != null ? "Optional. One of the managing area's BCUs" : "Optional"),
                "items", bcuItems, "errorMessage", error(errors, "bcu")));
        return f;
    }

    private static Map<String, Object> input(String value, String name, String label, String hint, FormErrors errors,
                                             String classes, String autocomplete) {
        return map("id", name, "name", name, "value", value, "label", label(label),
                "hint", hint == null ? null : map("text", hint), "classes", classes,
                "autocomplete", autocomplete == null ? "off" : autocomplete, "spellcheck", false,
                "errorMessage", error(errors, name));
    }

    private static Map<String, Object> dateItem(String id, String name, String label, String value, boolean error,
                                                String classes) {
        return map("id", id, "name", name, "label", label, "value", value, "classes", classes, "error", error);
    }

    private static Map<String, Object> label(String text) {
        return map("text", text, "classes", "govuk-label--s");
    }

    private static Map<String, Object> error(FormErrors errors, String field) {
        return errors.has(field) ? map("text", errors.message(field)) : null;
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
