package org.mappahub.meeting;

/** How an invited agency took part in a meeting that was held (MAPPA.md §4.3, the MAPPA C attendance list). */
public enum Attendance {
    ATTENDED("Attended"),
    APOLOGIES_WITH_REPORT("Apologies, with a written report"),
    APOLOGIES("Apologies, no report"),
    DID_NOT_ATTEND("Did not attend");

    private final String title;

    Attendance(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
