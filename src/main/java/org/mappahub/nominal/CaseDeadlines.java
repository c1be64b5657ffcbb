package org.mappahub.nominal;

import java.time.LocalDate;
import java.util.List;

/**
 * What a module puts on the record page's "Coming up and overdue" panel. The record page belongs to this module,
 * the records that fall due (notification, orders, custody, licences, assessments) to others that depend on it;
 * they implement this as beans so the page can ask them without depending on them.
 *
 * <p>Called only for a viewer who sees the full history, inside the page's request: implementations open their own
 * read-only transaction (row-level security needs one) and return only what is worth a practitioner's attention
 * today — overdue, or due within the horizon the module thinks right.
 */
public interface CaseDeadlines {

    List<Deadline> deadlines(CaseRecords.Viewed viewed, LocalDate today);
}
