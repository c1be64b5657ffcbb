package org.mappahub.licence;

import java.time.LocalDate;

/** Where a licence stands on a day: the end date is the last day on licence. */
public enum LicenceStatus {
    NOT_YET_STARTED("Not yet started"), IN_FORCE("In force"), ENDED("Ended");

    private final String words;

    LicenceStatus(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public static LicenceStatus on(LocalDate today, LocalDate startsOn, LocalDate endsOn) {
        if (today.isBefore(startsOn)) {
            return NOT_YET_STARTED;
        }
        return today.isAfter(endsOn) ? ENDED : IN_FORCE;
    }
}
