package org.mappahub.notification;

/** No notification with that id on the person's record. */
public class NotificationNotFoundException extends RuntimeException {

    public NotificationNotFoundException(String ref, long id) {
        super("No notification " + id + " on the record of " + ref);
    }
}
