package org.mappahub.orders;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import org.mappahub.nominal.CaseDeadlines;
import org.mappahub.nominal.CaseRecords;
import org.mappahub.nominal.CaseSummaries;
import org.mappahub.nominal.Deadline;
import org.mappahub.nominal.NominalRecord.CivilOrder;
import org.mappahub.nominal.NominalRecord.OrderType;
import org.mappahub.nominal.SummaryRow;

/**
 * Civil orders on the record page: an SHPO about to expire and a foreign travel prohibition about to end (each a
 * renewal to consider in time), and the orders in force in the current picture. The orders are part of the record
 * already read for the page, so nothing more is loaded.
 */
@Component
class OrdersOutlook implements CaseDeadlines, CaseSummaries {

    /** Issue 4, "due and overdue at a glance": an order expiring within 30 days is shown. */
    static final int HORIZON_DAYS = 30;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Override
    public List<Deadline> deadlines(CaseRecords.Viewed viewed, LocalDate today) {
        return ending(viewed.stored().record().ref(), viewed.stored().record().orders(), today);
    }

    /** An SHPO in force expiring, or its foreign travel prohibition ending, within the horizon (also the work list's). */
    static List<Deadline> ending(String ref, List<CivilOrder> orders, LocalDate today) {
        List<Deadline> out = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            CivilOrder o = orders.get(i);
            if (o.type() != OrderType.SHPO || !OrderStatus.of(o, today).inForce()) {
                continue;
            }
            String href = "/nominals/" + ref + "/orders/" + i;
            // to and travelProhibitionEnds are the first days free of them: the last day in force is the day before
            if (o.to() != null && within(o.to().minusDays(1), today)) {
                out.add(new Deadline("SHPO expires", o.to().minusDays(1), href));
            }
            LocalDate travelEnds = o.details() == null ? null : o.details().travelProhibitionEnds();
            if (Boolean.TRUE.equals(o.foreignTravelRestriction()) && travelEnds != null
                    && within(travelEnds.minusDays(1), today)) {
                out.add(new Deadline("Foreign travel prohibition ends", travelEnds.minusDays(1), href));
            }
        }
        return out;
    }

    @Override
    public List<SummaryRow> summary(CaseRecords.Viewed viewed, LocalDate today) {
        List<String> inForce = new ArrayList<>();
        for (CivilOrder o : viewed.stored().record().orders()) {
            if (OrderStatus.of(o, today).inForce()) {
                inForce.add(o.type().name().replace('_', ' ') + (o.to() == null ? " until further order"
                        : " until the end of " + DATE.format(o.to().minusDays(1))));
            }
        }
        return inForce.isEmpty() ? List.of() : List.of(new SummaryRow("Civil orders in force", String.join("; ", inForce),
                href(viewed)));
    }

    private static boolean within(LocalDate lastDay, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, lastDay);
        return days >= 0 && days <= HORIZON_DAYS;
    }

    private static String href(CaseRecords.Viewed viewed) {
        return "/nominals/" + viewed.stored().record().ref() + "/orders";
    }
}
