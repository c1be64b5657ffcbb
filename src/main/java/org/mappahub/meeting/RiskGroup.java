package org.mappahub.meeting;

/** The groups the risk of serious harm is assessed for in the minutes' risk assessment summary (MAPPA C). */
public enum RiskGroup {
    CHILDREN("Children"), PUBLIC("Public"), KNOWN_ADULT("Known adult"), STAFF("Staff"), PRISONERS("Prisoners");

    private final String title;

    RiskGroup(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The form and JSON field of this group's level. */
    public String field() {
        return "risk" + switch (this) {
            case CHILDREN -> "Children";
            case PUBLIC -> "Public";
            case KNOWN_ADULT -> "KnownAdult";
            case STAFF -> "Staff";
            case PRISONERS -> "Prisoners";
        };
    }
}
