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
 * mapp_action behind the policy, over a plain connection as the application's role (V18): Responsible Authority
 * staff as V16; a DTC representative only the rows of its own agency of a case shared with it — it updates them but
 * cannot give them to another agency, create or delete any — and nothing of a case not shared with it.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionRowLevelSecurityTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    final RestrictedAndSharedRecords records = new RestrictedAndSharedRecords("ACTRLS");
    @RegisterExtension
    final ApplicationRoleConnection db = new ApplicationRoleConnection();

    @BeforeAll
    void aRestrictedAndASharedRecordWithAnActionForTheDtcAgencyAndOneForThePoliceEach() {
        TestUsers.asOperator(() -> {
            records.place(context, List.of(records.named));
            for (long id : List.of(records.restricted, records.shared)) {
                long meeting = jdbc.sql("""
                        insert into mapp_meeting (nominal_id, kind, level, starts_at, virtual, chair, created_by, created_at,
                            updated_by, updated_at)
                        values (?, 'INITIAL', 2, timestamp '2026-05-04 10:00', true, 'x', 'test', now(), 'test', now())
                        returning id""").param(id).query(Long.class).single();
                for (long agency : List.of(records.dtcAgency, records.unnamedAgency)) {
                    jdbc.sql("""
                            insert into mapp_action (nominal_id, meeting_id, description, agency_id, deadline, created_by,
                                created_at, updated_by, updated_at)
                            values (?, ?, 'Secret action', ?, date '2026-06-01', 'test', now(), 'test', now())""")
                            .params(id, meeting, agency).update();
                }
            }
        });
    }

    @Test
    void theTableForcesRowLevelSecurity() throws SQLException {
        assertThat(db.count("select count(*) from pg_class where oid = 'mapp_action'::regclass "
                + "and relrowsecurity and relforcerowsecurity")).isEqualTo(1);
    }

    @Test
    void aDtcRepresentativeSeesOnlyItsAgencysActionsOfTheSharedCase() throws SQLException {
        db.as(records.dtc);
        assertThat(db.count("select count(*) from mapp_action")).isEqualTo(1);
        assertThat(db.count("select count(*) from mapp_action where nominal_id = " + records.shared
                + " and agency_id = " + records.dtcAgency)).isEqualTo(1);
        assertThat(db.count("select count(*) from mapp_action where nominal_id = " + records.restricted)).isZero();
        assertThat(db.count("select count(*) from mapp_action where agency_id = " + records.unnamedAgency)).isZero();
        // nothing of the meeting itself
        assertThat(db.count("select count(*) from mapp_meeting")).isZero();
    }

    @Test
    void aDtcRepresentativeUpdatesItsOwnRowsButCannotMoveCreateOrDeleteAny() throws SQLException {
        db.as(records.dtc);
        assertThat(db.update("update mapp_action set progress = 'Visited' where true")).isEqualTo(1);
        assertThat(db.update("delete from mapp_action where true")).isZero();
        assertThatThrownBy(() -> db.update("update mapp_action set agency_id = " + records.unnamedAgency + " where true"))
                .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
        db.rollback();
        db.as(records.dtc);
        assertThatThrownBy(() -> db.update("insert into mapp_action (nominal_id, meeting_id, description, agency_id, "
                + "deadline, created_by, created_at, updated_by, updated_at) select nominal_id, meeting_id, 'x', agency_id, "
                + "deadline, 'x', now(), 'x', now() from mapp_action"))
                .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
    }

    @Test
    void responsibleAuthorityStaffSeeAsV16AndNobodyElseSeesOrWrites() throws SQLException {
        db.as(records.unnamed);
        assertThat(db.count("select count(*) from mapp_action where nominal_id = " + records.shared)).isEqualTo(2);
        assertThat(db.count("select count(*) from mapp_action where nominal_id = " + records.restricted)).isZero();
        db.rollback();
        db.as(records.named);
        assertThat(db.count("select count(*) from mapp_action where nominal_id = " + records.restricted)).isEqualTo(2);
        db.rollback();
        db.as(records.elsewhere);
        assertThat(db.count("select count(*) from mapp_action")).isZero();
        assertThat(db.update("update mapp_action set progress = 'x' where true")).isZero();
        db.rollback();
        assertThat(db.count("select count(*) from mapp_action")).as("no user at all").isZero();
    }
}
