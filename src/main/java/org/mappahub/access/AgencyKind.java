package org.mappahub.access;

/** The three kinds of agency in MAPPA (Criminal Justice Act 2003, ss.325–327). */
public enum AgencyKind {
    RESPONSIBLE_AUTHORITY("Responsible Authority"),
    DUTY_TO_COOPERATE("Duty to co-operate"),
    VOLUNTARY("Voluntary partner");

    private final String title;

    AgencyKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
