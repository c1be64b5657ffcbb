package org.mappahub.meeting;

import java.time.Clock;
import java.time.LocalDate;
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
import org.mappahub.meeting.MeetingActions.Action;

/**
 * The signed-in user's agency's actions across every case they may see (the agency's action tracker): open ones
 * overdue first, or those completed or cancelled. The agency is the user's, never the request's; read as the user
 * (row-level security: a duty-to-co-operate agency sees only cases shared with it, and only its own actions). Each
 * person listed is audited as seen on this list.
 */
@Service
public class AgencyActions {

    /** More than a page can usefully show; the rest are counted, not listed. */
    static final int MAX_ROWS = 500;

    private final JdbcClient jdbc;
    private final CaseAccess caseAccess;
    private final AuditTrail audit;
    private final Clock clock;

    AgencyActions(JdbcClient jdbc, CaseAccess caseAccess, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.caseAccess = caseAccess;
        this.audit = audit;
        this.clock = clock;
    }

    /** One action with whom it is about. */
    public record Row(String ref, String name, Action action) {
    }

    /** @param total how many match (more than {@code rows} when the list was cut at {@link #MAX_ROWS}) */
    public record Overview(String agency, ActionStatus status, LocalDate today, List<Row> rows, int total) {
        public long overdue() {
            return rows.stream().filter(r -> r.action().overdue(today)).count();
        }
    }

    @Transactional
    public Overview overview(ActionStatus status) {
        Viewer viewer = caseAccess.viewer().filter(v -> v.readsAreaCases() || v.readsSharedCases())
                .orElseThrow(() -> new AccessDeniedException("A user placed in no agency has no agency's actions"));
        ActionStatus shown = status == null ? ActionStatus.OPEN : status;
        // open: the earliest deadline first, so overdue first; done: the latest first
        String order = shown == ActionStatus.OPEN ? "a.deadline, a.id" : "a.updated_at desc, a.id desc";
        boolean meetings = viewer.readsAreaCases();
        List<Row> rows = jdbc.sql(MeetingActions.SELECT.replace("  from mapp_action a",
                        "     , array_to_string(n.given_names, ' ') || ' ' || n.family_name\n  from mapp_action a")
                        + " where a.agency_id = :agency and a.status = :status order by " + order + " limit :max")
                .param("agency", viewer.agencyId()).param("status", shown.name()).param("max", MAX_ROWS)
                .query((rs, n) -> new Row(rs.getString(2), rs.getString(24).strip(),
                        MeetingActions.action(rs, meetings)))
                .list();
        int total = rows.size() < MAX_ROWS ? rows.size() : jdbc.sql(
                        "select count(*) from mapp_action where agency_id = ? and status = ?")
                .params(viewer.agencyId(), shown.name()).query(Integer.class).single();
        // one append for the page, as the work list does, not four round trips under the chain's lock per person
        audit.recordAll(rows.stream().map(Row::ref).distinct().map(ref -> new AuditEvent(AuditAction.VIEW_RECORD, ref,
                AuditEvent.details("seenOn", "agency actions"), null, null)).toList());
        return new Overview(viewer.agencyName(), shown, LocalDate.now(clock), rows, total);
    }
}
