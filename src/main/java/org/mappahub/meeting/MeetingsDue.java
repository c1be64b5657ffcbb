package org.mappahub.meeting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.access.Viewer;
import org.mappahub.policy.AreaPolicies;
import org.mappahub.rules.PolicySettings;
import org.mappahub.work.WorkItem;
import org.mappahub.work.WorkKind;
import org.mappahub.work.WorkSource;

/**
 * The meetings on the work list. For the area's co-ordinator, who arranges them: each person at level 2 or 3 whose
 * initial meeting is neither held nor scheduled ("Meetings to arrange", due from the day the level began, as the
 * record page shows it), and each whose next review ({@link ReviewCycle}, the area's interval) falls within
 * {@link MeetingsOutlook#HORIZON_DAYS} days or is overdue with no meeting scheduled since the last one held
 * ("Reviews due"). For a chair: the meetings they chair in the next {@link #CHAIR_DAYS} days. One query each,
 * for the whole area, read as the user.
 */
@Component
class MeetingsDue implements WorkSource {

    /** Issue 5 (the chair's week): a chair sees the meetings they chair in the next 14 days. */
    static final int CHAIR_DAYS = 14;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final JdbcClient jdbc;
    private final AreaPolicies policies;

    MeetingsDue(JdbcClient jdbc, AreaPolicies policies) {
        this.jdbc = jdbc;
        this.policies = policies;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> workFor(Viewer viewer, LocalDate today) {
        if (!viewer.readsAreaCases()) {
            return List.of();
        }
        return switch (viewer.role()) {
            case COORDINATOR -> toArrange(viewer.area(), today);
            case CHAIR -> toChair(viewer, today);
            default -> List.of();
        };
    }

    private List<WorkItem> toArrange(String area, LocalDate today) {
        PolicySettings settings = policies.settingsFor(area);
        List<WorkItem> items = new ArrayList<>();
        // the last meeting held, and whether one is scheduled since it (or since the level began, before the first)
        jdbc.sql("""
                        select n.ref, n.family_name || coalesce(', ' || array_to_string(n.given_names, ' '), ''),
                               ls.level, ls.from_date, h.last_held
                          from nominal n
                          join level_span ls on ls.nominal_id = n.id and ls.level in (2, 3) and ls.from_date <= :today
                                             and (ls.to_date is null or ls.to_date > :today)
                          left join lateral (select max(m.starts_at)::date as last_held from mapp_meeting m
                                              where m.nominal_id = n.id and m.status = 'HELD') h on true
                         where n.area_code = :area
                           and not exists (select 1 from mapp_meeting s where s.nominal_id = n.id and s.status = 'SCHEDULED'
                                             and s.starts_at >= coalesce(h.last_held, ls.from_date))""")
                .param("today", today).param("area", area)
                .query(rs -> {
                    String ref = rs.getString(1);
                    int level = rs.getInt(3);
                    LocalDate since = rs.getObject(4, LocalDate.class);
                    LocalDate last = rs.getObject(5, LocalDate.class);
                    String href = "/nominals/" + ref + "/meetings";
                    if (last == null) {
                        items.add(new WorkItem(WorkKind.MEETINGS_TO_ARRANGE, ref, rs.getString(2),
                                "Arrange the initial level " + level + " meeting", since, href));
                        return;
                    }
                    LocalDate due = last.plusWeeks(ReviewCycle.intervalWeeks(level, settings));
                    if (ChronoUnit.DAYS.between(today, due) <= MeetingsOutlook.HORIZON_DAYS) {
                        items.add(new WorkItem(WorkKind.REVIEWS_DUE, ref, rs.getString(2),
                                "Arrange the level " + level + " review meeting", due, href));
                    }
                });
        return items;
    }

    private List<WorkItem> toChair(Viewer viewer, LocalDate today) {
        return jdbc.sql("""
                        select m.id, n.ref, n.family_name || coalesce(', ' || array_to_string(n.given_names, ' '), ''),
                               m.kind, m.starts_at
                          from mapp_meeting m join nominal n on n.id = m.nominal_id
                         where m.chair = ? and m.status = 'SCHEDULED' and m.starts_at >= ? and m.starts_at < ?""")
                .params(viewer.username(), Timestamp.valueOf(today.atStartOfDay()),
                        Timestamp.valueOf(today.plusDays(CHAIR_DAYS + 1).atStartOfDay()))
                .query((rs, n) -> {
                    var startsAt = rs.getTimestamp(5).toLocalDateTime();
                    return new WorkItem(WorkKind.MEETINGS_TO_CHAIR, rs.getString(2), rs.getString(3),
                            "Chair the " + MeetingKind.valueOf(rs.getString(4)).title().toLowerCase(Locale.UK)
                                    + " meeting at " + TIME.format(startsAt),
                            startsAt.toLocalDate(), "/nominals/" + rs.getString(2) + "/meetings/" + rs.getLong(1));
                })
                .list();
    }
}
