package org.mappahub.meeting;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such meeting of this person (or none the user may see): answered as 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class MeetingNotFoundException extends RuntimeException {

    public MeetingNotFoundException(String ref, long meetingId) {
        super("No meeting " + meetingId + " of " + ref);
    }
}
