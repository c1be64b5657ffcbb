package org.mappahub.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

import org.mappahub.access.RestrictedAndSharedRecords;
import org.mappahub.access.TestUsers;
import org.mappahub.database.ApplicationRoleConnection;

/**
 * The meeting tables behind the policy, over a plain connection as the application's role: exactly V7's policies.
 * An unnamed user of the same area sees no meeting row of a restricted record, a named one does; a DTC representative
 * never sees the meetings, not even of a case shared with its agency through an invitation to that very meeting (only
 * its own agency's invitation, V17, for the minutes); nobody
 * writes them for another area's person.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingRowLevelSecurityTest {

    static final List<String> TABLES = List.of("mapp_meeting", "mapp_meeting_invitation", "mapp_meeting_dial_in");

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    final RestrictedAndSharedRecords records = new RestrictedAndSharedRecords("MEETRLS");
    @RegisterExtension
    final ApplicationRoleConnection db = new ApplicationRoleConnection();

    @BeforeAll
    void aRestrictedAndASharedRecordWithAMeetingEach() {
        TestUsers.asOperator(() -> {
            records.place(context, List.of(records.named));
            for (long id : List.of(records.restricted, records.shared)) {
                long meeting = jdbc.sql("""
                        insert into mapp_meeting (nominal_id, kind, level, starts_at, place, chair, created_by, created_at,
                            updated_by, updated_at)
                        values (?, 'INITIAL', 2, timestamp '2026-05-04 10:00', 'Secret place', 'x', 'test', now(), 'test', now())
                        returning id""").param(id).query(Long.class).single();
                // the DTC agency is invited: the invitation is what shared the case with it
                jdbc.sql("""
                        insert into mapp_meeting_invitation (meeting_id, nominal_id, agency_id, created_by, created_at,
                            updated_by, updated_at) values (?, ?, ?, 'test', now(), 'test', now())""")
                        .params(meeting, id, records.dtcAgency).update();
                jdbc.sql("""
                        insert into mapp_meeting_dial_in (meeting_id, nominal_id, name, agency, area, created_by, created_at)
                        values (?, ?, 'Secret person', 'Probation', 'Elsewhere', 'test', now())""").params(meeting, id).update();
            }
        });
    }

    @Test
    void everyMeetingTableForcesRowLevelSecurity() throws SQLException {
        for (String table : TABLES) {
            assertThat(db.count("select count(*) from pg_class where oid = '" + table + "'::regclass "
                    + "and relrowsecurity and relforcerowsecurity")).as(table).isEqualTo(1);
        }
    }

    @Test
    void anUnnamedUsersTransactionSeesNoMeetingRowOfARestrictedRecord() throws SQLException {
        db.as(records.unnamed);
        for (String table : TABLES) {
            assertThat(db.count("select count(*) from " + table + " where nominal_id = " + records.restricted
                    + " or 1=1 and nominal_id = " + records.restricted)).as(table).isZero();
            assertThat(db.count("select count(*) from " + table + " where nominal_id = " + records.shared)).as(table)
                    .isEqualTo(1);
        }
        assertThat(db.update("update mapp_meeting set place = 'overwritten' where true")).isEqualTo(1); // the shared one
        db.rollback();
        db.as(records.named);
        for (String table : TABLES) {
            assertThat(db.count("select count(*) from " + table + " where nominal_id = " + records.restricted)).as(table)
                    .isEqualTo(1);
        }
    }

    @Test
    void anInvitedDtcRepresentativeSeesTheCaseAndItsOwnInvitationButNoMeetingRow() throws SQLException {
        db.as(records.dtc);
        assertThat(db.count("select count(*) from nominal where id = " + records.shared)).isEqualTo(1);
        assertThat(db.count("select count(*) from mapp_meeting")).isZero();
        assertThat(db.count("select count(*) from mapp_meeting_dial_in")).isZero();
        // V17: its own agency's invitation of the person it can see, which the minutes policy keys on; nothing else
        assertThat(db.count("select count(*) from mapp_meeting_invitation")).isEqualTo(1);
        assertThat(db.count("select count(*) from mapp_meeting_invitation where nominal_id = " + records.shared
                + " and agency_id = " + records.dtcAgency)).isEqualTo(1);
        assertThat(db.update("update mapp_meeting_invitation set attendance = 'ATTENDED' where true")).isZero();
    }

    @Test
    void withoutAUserOrFromAnotherAreaNothingIsSeenOrWritten() throws SQLException {
        for (String table : TABLES) {
            assertThat(db.count("select count(*) from " + table)).as(table).isZero();
        }
        db.rollback();
        db.as(records.elsewhere);
        assertThat(db.count("select count(*) from mapp_meeting where nominal_id = " + records.shared)).isZero();
        assertThatThrownBy(() -> db.update("insert into mapp_meeting (nominal_id, kind, level, starts_at, virtual, chair, "
                + "created_by, created_at, updated_by, updated_at) values (" + records.shared + ", 'REVIEW', 2, "
                + "timestamp '2026-06-01 10:00', true, 'x', 'x', now(), 'x', now())"))
                .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
    }
}
