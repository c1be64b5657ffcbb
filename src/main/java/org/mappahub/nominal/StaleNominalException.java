package org.mappahub.nominal;

/** A change was made against an out-of-date version of the record; it was refused, nothing was written. */
public class StaleNominalException extends RuntimeException {

    private final String ref;
    private final int expectedVersion;

    public StaleNominalException(String ref, int expectedVersion) {
        super("Nominal " + ref + " has changed since version " + expectedVersion + " was read");
        this.ref = ref;
        this.expectedVersion = expectedVersion;
    }

    public String ref() {
        return ref;
    }

    public int expectedVersion() {
        return expectedVersion;
    }
}
