package org.mappahub.intelligence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import org.mappahub.nominal.CaseRecords;
import org.mappahub.nominal.CaseSummaries;
import org.mappahub.nominal.SummaryRow;

/**
 * The intelligence log on the record page's current picture: "12 entries, latest 3 May 2026 (home visit)". No
 * deadlines: the log records what happened; it sets no due dates.
 */
@Component
class IntelligenceOutlook implements CaseSummaries {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final IntelligenceLog log;

    IntelligenceOutlook(IntelligenceLog log) {
        this.log = log;
    }

    @Override
    public List<SummaryRow> summary(CaseRecords.Viewed viewed, LocalDate today) {
        IntelligenceLog.Overview o = log.overview(viewed);
        if (o.entries() == 0) {
            return List.of();
        }
        String value = line(o.entries(), o.latestOn(), o.latestKind());
        return List.of(new SummaryRow("Intelligence log", value,
                "/nominals/" + viewed.stored().record().ref() + "/intelligence"));
    }

    static String line(long entries, LocalDate latestOn, IntelligenceKind kind) {
        // the kind as words in a sentence: "home visit", "link to a MARAC"
        String inSentence = Character.toLowerCase(kind.words().charAt(0)) + kind.words().substring(1);
        return entries + (entries == 1 ? " entry" : " entries") + ", latest " + DATE.format(latestOn)
                + " (" + inSentence + ")";
    }
}
