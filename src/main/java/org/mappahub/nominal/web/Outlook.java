package org.mappahub.nominal.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.mappahub.nominal.CaseDeadlines;
import org.mappahub.nominal.CaseRecords;
import org.mappahub.nominal.CaseSummaries;
import org.mappahub.nominal.Deadline;
import org.mappahub.nominal.SummaryRow;

/**
 * The record page's view of the records other modules keep: what is coming up or overdue (soonest first, so
 * the overdue lead) and the current picture, in the order the modules gave it.
 */
record Outlook(List<Item> deadlines, List<SummaryRow> picture) {

    static final Outlook NONE = new Outlook(List.of(), List.of());

    /** A deadline as the page shows it: its status in words and the GOV.UK tag colour that goes with it. */
    record Item(Deadline deadline, String dueText, String status, String tagClass, boolean overdue) {
    }

    static Outlook of(CaseRecords.Viewed viewed, LocalDate today, List<CaseDeadlines> deadlines,
                      List<CaseSummaries> summaries) {
        List<Item> items = deadlines.stream()
                .flatMap(d -> d.deadlines(viewed, today).stream())
                .sorted(Comparator.comparing(Deadline::due).thenComparing(Deadline::what))
                .map(d -> item(d, today))
                .toList();
        List<SummaryRow> picture = summaries.stream().flatMap(s -> s.summary(viewed, today).stream()).toList();
        return new Outlook(items, picture);
    }

    private static Item item(Deadline d, LocalDate today) {
        long days = d.daysFrom(today);
        String tag = days < 0 ? "govuk-tag--red" : days <= 7 ? "govuk-tag--orange" : "govuk-tag--blue";
        return new Item(d, Text.date(d.due()), d.statusOn(today), tag, days < 0);
    }
}
