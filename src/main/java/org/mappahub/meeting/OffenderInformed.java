package org.mappahub.meeting;

/** Whether the offender was told of a disclosure, or consented to it (MAPPA.md §8). */
public enum OffenderInformed {
    CONSENTED("Consented"), TOLD("Told, did not consent"), NOT_TOLD("Not told");

    private final String title;

    OffenderInformed(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
