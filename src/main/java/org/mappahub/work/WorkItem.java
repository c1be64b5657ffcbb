package org.mappahub.work;

import java.time.LocalDate;

/**
 * One thing that needs the user.
 *
 * @param kind   which list it goes in
 * @param ref    the person's ref (null for work not about one person)
 * @param person the person's name as the user may see it (null with ref)
 * @param what   what is to be done, in a few words ("Review meeting due", "Minutes to approve")
 * @param due    when it is due (null when there is no date: shown first, as due now)
 * @param href   where the user does it
 */
public record WorkItem(WorkKind kind, String ref, String person, String what, LocalDate due, String href) {

    public boolean overdue(LocalDate today) {
        return due != null && due.isBefore(today);
    }
}
