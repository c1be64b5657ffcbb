package org.mappahub.custody;

/** The custody record was changed by someone else since the version the user edited; nothing was written. */
public class StaleCustodyException extends RuntimeException {

    public StaleCustodyException(String what, String ref, Integer expectedVersion) {
        super("The " + what + " of " + ref + " has changed since "
                + (expectedVersion == null ? "the page was loaded" : "version " + expectedVersion + " was read"));
    }
}
