package org.mappahub.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import org.mappahub.nominal.CaseDeadlines;
import org.mappahub.nominal.CaseRecords;
import org.mappahub.nominal.CaseSummaries;
import org.mappahub.nominal.Deadline;
import org.mappahub.nominal.SummaryRow;

/**
 * The notification requirement on the record page: the next notification due (always shown while the
 * requirement applies — a missed yearly notification is an offence, so it is never "too far off" to show)
 * and a line for the current picture.
 */
@Component
class NotificationOutlook implements CaseDeadlines, CaseSummaries {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final NotificationRequirements requirements;

    NotificationOutlook(NotificationRequirements requirements) {
        this.requirements = requirements;
    }

    @Override
    public List<Deadline> deadlines(CaseRecords.Viewed viewed, LocalDate today) {
        NotificationRequirements.Picture picture = requirements.pictureOf(viewed);
        if (picture.nextDue() == null || picture.nextDue().awaitingRelease()) {
            return List.of();
        }
        String what = picture.notifications().isEmpty() ? "Initial notification" : "Annual notification";
        return List.of(new Deadline(what, picture.nextDue().due(), href(viewed)));
    }

    @Override
    public List<SummaryRow> summary(CaseRecords.Viewed viewed, LocalDate today) {
        NotificationRequirements.Requirement r = requirements.pictureOf(viewed).requirement();
        if (r == null) {
            return List.of();
        }
        String value;
        if (r.revokedOn() != null) {
            value = "Revoked on review, " + DATE.format(r.revokedOn());
        } else if (r.indefinite()) {
            value = "Indefinite, since " + DATE.format(r.startsOn());
        } else if (today.isBefore(r.endsOn())) {
            // endsOn is the first day free of it: people read "until" as the last day it applies
            value = "Until the end of " + DATE.format(r.endsOn().minusDays(1));
        } else {
            value = "Ended on " + DATE.format(r.endsOn().minusDays(1));
        }
        return List.of(new SummaryRow("Notification requirement", value, href(viewed)));
    }

    private static String href(CaseRecords.Viewed viewed) {
        return "/nominals/" + viewed.stored().record().ref() + "/notification";
    }
}
