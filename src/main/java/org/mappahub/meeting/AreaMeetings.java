package org.mappahub.meeting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.access.CaseAccess;
import org.mappahub.access.Viewer;
import org.mappahub.audit.AuditAction;
import org.mappahub.audit.AuditEvent;
import org.mappahub.audit.AuditTrail;
import org.mappahub.policy.AreaPolicies;
import org.mappahub.rules.PolicySettings;

/**
 * The co-ordinator's view of their own area's meetings: those scheduled in the coming {@link #WEEKS_AHEAD} weeks,
 * and the cases at level 2 or 3 whose review is overdue by the area's policy or whose initial meeting is still to
 * be held. The area is the signed-in user's, never the request's; read as the user (row-level security hides the
 * restricted records they are not named on). Each person listed is audited as seen on this list.
 */
@Service
public class AreaMeetings {

    /** Issue 5: the co-ordinator's page looks 8 weeks ahead. */
    public static final int WEEKS_AHEAD = 8;
    /** More than a page can usefully show; the rest are counted, not listed. */
    static final int MAX_ROWS = 500;

    private final JdbcClient jdbc;
    private final CaseAccess caseAccess;
    private final AreaPolicies policies;
    private final AuditTrail audit;
    private final Clock clock;

    AreaMeetings(JdbcClient jdbc, CaseAccess caseAccess, AreaPolicies policies, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.caseAccess = caseAccess;
        this.policies = policies;
        this.audit = audit;
        this.clock = clock;
    }

    public record Upcoming(long meetingId, String ref, String name, MeetingKind kind, LocalDateTime startsAt,
                           String place, boolean virtual) {
    }

    /** A case whose next meeting is late: {@code dueBy} null means the initial meeting was never held. */
    public record Late(String ref, String name, int level, LocalDate levelSince, LocalDate lastHeld, LocalDate dueBy) {
    }

    public record Overview(String area, LocalDate today, LocalDate until, List<Upcoming> upcoming, List<Late> late) {
    }

    @Transactional
    public Overview overview() {
        Viewer viewer = caseAccess.viewer().filter(v -> v.area() != null)
                .orElseThrow(() -> new AccessDeniedException("A co-ordinator not placed in an area has no area's meetings"));
        String area = viewer.area();
        LocalDate today = LocalDate.now(clock);
        LocalDate until = today.plusWeeks(WEEKS_AHEAD);
        List<Upcoming> upcoming = jdbc.sql("""
                        select m.id, n.ref, array_to_string(n.given_names, ' ') || ' ' || n.family_name, m.kind,
                               m.starts_at, m.place, m.virtual
                          from mapp_meeting m join nominal n on n.id = m.nominal_id
                         where m.status = 'SCHEDULED' and m.starts_at >= ? and m.starts_at < ? and n.area_code = ?
                         order by m.starts_at, m.id limit ?""")
                .params(Timestamp.valueOf(today.atStartOfDay()), Timestamp.valueOf(until.atStartOfDay()), area, MAX_ROWS)
                .query((rs, n) -> new Upcoming(rs.getLong(1), rs.getString(2), rs.getString(3).strip(),
                        MeetingKind.valueOf(rs.getString(4)), rs.getTimestamp(5).toLocalDateTime(), rs.getString(6),
                        rs.getBoolean(7)))
                .list();
        PolicySettings settings = policies.settingsFor(area);
        List<Late> late = jdbc.sql("""
                        select n.ref, array_to_string(n.given_names, ' ') || ' ' || n.family_name, ls.level, ls.from_date,
                               h.last_held
                          from nominal n
                          join level_span ls on ls.nominal_id = n.id and ls.level in (2, 3) and ls.from_date <= :today
                                             and (ls.to_date is null or ls.to_date > :today)
                          left join lateral (select max(m.starts_at)::date as last_held from mapp_meeting m
                                              where m.nominal_id = n.id and m.status = 'HELD') h on true
                         where n.area_code = :area
                           and (h.last_held is null
                                or h.last_held + 7 * (case when ls.level = 3 then :l3 else :l2 end) < :today)
                         order by h.last_held nulls first, n.ref limit :max""")
                .param("today", today).param("area", area).param("l2", settings.level2ReviewIntervalWeeks())
                .param("l3", settings.level3ReviewIntervalWeeks()).param("max", MAX_ROWS)
                .query((rs, n) -> {
                    LocalDate last = rs.getObject(5, LocalDate.class);
                    int level = rs.getInt(3);
                    return new Late(rs.getString(1), rs.getString(2).strip(), level,
                            rs.getObject(4, LocalDate.class), last,
                            last == null ? null : last.plusWeeks(ReviewCycle.intervalWeeks(level, settings)));
                })
                .list();
        upcoming.forEach(u -> audit.record(seen(u.ref())));
        late.forEach(l -> audit.record(seen(l.ref())));
        return new Overview(area, today, until, upcoming, late);
    }

    /**
     * Of the people given (ref and a day), those with a MAPP meeting held or scheduled on or after their day: the
     * custody module's "first meeting before release" asks this for its prisoners in one query. Read as the user.
     */
    @Transactional(readOnly = true)
    public java.util.Set<String> meetingSince(java.util.Map<String, LocalDate> refsFrom) {
        if (refsFrom.isEmpty()) {
            return java.util.Set.of();
        }
        String[] refs = refsFrom.keySet().toArray(String[]::new);
        java.sql.Date[] days = java.util.Arrays.stream(refs).map(r -> java.sql.Date.valueOf(refsFrom.get(r)))
                .toArray(java.sql.Date[]::new);
        return new java.util.HashSet<>(jdbc.sql("""
                        select q.ref from unnest(:refs, :days) as q(ref, since)
                          join nominal n on n.ref = q.ref
                         where exists (select 1 from mapp_meeting m where m.nominal_id = n.id
                                         and m.status in ('HELD', 'SCHEDULED') and m.starts_at >= q.since)""")
                .param("refs", refs).param("days", days).query(String.class).list());
    }

    private static AuditEvent seen(String ref) {
        return new AuditEvent(AuditAction.VIEW_RECORD, ref, AuditEvent.details("seenOn", "area meetings"), null, null);
    }
}
