package org.mappahub.referral;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.access.Role;
import org.mappahub.access.Viewer;
import org.mappahub.policy.AreaPolicies;
import org.mappahub.rules.PolicySettings;
import org.mappahub.work.WorkItem;
import org.mappahub.work.WorkKind;
import org.mappahub.work.WorkSource;

/**
 * "Referrals to screen" on the work list of the area's co-ordinator and chairs (who screen together, MAPPA.md §4.2):
 * every referral of their own area waiting for a decision, due by the area's screening limit
 * ({@link PolicySettings#screeningDue}). One query for the area, read as the user.
 */
@Component
class ReferralsToScreen implements WorkSource {

    private final JdbcClient jdbc;
    private final AreaPolicies policies;

    ReferralsToScreen(JdbcClient jdbc, AreaPolicies policies) {
        this.jdbc = jdbc;
        this.policies = policies;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> workFor(Viewer viewer, LocalDate today) {
        if (!viewer.readsAreaCases() || !Role.CASE_SHARERS.contains(viewer.role())) {
            return List.of();
        }
        PolicySettings settings = policies.settingsFor(viewer.area());
        return jdbc.sql("""
                        select r.id, n.ref, n.family_name || coalesce(', ' || array_to_string(n.given_names, ' '), ''),
                               r.received_on, r.level_asked
                          from referral r join nominal n on n.id = r.nominal_id
                         where r.decision is null and n.area_code = ?""")
                .param(viewer.area())
                .query((rs, n) -> new WorkItem(WorkKind.REFERRALS_TO_SCREEN, rs.getString(2), rs.getString(3),
                        "Screen the referral (level " + rs.getInt(5) + " asked)",
                        settings.screeningDue(rs.getObject(4, LocalDate.class)),
                        "/nominals/" + rs.getString(2) + "/referrals/" + rs.getLong(1)))
                .list();
    }
}
