package org.mappahub.assessment;

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
 * The risk assessment table behind the policy, over a plain JDBC connection as the application's role
 * ({@link ApplicationRoleConnection}, as {@code NotificationRowLevelSecurityTest}): an unnamed user of the same area
 * sees no assessment of a restricted record whatever the query, a named one does; a DTC representative never sees
 * them, even of a shared case; nobody writes them for another area's person.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RiskAssessmentRowLevelSecurityTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    final RestrictedAndSharedRecords records = new RestrictedAndSharedRecords("ASSESSRLS");
    /** A plain connection as the application's role, opened for each test and rolled back after it. */
    @RegisterExtension
    final ApplicationRoleConnection db = new ApplicationRoleConnection();

    @BeforeAll
    void aRestrictedAndASharedRecordWithAssessments() {
        TestUsers.asOperator(() -> {
            records.place(context, List.of(records.named));
            for (long id : List.of(records.restricted, records.shared)) {
                jdbc.sql("""
                        insert into risk_assessment (nominal_id, tool, assessed_on, assessor, agency_id, levels,
                            next_due_on, notes, created_by, created_at, updated_by, updated_at)
                        values (?, 'OASYS', date '2026-01-02', 'Olive', ?, '{"CHILDREN": "HIGH", "PUBLIC": "LOW",
                            "KNOWN_ADULT": "LOW", "STAFF": "LOW"}'::jsonb, date '2026-07-02', 'Secret notes', 'test', now(),
                            'test', now())""").params(id, records.dtcAgency).update();
            }
        });
    }

    @Test
    void theTableForcesRowLevelSecurity() throws SQLException {
        assertThat(db.count("select count(*) from pg_class where oid = 'risk_assessment'::regclass "
                + "and relrowsecurity and relforcerowsecurity")).isEqualTo(1);
    }

    @Test
    void anUnnamedUsersTransactionSeesNoAssessmentOfARestrictedRecord() throws SQLException {
        long restricted = records.restricted;
        db.as(records.unnamed);
        assertThat(db.count("select count(*) from risk_assessment where nominal_id = " + restricted
                + " or 1=1 and nominal_id = " + restricted)).isZero();
        assertThat(db.count("select count(*) from risk_assessment where nominal_id = " + records.shared)).isEqualTo(1);
        assertThat(db.update("update risk_assessment set notes = 'overwritten' where true")).isEqualTo(1); // the shared one only
        db.rollback();

        db.as(records.named);
        assertThat(db.count("select count(*) from risk_assessment where nominal_id = " + restricted)).isEqualTo(1);
    }

    @Test
    void aDtcRepresentativeNeverSeesThemEvenOfASharedCase() throws SQLException {
        db.as(records.dtc);
        assertThat(db.count("select count(*) from nominal where id = " + records.shared)).isEqualTo(1);
        assertThat(db.count("select count(*) from risk_assessment")).isZero();
        assertThat(db.update("update risk_assessment set notes = 'overwritten' where true")).isZero();
    }

    @Test
    void withoutAUserOrFromAnotherAreaNothingIsSeenOrWritten() throws SQLException {
        assertThat(db.count("select count(*) from risk_assessment")).isZero();
        db.rollback();
        db.as(records.elsewhere);
        assertThat(db.count("select count(*) from risk_assessment where nominal_id = " + records.shared)).isZero();
        assertThatThrownBy(() -> db.update("insert into risk_assessment (nominal_id, tool, assessed_on, assessor, agency_id, "
                + "levels, next_due_on, created_by, created_at, updated_by, updated_at) values (" + records.shared + ", 'ARMS', "
                + "date '2026-01-01', 'x', " + records.dtcAgency + ", '{\"OVERALL\": \"LOW\"}', date '2026-06-01', 'x', now(), "
                + "'x', now())"))
                .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
    }
}
