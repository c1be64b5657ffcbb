package org.mappahub.referral;

/** No referral with this id on this person's record (or none the user may see). */
public class ReferralNotFoundException extends RuntimeException {

    public ReferralNotFoundException(String ref, long id) {
        super("The record " + ref + " has no referral " + id);
    }
}
