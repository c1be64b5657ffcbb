package org.mappahub.meeting;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such action of this person, or none the user may see (a duty-to-co-operate agency asking for another agency's
 * action): answered as 404, so that another agency's actions do not show they exist.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ActionNotFoundException extends RuntimeException {

    public ActionNotFoundException(String ref, long actionId) {
        super("No action " + actionId + " of " + ref);
    }
}
