package org.mappahub.access;

/** The access policy refused: the caller shows a 403, a 404 or the stated-reason form, by the outcome. */
public class AccessRefusedException extends RuntimeException {

    private final Access access;

    public AccessRefusedException(Access access, String message) {
        super(message);
        this.access = access;
    }

    public Access access() {
        return access;
    }
}
