package org.mappahub.notification;

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
 * The notification tables behind the policy, over a plain JDBC connection as the application's role
 * ({@link ApplicationRoleConnection}, as {@code RowLevelSecurityTest}): an unnamed user of the same area sees no
 * notification row of a restricted record whatever the query, a named one does; a DTC representative never sees
 * them, even of a shared case; nobody writes them for another area's person.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationRowLevelSecurityTest {

    /** Every table of the notification record. */
    static final List<String> TABLES = List.of("notification_requirement", "notification", "notification_review");

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    final RestrictedAndSharedRecords records = new RestrictedAndSharedRecords("NOTIFRLS");
    /** A plain connection as the application's role, opened for each test and rolled back after it. */
    @RegisterExtension
    final ApplicationRoleConnection db = new ApplicationRoleConnection();

    @BeforeAll
    void aRestrictedAndASharedRecordWithNotifications() {
        TestUsers.asOperator(() -> {
            records.place(context, List.of(records.named));
            for (long id : List.of(records.restricted, records.shared)) {
                jdbc.sql("""
                        insert into notification_requirement (nominal_id, starts_on, disposal, age_at_conviction, period,
                            ends_on, created_by, created_at, updated_by, updated_at)
                        values (?, date '2024-01-01', 'FINE', 40, 'P5Y', date '2029-01-01', 'test', now(), 'test', now())""")
                        .param(id).update();
                jdbc.sql("""
                        insert into notification (nominal_id, kind, made_on, notes, created_by, created_at)
                        values (?, 'INITIAL', date '2024-01-02', 'Secret notes', 'test', now())""").param(id).update();
                jdbc.sql("""
                        insert into notification_review (nominal_id, applied_on, qualifying_date, created_by, created_at,
                            updated_by, updated_at)
                        values (?, date '2024-02-01', date '2024-01-01', 'test', now(), 'test', now())""").param(id).update();
            }
        });
    }

    @Test
    void bothTablesForceRowLevelSecurity() throws SQLException {
        for (String table : TABLES) {
            assertThat(db.count("select count(*) from pg_class where oid = '" + table + "'::regclass "
                    + "and relrowsecurity and relforcerowsecurity")).as(table).isEqualTo(1);
        }
    }

    @Test
    void anUnnamedUsersTransactionSeesNoNotificationRowOfARestrictedRecord() throws SQLException {
        long restricted = records.restricted;
        db.as(records.unnamed);
        for (String table : TABLES) {
            assertThat(db.count("select count(*) from " + table + " where nominal_id = " + restricted
                    + " or 1=1 and nominal_id = " + restricted)).as(table).isZero();
            assertThat(db.count("select count(*) from " + table + " where nominal_id = " + records.shared)).as(table)
                    .isEqualTo(1);
        }
        assertThat(db.update("update notification set notes = 'overwritten' where true")).isEqualTo(1); // the shared one only
        db.rollback();

        db.as(records.named);
        assertThat(db.count("select count(*) from notification where nominal_id = " + restricted)).isEqualTo(1);
        assertThat(db.count("select count(*) from notification_requirement where nominal_id = " + restricted)).isEqualTo(1);
    }

    @Test
    void aDtcRepresentativeNeverSeesThemEvenOfASharedCase() throws SQLException {
        db.as(records.dtc);
        assertThat(db.count("select count(*) from nominal where id = " + records.shared)).isEqualTo(1);
        assertThat(db.count("select count(*) from notification")).isZero();
        assertThat(db.count("select count(*) from notification_requirement")).isZero();
        assertThat(db.count("select count(*) from notification_review")).isZero();
    }

    @Test
    void withoutAUserOrFromAnotherAreaNothingIsSeenOrWritten() throws SQLException {
        assertThat(db.count("select count(*) from notification")).isZero();
        db.rollback();
        db.as(records.elsewhere);
        assertThat(db.count("select count(*) from notification where nominal_id = " + records.shared)).isZero();
        assertThatThrownBy(() -> db.update("insert into notification (nominal_id, kind, made_on, created_by, created_at) "
                + "values (" + records.shared + ", 'PERIODIC', date '2024-06-01', 'x', now())"))
                .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
    }
}
