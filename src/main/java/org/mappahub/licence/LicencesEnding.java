package org.mappahub.licence;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.access.AgencyType;
import org.mappahub.access.Role;
import org.mappahub.access.Viewer;
import org.mappahub.work.WorkItem;
import org.mappahub.work.WorkKind;
import org.mappahub.work.WorkSource;

/**
 * "Orders and licences ending" on the work list of the area's probation practitioners, who supervise licences:
 * each licence in force ({@link LicenceStatus#on}) that ends within {@link LicenceOutlook#ENDING_HORIZON_DAYS} days,
 * as the record page shows it. One query for the area, read as the user.
 */
@Component
class LicencesEnding implements WorkSource {

    private final JdbcClient jdbc;

    LicencesEnding(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> workFor(Viewer viewer, LocalDate today) {
        if (!viewer.readsAreaCases() || viewer.role() != Role.PRACTITIONER || viewer.agencyType() != AgencyType.PROBATION) {
            return List.of();
        }
        return jdbc.sql("""
                        select l.id, n.ref, n.family_name || coalesce(', ' || array_to_string(n.given_names, ' '), ''),
                               l.starts_on, l.ends_on
                          from licence l join nominal n on n.id = l.nominal_id
                         where n.area_code = ? and l.ends_on >= ? and l.ends_on <= ?""")
                .params(viewer.area(), today, today.plusDays(LicenceOutlook.ENDING_HORIZON_DAYS))
                .query((rs, i) -> {
                    LocalDate starts = rs.getObject(4, LocalDate.class);
                    LocalDate ends = rs.getObject(5, LocalDate.class);
                    return LicenceStatus.on(today, starts, ends) != LicenceStatus.IN_FORCE ? null
                            : new WorkItem(WorkKind.ORDERS_DUE, rs.getString(2), rs.getString(3), "Licence ends", ends,
                            "/nominals/" + rs.getString(2) + "/licences/" + rs.getLong(1));
                })
                .list().stream().filter(java.util.Objects::nonNull).toList();
    }
}
