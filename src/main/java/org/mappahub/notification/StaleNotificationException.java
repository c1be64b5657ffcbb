package org.mappahub.notification;

/** The notification was corrected by someone else since the version the user edited; nothing was written. */
public class StaleNotificationException extends RuntimeException {

    public StaleNotificationException(String ref, long id, int expectedVersion) {
        super("Notification " + id + " of " + ref + " has changed since version " + expectedVersion + " was read");
    }
}
