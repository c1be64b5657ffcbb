package org.mappahub.meeting;

/** The first MAPP meeting of a case at level 2 or 3, or a review of it (MAPPA.md §4.3). */
public enum MeetingKind {
    INITIAL("Initial"), REVIEW("Review");

    private final String title;

    MeetingKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
