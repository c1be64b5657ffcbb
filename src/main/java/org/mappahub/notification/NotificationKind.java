package org.mappahub.notification;

/** What a notification to the police was made for (SOA 2003 ss.83-86; domain/MAPPA.md §5.2). */
public enum NotificationKind {
    /** SOA 2003 s.83: the initial notification. */
    INITIAL("Initial notification"),
    /** SOA 2003 s.84(1)(a): a new name. */
    CHANGE_OF_NAME("Change of name"),
    /** SOA 2003 s.84(1)(b): a new home address. */
    CHANGE_OF_ADDRESS("Change of address"),
    /** SOA 2003 s.85: the periodic (annual) re-notification. */
    PERIODIC("Periodic (annual) notification"),
    /** SOA 2003 s.86: travel abroad, notified in advance. */
    TRAVEL("Travel abroad"),
    /** SOA 2003 s.84(1)(ca): a stay at a household with a child. */
    HOUSEHOLD_WITH_CHILD("Stay at a household with a child");

    private final String words;

    NotificationKind(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
