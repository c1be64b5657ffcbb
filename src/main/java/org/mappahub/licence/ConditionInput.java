package org.mappahub.licence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.mappahub.rules.Children;

/**
 * An additional condition as the user asks for it: the catalogue code, the values of its parameters by field name
 * ({@link ConditionParameter#field()}, and {@link ConditionParameter#ZONE_POLYGON}), and whether a victim asked for
 * it (MAPPA.md §7). {@link #check} turns it into what is stored, or names each field that is wrong.
 */
public record ConditionInput(String code, Map<String, String> values, boolean victimRequested) {

    static final int MAX_NAME = 200;
    static final int MAX_ADDRESS = 500;
    static final int MAX_TEXT = 1000;
    static final int MAX_ZONE_DESCRIPTION = 2000;
    /** "19:00 to 07:00" or "19:00-07:00": a curfew's daily hours. */
    static final Pattern HOURS = Pattern.compile("^([01]\\d|2[0-3]):[0-5]\\d\\s*(?:to|-|–)\\s*([01]\\d|2[0-3]):[0-5]\\d$");

    public ConditionInput {
        values = values == null ? Map.of() : values;
    }

    /** A condition checked against its catalogue entry: the parameters as stored, and the wording filled in. */
    record Checked(ConditionCatalogue.Entry entry, Map<String, Object> parameters, boolean victimRequested) {
    }

    /**
     * The condition checked against the catalogue; problems go into {@code problems} under {@code prefix} + field.
     *
     * @return null when anything is wrong
     */
    Checked check(List<ConditionCatalogue.Entry> choosable, String prefix, Map<String, String> problems) {
        String c = code == null ? "" : code.strip();
        ConditionCatalogue.Entry entry = choosable.stream().filter(e -> e.code().equals(c)).findFirst().orElse(null);
        if (c.isEmpty()) {
            problems.put(prefix + "condition", "Select the additional condition");
            return null;
        }
        if (entry == null) {
            problems.put(prefix + "condition", "The condition " + c + " is not in the catalogue, or has been retired and "
                    + "can no longer be chosen");
            return null;
        }
        int before = problems.size();
        Map<String, Object> stored = new LinkedHashMap<>();
        for (ConditionParameter p : entry.parameters()) {
            String field = prefix + p.field();
            String value = value(p.field());
            switch (p) {
                case NAMED_PERSON -> text(value, MAX_NAME, field, "Enter the named person: who must not be contacted",
                        "The named person", problems, p, stored);
                case AGE -> {
                    if (value == null) {
                        problems.put(field, "Enter the age: the condition protects children under it");
                    } else {
                        try {
                            int age = Integer.parseInt(value);
                            if (!Children.isChildAge(age)) {
                                throw new NumberFormatException();
                            }
                            stored.put(p.name(), age);
                        } catch (NumberFormatException e) {
                            problems.put(field, "The age must be a whole number from 1 to " + (Children.ADULTHOOD - 1)
                                    + " (a child is a person under " + Children.ADULTHOOD + ": Children Act 1989 s.105)");
                        }
                    }
                }
                case EXCLUSION_ZONE -> {
                    Map<String, Object> zone = new LinkedHashMap<>();
                    if (value == null) {
                        problems.put(field, "Describe the exclusion zone in words (the polygon is optional, the description is not)");
                    } else if (value.length() > MAX_ZONE_DESCRIPTION) {
                        problems.put(field, "The exclusion zone description must be " + MAX_ZONE_DESCRIPTION + " characters or fewer");
                    } else {
                        zone.put("description", value);
                    }
                    String polygon = value(ConditionParameter.ZONE_POLYGON);
                    if (polygon != null) {
                        try {
                            zone.put("polygon", ZonePolygon.parse(polygon).geoJson());
                        } catch (ZonePolygon.Invalid e) {
                            problems.put(prefix + ConditionParameter.ZONE_POLYGON, e.getMessage());
                        }
                    }
                    stored.put(p.name(), zone);
                }
                case ADDRESS -> text(value, MAX_ADDRESS, field, "Enter the address", "The address", problems, p, stored);
                case HOURS -> {
                    if (value == null) {
                        problems.put(field, "Enter the hours, for example 19:00 to 07:00");
                    } else if (!HOURS.matcher(value).matches()) {
                        problems.put(field, "The hours must be a time to a time on the 24-hour clock, for example 19:00 to 07:00");
                    } else {
                        stored.put(p.name(), value);
                    }
                }
                case TEXT -> text(value, MAX_TEXT, field, "Enter the details the condition needs (" + entry.code() + ")",
                        "The details", problems, p, stored);
            }
        }
        return problems.size() == before ? new Checked(entry, stored, victimRequested) : null;
    }

    private String value(String field) {
        String v = values.get(field);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static void text(String value, int max, String field, String missing, String what,
                             Map<String, String> problems, ConditionParameter p, Map<String, Object> stored) {
        if (value == null) {
            problems.put(field, missing);
        } else if (value.length() > max) {
            problems.put(field, what + " must be " + max + " characters or fewer");
        } else {
            stored.put(p.name(), value);
        }
    }
}
