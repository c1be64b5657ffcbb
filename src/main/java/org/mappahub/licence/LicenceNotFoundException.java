package org.mappahub.licence;

/** No licence with this id on this person's record (or none the user may see). */
public class LicenceNotFoundException extends RuntimeException {

    public LicenceNotFoundException(String ref, long licenceId) {
        super("The record " + ref + " has no licence " + licenceId);
    }
}
