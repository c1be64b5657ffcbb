package org.mappahub.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.mappahub.access.AgencyType;
import org.mappahub.access.RestrictedAndSharedRecords;
import org.mappahub.access.TestUsers;
import org.mappahub.database.ApplicationRoleConnection;

/**
 * The minutes tables behind the policy, over a plain connection as the application's role. On the record shared with
 * the DTC agency: meeting A (agency invited, minutes approved), B (invited, minutes a draft), C (not invited, minutes
 * approved); on the restricted record the DTC representative is not named on: D (invited, approved). The DTC
 * representative reads A's minutes (with their disclosures and recipients) and nothing else, its own agency's
 * invitations of people it can see, the shared record's current plan, and writes nothing. Responsible Authority
 * staff read as V16.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MinutesRowLevelSecurityTest {

    static final List<String> TABLES = List.of("mapp_minutes", "mapp_minutes_disclosure", "mapp_minutes_recipient",
            "risk_management_plan");

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    final RestrictedAndSharedRecords records = new RestrictedAndSharedRecords("MINRLS");
    @RegisterExtension
    final ApplicationRoleConnection db = new ApplicationRoleConnection();

    long minutesA;
    long police;

    @BeforeAll
    void meetingsWithMinutes() {
        TestUsers.asOperator(() -> {
            records.place(context, List.of(records.named));
            police = new TestUsers(context.getBean(org.mappahub.access.Users.class),
                    context.getBean(org.mappahub.access.Agencies.class)).agency(records.own, AgencyType.POLICE);
            minutesA = minutes(meeting(records.shared, true), records.shared, "APPROVED");
            minutes(meeting(records.shared, true), records.shared, "DRAFT");
            long c = minutes(meeting(records.shared, false), records.shared, "APPROVED");
            minutes(meeting(records.restricted, true), records.restricted, "APPROVED");
            jdbc.sql("""
                    insert into risk_management_plan (nominal_id, minutes_id, meeting_date, edition, approved_at, supervision)
                    values (?, ?, date '2026-05-04', 1, now(), 'Weekly visits')""").params(records.shared, c).update();
        });
    }

    long meeting(long nominal, boolean dtcInvited) {
        long meeting = jdbc.sql("""
                insert into mapp_meeting (nominal_id, kind, level, starts_at, place, chair, status, created_by, created_at,
                    updated_by, updated_at)
                values (?, 'REVIEW', 2, timestamp '2026-05-04 10:00', 'Room', 'x', 'HELD', 'test', now(), 'test', now())
                returning id""").param(nominal).query(Long.class).single();
        for (long agency : dtcInvited ? List.of(police, records.dtcAgency) : List.of(police)) {
            jdbc.sql("""
                    insert into mapp_meeting_invitation (meeting_id, nominal_id, agency_id, attendance, created_by,
                        created_at, updated_by, updated_at) values (?, ?, ?, 'ATTENDED', 'test', now(), 'test', now())""")
                    .params(meeting, nominal, agency).update();
        }
        return meeting;
    }

    long minutes(long meeting, long nominal, String status) {
        long id = jdbc.sql("""
                insert into mapp_minutes (meeting_id, nominal_id, edition, status, meeting_date, level, chair, supervision,
                    approved_by, approved_at, created_by, created_at, updated_by, updated_at)
                values (?, ?, 1, ?, date '2026-05-04', 2, 'x', 'Secret plan', ?, ?, 'test', now(), 'test', now())
                returning id""")
                .params(meeting, nominal, status, status.equals("APPROVED") ? "x" : null,
                        status.equals("APPROVED") ? java.sql.Timestamp.from(java.time.Instant.now()) : null)
                .query(Long.class).single();
        jdbc.sql("""
                insert into mapp_minutes_disclosure (minutes_id, nominal_id, position, what, to_whom, why, authorised_by,
                    offender) values (?, ?, 0, 'History', 'School', 'Child contact', 'ACC', 'TOLD')""")
                .params(id, nominal).update();
        jdbc.sql("insert into mapp_minutes_recipient (minutes_id, nominal_id, name) values (?, ?, 'Police')")
                .params(id, nominal).update();
        return id;
    }

    @Test
    void everyMinutesTableForcesRowLevelSecurity() throws SQLException {
        for (String table : TABLES) {
            assertThat(db.count("select count(*) from pg_class where oid = '" + table + "'::regclass "
                    + "and relrowsecurity and relforcerowsecurity")).as(table).isEqualTo(1);
        }
    }

    @Test
    void anInvitedDtcRepresentativeReadsTheApprovedMinutesOfThatMeetingOnly() throws SQLException {
        db.as(records.dtc);
        assertThat(db.count("select count(*) from mapp_minutes")).isEqualTo(1);
        assertThat(db.count("select count(*) from mapp_minutes where id = " + minutesA)).isEqualTo(1);
        assertThat(db.count("select count(*) from mapp_minutes_disclosure")).isEqualTo(1);
        assertThat(db.count("select count(*) from mapp_minutes_disclosure where minutes_id = " + minutesA)).isEqualTo(1);
        assertThat(db.count("select count(*) from mapp_minutes_recipient")).isEqualTo(1);
        // its own agency's invitations of the person it can see (A and B), not the police's, not the restricted record's
        assertThat(db.count("select count(*) from mapp_meeting_invitation")).isEqualTo(2);
        assertThat(db.count("select count(*) from mapp_meeting_invitation where agency_id <> " + records.dtcAgency))
                .isZero();
        assertThat(db.count("select count(*) from mapp_meeting")).as("the meeting records stay RA-only").isZero();
        assertThat(db.count("select count(*) from risk_management_plan where nominal_id = " + records.shared))
                .as("the current plan is a shared part").isEqualTo(1);
        assertThat(db.update("update mapp_minutes set supervision = 'overwritten' where true")).isZero();
        assertThat(db.update("delete from mapp_minutes_recipient where true")).isZero();
    }

    @Test
    void responsibleAuthorityStaffReadAsV16() throws SQLException {
        db.as(records.unnamed);
        assertThat(db.count("select count(*) from mapp_minutes where nominal_id = " + records.shared)).isEqualTo(3);
        assertThat(db.count("select count(*) from mapp_minutes where nominal_id = " + records.restricted)).isZero();
        db.rollback();
        db.as(records.named);
        assertThat(db.count("select count(*) from mapp_minutes where nominal_id = " + records.restricted)).isEqualTo(1);
        db.rollback();
        db.as(records.elsewhere);
        for (String table : TABLES) {
            assertThat(db.count("select count(*) from " + table + " where nominal_id in (" + records.shared + ", "
                    + records.restricted + ")")).as(table).isZero();
        }
        assertThat(db.update("update mapp_minutes set supervision = 'x' where true")).isZero();
    }

    @Test
    void withoutAUserNothingIsSeen() throws SQLException {
        for (String table : TABLES) {
            assertThat(db.count("select count(*) from " + table)).as(table).isZero();
        }
    }
}
