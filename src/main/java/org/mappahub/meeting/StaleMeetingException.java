package org.mappahub.meeting;

/** The meeting was changed by someone else since the version the user edited; nothing was written. */
public class StaleMeetingException extends RuntimeException {

    public StaleMeetingException(long meetingId, int expectedVersion) {
        super("The meeting " + meetingId + " has changed since version " + expectedVersion + " was read");
    }
}
