package org.mappahub.meeting;

/**
 * Where an edition of the minutes stands: the minute taker or co-ordinator drafts and submits, the chair approves;
 * approved minutes are locked (a correction is a new edition). Distribution is recorded on the approved edition.
 */
public enum MinutesStatus {
    DRAFT("Draft"), SUBMITTED("Submitted for approval"), APPROVED("Approved");

    private final String title;

    MinutesStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
