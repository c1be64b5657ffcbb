package org.mappahub.nominal;

/** No nominal has this ref (or, once the access policy exists, none the user may see). */
public class NominalNotFoundException extends RuntimeException {

    public NominalNotFoundException(String ref) {
        super("No nominal with ref " + ref);
    }
}
