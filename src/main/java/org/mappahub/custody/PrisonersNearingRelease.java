package org.mappahub.custody;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.access.AgencyType;
import org.mappahub.access.Role;
import org.mappahub.access.Viewer;
import org.mappahub.meeting.AreaMeetings;
import org.mappahub.nominal.NominalRecord.LevelSpan;
import org.mappahub.nominal.NominalRecord.Provenance;
import org.mappahub.policy.AreaPolicies;
import org.mappahub.rules.PolicySettings;
import org.mappahub.rules.PolicySettings.PreReleaseMilestones;
import org.mappahub.work.WorkItem;
import org.mappahub.work.WorkKind;
import org.mappahub.work.WorkSource;

/**
 * "Prisoners nearing release" on the work list of the area's co-ordinator and its prison and probation
 * practitioners (who prepare a release; MAPPA.md §4.1): each person in custody in the area whose expected release
 * is inside the area's pre-release window (on or after the identification milestone, {@link PolicySettings#milestones})
 * and who has no level decided in this custody ({@link PreRelease#levelSetIn}: due by the level-set milestone), or a
 * level 2 or 3 decided but no MAPP meeting held or scheduled since the custody began (due by the first-meeting
 * milestone). A level 1 decision needs no meeting. Three queries for the whole area, read as the user.
 */
@Component
class PrisonersNearingRelease implements WorkSource {

    private final JdbcClient jdbc;
    private final AreaPolicies policies;
    private final AreaMeetings meetings;

    PrisonersNearingRelease(JdbcClient jdbc, AreaPolicies policies, AreaMeetings meetings) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.meetings = meetings;
    }

    private record Prisoner(long id, String ref, String name, LocalDate custodyFrom, LocalDate expected) {
    }

    static boolean prepares(Viewer viewer) {
        return viewer.readsAreaCases() && (viewer.role() == Role.COORDINATOR || viewer.role() == Role.PRACTITIONER
                && (viewer.agencyType() == AgencyType.PRISON || viewer.agencyType() == AgencyType.PROBATION));
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> workFor(Viewer viewer, LocalDate today) {
        if (!prepares(viewer)) {
            return List.of();
        }
        PolicySettings settings = policies.settingsFor(viewer.area());
        // a generous bound for SQL (few people have a release that close: start from them); the milestone decides below
        LocalDate latest = today.plusMonths(settings.identifyMonthsBeforeRelease() + 1L);
        Map<Long, Prisoner> inWindow = new LinkedHashMap<>();
        jdbc.sql("""
                        select n.id, n.ref, n.family_name || coalesce(', ' || array_to_string(n.given_names, ' '), ''),
                               c.from_date, e.expected_on
                          from expected_release e
                          join nominal n on n.id = e.nominal_id
                          join custody_span c on c.nominal_id = e.nominal_id and c.from_date = e.custody_from
                                              and c.to_date is null
                         where e.expected_on <= ? and n.area_code = ?""")
                .params(latest, viewer.area())
                .query(rs -> {
                    Prisoner p = new Prisoner(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class));
                    if (!settings.milestones(p.expected()).identifyBy().isAfter(today)) {
                        inWindow.put(p.id(), p);
                    }
                });
        if (inWindow.isEmpty()) {
            return List.of();
        }
        Map<Long, List<LevelSpan>> levels = new HashMap<>();
        jdbc.sql("""
                        select nominal_id, level, from_date, to_date, recorded_by, recorded_at, reason
                          from level_span where nominal_id = any(?) order by nominal_id, position""")
                .param(inWindow.keySet().toArray(Long[]::new))
                .query(rs -> {
                    levels.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new LevelSpan(rs.getInt(2),
                            rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                            new Provenance(rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7))));
                });
        Map<String, LocalDate> needMeeting = new HashMap<>();
        Map<Long, LevelSpan> decided = new HashMap<>();
        for (Prisoner p : inWindow.values()) {
            LevelSpan set = PreRelease.levelSetIn(levels.getOrDefault(p.id(), List.of()), p.custodyFrom());
            decided.put(p.id(), set);
            if (set != null && set.level() >= 2) {
                needMeeting.put(p.ref(), p.custodyFrom());
            }
        }
        Set<String> met = meetings.meetingSince(needMeeting);
        List<WorkItem> items = new ArrayList<>();
        for (Prisoner p : inWindow.values()) {
            PreReleaseMilestones due = settings.milestones(p.expected());
            LevelSpan set = decided.get(p.id());
            String href = "/nominals/" + p.ref() + "/custody";
            if (set == null) {
                items.add(new WorkItem(WorkKind.PRE_RELEASE, p.ref(), p.name(),
                        "Set the level before release on " + CustodyWords.date(p.expected()), due.levelSetBy(), href));
            } else if (set.level() >= 2 && !met.contains(p.ref())) {
                items.add(new WorkItem(WorkKind.PRE_RELEASE, p.ref(), p.name(), "Hold the first level " + set.level()
                        + " meeting before release on " + CustodyWords.date(p.expected()), due.firstMeetingBy(), href));
            }
        }
        return items;
    }
}
