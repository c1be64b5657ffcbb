package org.mappahub.licence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.mappahub.nominal.CaseDeadlines;
import org.mappahub.nominal.CaseRecords;
import org.mappahub.nominal.CaseSummaries;
import org.mappahub.nominal.Deadline;
import org.mappahub.nominal.SummaryRow;

/**
 * Licences on the record page: a licence in force that ends within {@link #ENDING_HORIZON_DAYS} days (the end of
 * oversight is worth preparing for), and a line for the current picture — the licence in force, else the next to
 * start, else the last to end.
 */
@Component
class LicenceOutlook implements CaseDeadlines, CaseSummaries {

    /**
     * How soon before its end a licence shows as "Licence ends": the "order expiring in 30 days". A display
     * horizon, not a statutory or area policy number (nothing is due or overdue at a licence's end).
     */
    static final int ENDING_HORIZON_DAYS = 30;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Licences licences;

    LicenceOutlook(Licences licences) {
        this.licences = licences;
    }

    @Override
    public List<Deadline> deadlines(CaseRecords.Viewed viewed, LocalDate today) {
        return licences.licencesOf(viewed).stream()
                .filter(l -> LicenceStatus.on(today, l.startsOn(), l.endsOn()) == LicenceStatus.IN_FORCE)
                .filter(l -> ChronoUnit.DAYS.between(today, l.endsOn()) <= ENDING_HORIZON_DAYS)
                .map(l -> new Deadline("Licence ends", l.endsOn(), href(viewed, l)))
                .toList();
    }

    @Override
    public List<SummaryRow> summary(CaseRecords.Viewed viewed, LocalDate today) {
        List<Licences.Licence> all = licences.licencesOf(viewed);
        Optional<Licences.Licence> current = pick(all, today, LicenceStatus.IN_FORCE, Comparator.comparing(Licences.Licence::startsOn).reversed())
                .or(() -> pick(all, today, LicenceStatus.NOT_YET_STARTED, Comparator.comparing(Licences.Licence::startsOn)))
                .or(() -> pick(all, today, LicenceStatus.ENDED, Comparator.comparing(Licences.Licence::endsOn).reversed()));
        return current.map(l -> List.of(new SummaryRow("Licence", words(l, today), href(viewed, l)))).orElse(List.of());
    }

    /** "In force until 3 May 2027, 4 additional conditions". */
    static String words(Licences.Licence l, LocalDate today) {
        int n = l.conditions().size();
        String conditions = n == 0 ? "no additional conditions" : n + (n == 1 ? " additional condition" : " additional conditions");
        return switch (LicenceStatus.on(today, l.startsOn(), l.endsOn())) {
            case IN_FORCE -> "In force until " + DATE.format(l.endsOn()) + ", " + conditions;
            case NOT_YET_STARTED -> "Starts on " + DATE.format(l.startsOn()) + ", until " + DATE.format(l.endsOn()) + ", "
                    + conditions;
            case ENDED -> "Ended on " + DATE.format(l.endsOn());
        };
    }

    private static Optional<Licences.Licence> pick(List<Licences.Licence> all, LocalDate today, LicenceStatus status,
                                                   Comparator<Licences.Licence> order) {
        return all.stream().filter(l -> LicenceStatus.on(today, l.startsOn(), l.endsOn()) == status).min(order);
    }

    private static String href(CaseRecords.Viewed viewed, Licences.Licence l) {
        return "/nominals/" + viewed.stored().record().ref() + "/licences/" + l.id();
    }
}
