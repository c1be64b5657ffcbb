package org.mappahub.meeting;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such edition of a meeting's minutes (or none the user may see): answered as 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class MinutesNotFoundException extends RuntimeException {

    public MinutesNotFoundException(String ref, long meetingId, int edition) {
        super("No edition " + edition + " of the minutes of meeting " + meetingId + " of " + ref);
    }
}
