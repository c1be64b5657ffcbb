package org.mappahub.nominal;

import java.time.LocalDate;
import java.util.List;

/**
 * What a module puts in the record page's "Current picture" — as {@link CaseDeadlines}, for records this module
 * does not own. Called only for a viewer who sees the full history; implementations open their own read-only
 * transaction.
 */
public interface CaseSummaries {

    List<SummaryRow> summary(CaseRecords.Viewed viewed, LocalDate today);
}
