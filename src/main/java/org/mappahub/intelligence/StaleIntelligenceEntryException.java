package org.mappahub.intelligence;

/** The entry was corrected by someone else since the version the user edited; nothing was written. */
public class StaleIntelligenceEntryException extends RuntimeException {

    public StaleIntelligenceEntryException(String ref, long entry, Integer expectedVersion) {
        super("Intelligence log entry " + entry + " of " + ref + " has been corrected since "
                + (expectedVersion == null ? "it was read" : "version " + expectedVersion + " was read"));
    }
}
