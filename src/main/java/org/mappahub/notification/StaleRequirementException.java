package org.mappahub.notification;

/** The requirement was changed by someone else since the version the user edited; nothing was written. */
public class StaleRequirementException extends RuntimeException {

    public StaleRequirementException(String ref, Integer expectedVersion) {
        super("The notification requirement of " + ref + " has changed since "
                + (expectedVersion == null ? "the page was loaded" : "version " + expectedVersion + " was read"));
    }
}
