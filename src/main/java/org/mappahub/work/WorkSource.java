package org.mappahub.work;

import java.time.LocalDate;
import java.util.List;

import org.mappahub.access.Viewer;

/**
 * What a module puts on a user's work list. The work list belongs to this module; the records that need someone's
 * attention belong to the modules that depend on it, which implement this as beans.
 *
 * <p>Called inside the work page's request, as the signed-in user (row-level security applies): implementations
 * open their own read-only transaction, answer for the whole of the viewer's caseload in a few set-based queries
 * (a co-ordinator's area may hold thousands of cases: never one query per case) and return only what needs
 * <em>this</em> viewer — by role, agency and area — today: overdue, or due within the module's horizon.
 */
public interface WorkSource {

    List<WorkItem> workFor(Viewer viewer, LocalDate today);
}
