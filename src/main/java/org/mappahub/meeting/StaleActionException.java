package org.mappahub.meeting;

/** The action was changed by someone else since the version the user edited; nothing was written. */
public class StaleActionException extends RuntimeException {

    public StaleActionException(long actionId, int expectedVersion) {
        super("The action " + actionId + " has changed since version " + expectedVersion + " was read");
    }
}
