package org.mappahub.meeting;

/** Where a meeting stands: a cancelled meeting keeps its reason. */
public enum MeetingStatus {
    SCHEDULED("Scheduled"), HELD("Held"), CANCELLED("Cancelled");

    private final String title;

    MeetingStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
