package org.mappahub.assessment;

/** The assessment was changed by someone else since the version the user edited; nothing was written. */
public class StaleAssessmentException extends RuntimeException {

    public StaleAssessmentException(String ref, long id, int expectedVersion) {
        super("Risk assessment " + id + " of " + ref + " has changed since version " + expectedVersion + " was read");
    }
}
