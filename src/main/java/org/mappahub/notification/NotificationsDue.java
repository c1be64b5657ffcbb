package org.mappahub.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.access.AgencyType;
import org.mappahub.access.Role;
import org.mappahub.access.Viewer;
import org.mappahub.nominal.NominalRecord;
import org.mappahub.work.WorkItem;
import org.mappahub.work.WorkKind;
import org.mappahub.work.WorkSource;

/**
 * "Notifications due" on the work list of the area's police practitioners, who take notifications (SOA 2003 s.87,
 * at a police station): each person whose next notification ({@link NotificationRequirements#nextDue}, the rules of
 * ss.83 and 85) falls within {@link #HORIZON_DAYS} days or is overdue. One query for the area, read as the user.
 */
@Component
class NotificationsDue implements WorkSource {

    /** Issue 5: notifications due within 7 days (and those overdue) are on the work list. A display horizon. */
    static final int HORIZON_DAYS = 7;

    private final JdbcClient jdbc;

    NotificationsDue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> workFor(Viewer viewer, LocalDate today) {
        if (!viewer.readsAreaCases() || viewer.role() != Role.PRACTITIONER || viewer.agencyType() != AgencyType.POLICE) {
            return List.of();
        }
        List<WorkItem> items = new ArrayList<>();
        jdbc.sql("""
                        select n.ref, n.family_name || coalesce(', ' || array_to_string(n.given_names, ' '), ''),
                               r.starts_on, coalesce(r.revoked_on, r.ends_on), m.last_made, c.froms, c.tos
                          from notification_requirement r join nominal n on n.id = r.nominal_id
                          left join lateral (select max(made_on) as last_made from notification x
                                              where x.nominal_id = r.nominal_id) m on true
                          left join lateral (select array_agg(s.from_date order by s.position) as froms,
                                                    array_agg(s.to_date order by s.position) as tos
                                               from custody_span s where s.nominal_id = r.nominal_id) c on true
                         where n.area_code = ? and (coalesce(r.revoked_on, r.ends_on) is null
                                                    or coalesce(r.revoked_on, r.ends_on) > ?)""")
                .params(viewer.area(), today)
                .query(rs -> {
                    boolean initial = rs.getObject(5) == null;
                    NotificationRequirements.NextDue due = NotificationRequirements.nextDue(
                            rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                            rs.getObject(5, LocalDate.class), custody(rs.getArray(6), rs.getArray(7)), today);
                    // in custody when it would fall due: due on release, nothing to do yet
                    if (due != null && !due.awaitingRelease() && due.days() <= HORIZON_DAYS) {
                        items.add(new WorkItem(WorkKind.NOTIFICATIONS_DUE, rs.getString(1), rs.getString(2),
                                initial ? "Initial notification" : "Annual notification", due.due(),
                                "/nominals/" + rs.getString(1) + "/notification"));
                    }
                });
        return items;
    }

    /** The person's custody spans from their dates (null: none); only the dates matter to the deadlines. */
    private static List<NominalRecord.CustodySpan> custody(java.sql.Array froms, java.sql.Array tos)
            throws java.sql.SQLException {
        if (froms == null) {
            return List.of();
        }
        Object[] from = (Object[]) froms.getArray();
        Object[] to = (Object[]) tos.getArray();
        List<NominalRecord.CustodySpan> out = new ArrayList<>();
        for (int i = 0; i < from.length; i++) {
            out.add(new NominalRecord.CustodySpan(NominalRecord.CustodyKind.PRISON, NominalRecord.CustodyReason.OTHER,
                    null, ((java.sql.Date) from[i]).toLocalDate(), to[i] == null ? null : ((java.sql.Date) to[i]).toLocalDate()));
        }
        return out;
    }
}
