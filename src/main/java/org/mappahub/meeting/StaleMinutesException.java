package org.mappahub.meeting;

import java.util.List;

import org.mappahub.meeting.MappMinutes.Edition;

/**
 * The minutes were changed by someone else since the version the user edited; nothing was written. Carries the
 * stored edition and, for an edit, the user's content and the fields where the two differ, so that the user sees
 * what changed and can reapply their edit against the stored version.
 */
public class StaleMinutesException extends RuntimeException {

    private final transient Edition stored;
    private final transient MinutesContent yours;

    public StaleMinutesException(Edition stored, int expectedVersion, MinutesContent yours) {
        super("The minutes have changed since version " + expectedVersion + " was read (now version "
                + (stored == null ? "?" : stored.version()) + ")");
        this.stored = stored;
        this.yours = yours;
    }

    public Edition stored() {
        return stored;
    }

    /** The user's content (null when the refused change was not an edit). */
    public MinutesContent yours() {
        return yours;
    }

    public List<MinutesContent.Difference> differences() {
        return yours == null || stored == null ? List.of() : yours.differencesFrom(stored.content());
    }
}
