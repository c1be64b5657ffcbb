package org.mappahub.licence;

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
 * The licence tables behind the policy, over a plain JDBC connection as the application's role
 * ({@link ApplicationRoleConnection}, as {@code NotificationRowLevelSecurityTest}): an unnamed user of the same area
 * sees no licence row of a restricted record whatever the query, a named one does; a DTC representative never sees
 * them, even of a shared case; nobody writes them for another area's person. The catalogue is not case data and
 * carries none.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LicenceRowLevelSecurityTest {

    static final List<String> TABLES = List.of("licence", "licence_variation", "licence_condition");

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    final RestrictedAndSharedRecords records = new RestrictedAndSharedRecords("LICRLS");
    /** A plain connection as the application's role, opened for each test and rolled back after it. */
    @RegisterExtension
    final ApplicationRoleConnection db = new ApplicationRoleConnection();

    @BeforeAll
    void aRestrictedAndASharedRecordWithLicences() {
        TestUsers.asOperator(() -> {
            records.place(context, List.of(records.named));
            for (long id : List.of(records.restricted, records.shared)) {
                long licence = jdbc.sql("""
                        insert into licence (nominal_id, starts_on, ends_on, sentence, created_by, created_at, updated_by, updated_at)
                        values (?, date '2024-01-01', date '2029-01-01', 'Secret sentence', 'test', now(), 'test', now())
                        returning id""").param(id).query(Long.class).single();
                long variation = jdbc.sql("""
                        insert into licence_variation (nominal_id, licence_id, varied_on, reason, changes, created_by, created_at)
                        values (?, ?, date '2024-06-01', 'Secret reason', '{}'::jsonb, 'test', now()) returning id""")
                        .params(id, licence).query(Long.class).single();
                jdbc.sql("""
                        insert into licence_condition (nominal_id, licence_id, condition_code, parameters, added_by_variation,
                            created_by, created_at)
                        values (?, ?, 'NO_CONTACT_NAMED_PERSON', '{"NAMED_PERSON": "Secret victim"}'::jsonb, ?, 'test', now())""")
                        .params(id, licence, variation).update();
            }
        });
    }

    @Test
    void everyCaseTableForcesRowLevelSecurityAndTheCatalogueHasNone() throws SQLException {
        for (String table : TABLES) {
            assertThat(db.count("select count(*) from pg_class where oid = '" + table + "'::regclass "
                    + "and relrowsecurity and relforcerowsecurity")).as(table).isEqualTo(1);
        }
        assertThat(db.count("select count(*) from pg_class where oid = 'licence_condition_type'::regclass "
                + "and relrowsecurity")).isZero();
    }

    @Test
    void aCatalogueEntryIsNeverDeletedNorRewrittenOnlyRetired() throws SQLException {
        db.as(records.unnamed);
        assertThatThrownBy(() -> db.update("delete from licence_condition_type where code = 'DISCLOSE_VEHICLES'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("never deleted");
        db.rollback();
        assertThatThrownBy(() -> db.update("update licence_condition_type set wording = 'Anything.' where code = 'DISCLOSE_VEHICLES'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("only to be retired");
        db.rollback();
        assertThat(db.update("update licence_condition_type set retired_by = 'x', retired_at = now() where code = 'DISCLOSE_VEHICLES'"))
                .isEqualTo(1);
        assertThatThrownBy(() -> db.update("update licence_condition_type set retired_by = null, retired_at = null "
                + "where code = 'DISCLOSE_VEHICLES'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("only to be retired");
    }

    @Test
    void anUnnamedUsersTransactionSeesNoLicenceRowOfARestrictedRecord() throws SQLException {
        long restricted = records.restricted;
        db.as(records.unnamed);
        for (String table : TABLES) {
            assertThat(db.count("select count(*) from " + table + " where nominal_id = " + restricted
                    + " or 1=1 and nominal_id = " + restricted)).as(table).isZero();
            assertThat(db.count("select count(*) from " + table + " where nominal_id = " + records.shared)).as(table)
                    .isEqualTo(1);
        }
        assertThat(db.update("update licence set sentence = 'overwritten' where true")).isEqualTo(1); // the shared one only
        db.rollback();

        db.as(records.named);
        for (String table : TABLES) {
            assertThat(db.count("select count(*) from " + table + " where nominal_id = " + restricted)).as(table)
                    .isEqualTo(1);
        }
    }

    @Test
    void aDtcRepresentativeNeverSeesThemEvenOfASharedCase() throws SQLException {
        db.as(records.dtc);
        assertThat(db.count("select count(*) from nominal where id = " + records.shared)).isEqualTo(1);
        for (String table : TABLES) {
            assertThat(db.count("select count(*) from " + table)).as(table).isZero();
        }
        assertThat(db.count("select count(*) from licence_condition_type")).isGreaterThanOrEqualTo(11);
    }

    @Test
    void withoutAUserOrFromAnotherAreaNothingIsSeenOrWritten() throws SQLException {
        for (String table : TABLES) {
            assertThat(db.count("select count(*) from " + table)).as(table).isZero();
        }
        db.rollback();
        db.as(records.elsewhere);
        assertThat(db.count("select count(*) from licence where nominal_id = " + records.shared)).isZero();
        assertThatThrownBy(() -> db.update("insert into licence (nominal_id, starts_on, ends_on, sentence, created_by, "
                + "created_at, updated_by, updated_at) values (" + records.shared + ", date '2024-06-01', date '2025-06-01', "
                + "'x', 'x', now(), 'x', now())"))
                .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
    }
}
