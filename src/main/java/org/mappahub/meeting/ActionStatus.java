package org.mappahub.meeting;

/** Where an action agreed at a MAPP meeting stands: completed keeps its note and date, cancelled its reason. */
public enum ActionStatus {
    OPEN("Open"), COMPLETED("Completed"), CANCELLED("Cancelled");

    private final String title;

    ActionStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
