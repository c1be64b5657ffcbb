package org.mappahub.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.access.AgencyKind;
import org.mappahub.access.Role;
import org.mappahub.access.Viewer;
import org.mappahub.policy.AreaPolicies;
import org.mappahub.rules.PolicySettings;
import org.mappahub.work.WorkItem;
import org.mappahub.work.WorkKind;
import org.mappahub.work.WorkSource;

/**
 * Minutes on the work list of the owning area's staff, each due by the area's minutes distribution limit from the
 * meeting day ({@link PolicySettings#minutesDue}): minutes to write (a meeting held without minutes: the minute takers
 * and the co-ordinator), to approve (submitted: the meeting's chair) and to send (approved, not distributed: the
 * co-ordinator and minute takers). Three set-based queries over the viewer's area, as the viewer (row-level security).
 */
@Component
class MinutesWork implements WorkSource {

    private final JdbcClient jdbc;
    private final AreaPolicies policies;

    MinutesWork(JdbcClient jdbc, AreaPolicies policies) {
        this.jdbc = jdbc;
        this.policies = policies;
    }

    private record Row(String ref, String person, long meetingId, LocalDate meetingDate) {
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> workFor(Viewer viewer, LocalDate today) {
        if (viewer == null || viewer.area() == null || viewer.agencyKind() != AgencyKind.RESPONSIBLE_AUTHORITY) {
            return List.of();
        }
        PolicySettings settings = policies.settingsFor(viewer.area());
        List<WorkItem> items = new ArrayList<>();
        if (MappMinutes.WRITERS.contains(viewer.role())) {
            rows("""
                    select n.ref, n.family_name, array_to_string(n.given_names, ' '), m.id, m.starts_at::date
                      from mapp_meeting m join nominal n on n.id = m.nominal_id
                     where n.area_code = ? and m.status = 'HELD'
                       and not exists (select 1 from mapp_minutes x where x.meeting_id = m.id)
                     order by m.starts_at""", viewer.area(), null)
                    .forEach(r -> items.add(item(WorkKind.MINUTES_TO_WRITE, "Minutes to write", r, settings)));
            rows("""
                    select n.ref, n.family_name, array_to_string(n.given_names, ' '), x.meeting_id, x.meeting_date
                      from mapp_minutes x join nominal n on n.id = x.nominal_id
                     where n.area_code = ? and x.status = 'APPROVED' and x.distributed_at is null
                     order by x.meeting_date""", viewer.area(), null)
                    .forEach(r -> items.add(item(WorkKind.MINUTES_TO_SEND, "Minutes to send", r, settings)));
        }
        if (viewer.role() == Role.CHAIR) {
            rows("""
                    select n.ref, n.family_name, array_to_string(n.given_names, ' '), x.meeting_id, x.meeting_date
                      from mapp_minutes x join nominal n on n.id = x.nominal_id
                     where n.area_code = ? and x.status = 'SUBMITTED' and x.chair = ?
                     order by x.meeting_date""", viewer.area(), viewer.username())
                    .forEach(r -> items.add(item(WorkKind.MINUTES_TO_APPROVE, "Minutes to approve", r, settings)));
        }
        return items;
    }

    private List<Row> rows(String sql, String area, String chair) {
        var statement = jdbc.sql(sql).param(area);
        if (chair != null) {
            statement = statement.param(chair);
        }
        return statement.query((rs, n) -> new Row(rs.getString(1),
                (rs.getString(3).isBlank() ? "" : rs.getString(3) + " ") + rs.getString(2),
                rs.getLong(4), rs.getDate(5).toLocalDate())).list();
    }

    private static WorkItem item(WorkKind kind, String what, Row r, PolicySettings settings) {
        return new WorkItem(kind, r.ref(), r.person(), what + " (meeting on " + MappMeetings.day(r.meetingDate()) + ")",
                settings.minutesDue(r.meetingDate()),
                "/nominals/" + r.ref() + "/meetings/" + r.meetingId() + "/minutes");
    }
}
