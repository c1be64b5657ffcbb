package org.mappahub.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.access.Role;
import org.mappahub.access.Viewer;
import org.mappahub.nominal.CaseDeadlines;
import org.mappahub.nominal.CaseRecords;
import org.mappahub.nominal.CaseSummaries;
import org.mappahub.nominal.Deadline;
import org.mappahub.nominal.SummaryRow;
import org.mappahub.rules.ActionRules;
import org.mappahub.work.WorkItem;
import org.mappahub.work.WorkKind;
import org.mappahub.work.WorkSource;

/**
 * Actions falling due: on the record page's "Coming up and overdue" (each open action due within
 * {@link ActionRules#DUE_SOON_DAYS} days or overdue) and in its current picture (open and overdue counts), and on the
 * work list ({@link WorkKind#ACTIONS}): the viewer's own actions and their agency's actions not given to a person,
 * due soon or overdue; for a co-ordinator also their area's overdue actions. Read as the user (row-level security),
 * in one query each.
 */
@Component
class ActionsOutlook implements CaseDeadlines, CaseSummaries, WorkSource {

    /** A deadline's text is the action's description, cut to this. */
    static final int SHORT = 60;

    private final JdbcClient jdbc;

    ActionsOutlook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Deadline> deadlines(CaseRecords.Viewed viewed, LocalDate today) {
        String ref = viewed.stored().record().ref();
        return jdbc.sql("""
                        select id, description, deadline from mapp_action
                         where nominal_id = ? and status = 'OPEN' and deadline <= ? order by deadline, id""")
                .params(viewed.stored().id(), ActionRules.lastDueSoonDeadline(today))
                .query((rs, n) -> new Deadline("Action: " + shortened(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), "/nominals/" + ref + "/actions/" + rs.getLong(1)))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SummaryRow> summary(CaseRecords.Viewed viewed, LocalDate today) {
        long[] counts = jdbc.sql("""
                        select count(*) filter (where status = 'OPEN'),
                               count(*) filter (where status = 'OPEN' and deadline < ?), count(*)
                          from mapp_action where nominal_id = ?""")
                .params(today, viewed.stored().id())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        if (counts[2] == 0) {
            return List.of();
        }
        String value = counts[0] + (counts[0] == 1 ? " open action" : " open actions") + ", " + counts[1] + " overdue";
        return List.of(new SummaryRow("Actions", value, "/nominals/" + viewed.stored().record().ref() + "/actions"));
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> workFor(Viewer viewer, LocalDate today) {
        if (viewer == null || !viewer.placed() || !viewer.readsAreaCases() && !viewer.readsSharedCases()) {
            return List.of();
        }
        boolean coordinator = viewer.role() == Role.COORDINATOR && viewer.area() != null;
        List<WorkItem> items = new ArrayList<>();
        jdbc.sql("""
                        select n.ref, array_to_string(n.given_names, ' ') || ' ' || n.family_name, a.id, a.description,
                               a.deadline
                          from mapp_action a join nominal n on n.id = a.nominal_id
                         where a.status = 'OPEN'
                           and ((a.deadline <= :lastDue
                                 and (a.owner_username = :user or (a.owner_username is null and a.agency_id = :agency)))
                                or (:coordinator and a.deadline < :today and n.area_code = :area))
                         order by a.deadline, a.id""")
                .param("lastDue", ActionRules.lastDueSoonDeadline(today)).param("user", viewer.username())
                .param("agency", viewer.agencyId()).param("coordinator", coordinator).param("today", today)
                .param("area", viewer.area() == null ? "" : viewer.area())
                .query((rs, n) -> new WorkItem(WorkKind.ACTIONS, rs.getString(1), rs.getString(2).strip(),
                        "Action: " + shortened(rs.getString(4)), rs.getObject(5, LocalDate.class),
                        "/nominals/" + rs.getString(1) + "/actions/" + rs.getLong(3)))
                .list().forEach(items::add);
        return items;
    }

    static String shortened(String description) {
        String oneLine = description.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= SHORT ? oneLine : oneLine.substring(0, SHORT - 1).strip() + "…";
    }
}
