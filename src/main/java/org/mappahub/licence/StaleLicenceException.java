package org.mappahub.licence;

/** The licence was changed by someone else since the version the user edited; nothing was written. */
public class StaleLicenceException extends RuntimeException {

    public StaleLicenceException(String ref, long licenceId, Integer expectedVersion) {
        super("Licence " + licenceId + " of " + ref + " has changed since "
                + (expectedVersion == null ? "the page was loaded" : "version " + expectedVersion + " was read"));
    }
}
