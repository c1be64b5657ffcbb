package org.mappahub.orders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.access.AgencyType;
import org.mappahub.access.Role;
import org.mappahub.access.Viewer;
import org.mappahub.nominal.Nominals;
import org.mappahub.nominal.StoredNominal;
import org.mappahub.work.WorkItem;
import org.mappahub.work.WorkKind;
import org.mappahub.work.WorkSource;

/**
 * "Orders and licences ending" on the work list of the area's police practitioners, who apply to renew an SHPO
 * (Sentencing Act 2020 s.350; the police are the applicants for civil orders): each SHPO in force that expires, or
 * whose foreign travel prohibition ends, within {@link OrdersOutlook#HORIZON_DAYS} days — the record page's rule
 * ({@link OrdersOutlook#ending}), applied to the few people a query of the area finds with such a date ahead.
 */
@Component
class OrdersEnding implements WorkSource {

    private final JdbcClient jdbc;
    private final Nominals nominals;

    OrdersEnding(JdbcClient jdbc, Nominals nominals) {
        this.jdbc = jdbc;
        this.nominals = nominals;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> workFor(Viewer viewer, LocalDate today) {
        if (!viewer.readsAreaCases() || viewer.role() != Role.PRACTITIONER || viewer.agencyType() != AgencyType.POLICE) {
            return List.of();
        }
        // candidates only (a day's slack either side); the rule below decides
        LocalDate until = today.plusDays(OrdersOutlook.HORIZON_DAYS + 2L);
        List<String> refs = jdbc.sql("""
                        select distinct n.ref from civil_order o join nominal n on n.id = o.nominal_id
                         where n.area_code = :area and o.type = 'SHPO'
                           and ((o.to_date > :today and o.to_date <= :until)
                             or (o.foreign_travel_restriction
                                 and (o.details ->> 'travelProhibitionEnds')::date > :today
                                 and (o.details ->> 'travelProhibitionEnds')::date <= :until))""")
                .param("area", viewer.area()).param("today", today).param("until", until)
                .query(String.class).list();
        if (refs.isEmpty()) {
            return List.of();
        }
        List<WorkItem> items = new ArrayList<>();
        for (StoredNominal n : nominals.findAllByRef(refs).values()) {
            String name = n.record().person().familyName() + ", " + String.join(" ", n.record().person().givenNames());
            OrdersOutlook.ending(n.record().ref(), n.record().orders(), today).forEach(d -> items.add(
                    new WorkItem(WorkKind.ORDERS_DUE, n.record().ref(), name, d.what(), d.due(), d.href())));
        }
        return items;
    }
}
