package org.mappahub.referral;

/** The referral (or the record it changes) was changed by someone else since the version the user read; nothing was written. */
public class StaleReferralException extends RuntimeException {

    public StaleReferralException(String ref, long id, Integer expectedVersion, String what) {
        super("Referral " + id + " of " + ref + " " + what + " since "
                + (expectedVersion == null ? "the page was loaded" : "version " + expectedVersion + " was read"));
    }
}
