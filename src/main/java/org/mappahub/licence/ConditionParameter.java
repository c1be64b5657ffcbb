package org.mappahub.licence;

/**
 * What an additional condition may need filled in to mean something: the catalogue entry declares which, and its
 * wording names each as a placeholder ({@code {NAMED_PERSON}}).
 */
public enum ConditionParameter {
    NAMED_PERSON("namedPerson", "Named person"),
    AGE("age", "Age"),
    /** A description in words, and optionally a GeoJSON Polygon: two form fields, zoneDescription and zonePolygon. */
    EXCLUSION_ZONE("zoneDescription", "Exclusion zone"),
    ADDRESS("address", "Address"),
    HOURS("hours", "Hours"),
    TEXT("text", "Details");

    /** The exclusion zone's polygon's form field. */
    public static final String ZONE_POLYGON = "zonePolygon";

    private final String field;
    private final String label;

    ConditionParameter(String field, String label) {
        this.field = field;
        this.label = label;
    }

    /** The form and API field that carries the value. */
    public String field() {
        return field;
    }

    public String label() {
        return label;
    }

    public String placeholder() {
        return "{" + name() + "}";
    }
}
