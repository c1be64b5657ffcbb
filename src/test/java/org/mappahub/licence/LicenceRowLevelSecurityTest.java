package org.mappahub.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.mappahub.access.Agencies;
import org.mappahub.access.AgencyType;
import org.mappahub.access.CaseAccess;
import org.mappahub.access.Role;
import org.mappahub.access.ShareBasis;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.NominalChanges;
import org.mappahub.nominal.NominalChanges.Identity;
import org.mappahub.nominal.Nominals;

/**
 * The licence tables behind the policy, over a plain JDBC connection as the application's role (as
 * {@code NotificationRowLevelSecurityTest}): an unnamed user of the same area sees no licence row of a restricted
 * record whatever the query, a named one does; a DTC representative never sees them, even of a shared case; nobody
 * writes them for another area's person. The catalogue is not case data and carries none.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LicenceRowLevelSecurityTest {

    static final String OWN = "LICRLS_OWN";
    static final String OTHER = "LICRLS_OTHER";
    static final String UNNAMED = "licrls.unnamed";
    static final String NAMED = "licrls.named";
    static final String DTC = "licrls.dtc";
    static final String ELSEWHERE = "licrls.elsewhere";

    @Autowired Environment environment;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired Areas areas;
    @Autowired NominalChanges changes;
    @Autowired Nominals nominals;
    @Autowired CaseAccess caseAccess;
    @Autowired JdbcClient jdbc;

    long restricted;
    long shared;
    Connection connection;

    @BeforeAll
    void aRestrictedAndASharedRecordWithLicences() {
        TestUsers.asOperator(() -> {
            areas.save(new Area(OWN, "Lic RLS Own", List.of(), List.of()));
            areas.save(new Area(OTHER, "Lic RLS Other", List.of(), List.of()));
            TestUsers placed = new TestUsers(users, agencies);
            placed.place(UNNAMED, Role.PRACTITIONER, OWN);
            placed.place(NAMED, Role.PRACTITIONER, OWN);
            placed.place(DTC, Role.DTC_REPRESENTATIVE, OWN);
            placed.place(ELSEWHERE, Role.PRACTITIONER, OTHER);
            long dtcAgency = placed.agency(OWN, AgencyType.CHILDRENS_SERVICES);
            String restrictedRef = person("LICRLSRESTRICTED");
            String sharedRef = person("LICRLSSHARED");
            caseAccess.restrictAs(restrictedRef, true, List.of(NAMED), "Protected person", "operator:test");
            caseAccess.shareAs(sharedRef, dtcAgency, ShareBasis.EXPLICIT, "Invited to the meeting", "operator:test");
            restricted = nominals.findByRef(restrictedRef).orElseThrow().id();
            shared = nominals.findByRef(sharedRef).orElseThrow().id();
            for (long id : List.of(restricted, shared)) {
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
            return null;
        });
    }

    private String person(String familyName) {
        return changes.create(OWN, new Identity(familyName, List.of("Test"), LocalDate.of(1984, 1, 1), null, null, null,
                null, null, null), "operator:test");
    }

    @BeforeEach
    void plainConnectionAsTheApplicationsRole() throws SQLException {
        connection = DriverManager.getConnection(environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password", ""));
        connection.setAutoCommit(false);
    }

    @AfterEach
    void close() throws SQLException {
        connection.rollback();
        connection.close();
    }

    static final List<String> TABLES = List.of("licence", "licence_variation", "licence_condition");

    @Test
    void everyCaseTableForcesRowLevelSecurityAndTheCatalogueHasNone() throws SQLException {
        for (String table : TABLES) {
            assertThat(count("select count(*) from pg_class where oid = '" + table + "'::regclass "
                    + "and relrowsecurity and relforcerowsecurity")).as(table).isEqualTo(1);
        }
        assertThat(count("select count(*) from pg_class where oid = 'licence_condition_type'::regclass "
                + "and relrowsecurity")).isZero();
    }

    @Test
    void aCatalogueEntryIsNeverDeletedNorRewrittenOnlyRetired() throws SQLException {
        as(UNNAMED);
        assertThatThrownBy(() -> update("delete from licence_condition_type where code = 'DISCLOSE_VEHICLES'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("never deleted");
        connection.rollback();
        assertThatThrownBy(() -> update("update licence_condition_type set wording = 'Anything.' where code = 'DISCLOSE_VEHICLES'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("only to be retired");
        connection.rollback();
        assertThat(update("update licence_condition_type set retired_by = 'x', retired_at = now() where code = 'DISCLOSE_VEHICLES'"))
                .isEqualTo(1);
        assertThatThrownBy(() -> update("update licence_condition_type set retired_by = null, retired_at = null "
                + "where code = 'DISCLOSE_VEHICLES'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("only to be retired");
    }

    @Test
    void anUnnamedUsersTransactionSeesNoLicenceRowOfARestrictedRecord() throws SQLException {
        as(UNNAMED);
        for (String table : TABLES) {
            assertThat(count("select count(*) from " + table + " where nominal_id = " + restricted + " or 1=1 and nominal_id = "
                    + restricted)).as(table).isZero();
            assertThat(count("select count(*) from " + table + " where nominal_id = " + shared)).as(table).isEqualTo(1);
        }
        assertThat(update("update licence set sentence = 'overwritten' where true")).isEqualTo(1); // the shared one only
        connection.rollback();

        as(NAMED);
        for (String table : TABLES) {
            assertThat(count("select count(*) from " + table + " where nominal_id = " + restricted)).as(table).isEqualTo(1);
        }
    }

    @Test
    void aDtcRepresentativeNeverSeesThemEvenOfASharedCase() throws SQLException {
        as(DTC);
        assertThat(count("select count(*) from nominal where id = " + shared)).isEqualTo(1);
        for (String table : TABLES) {
            assertThat(count("select count(*) from " + table)).as(table).isZero();
        }
        assertThat(count("select count(*) from licence_condition_type")).isGreaterThanOrEqualTo(11);
    }

    @Test
    void withoutAUserOrFromAnotherAreaNothingIsSeenOrWritten() throws SQLException {
        for (String table : TABLES) {
            assertThat(count("select count(*) from " + table)).as(table).isZero();
        }
        connection.rollback();
        as(ELSEWHERE);
        assertThat(count("select count(*) from licence where nominal_id = " + shared)).isZero();
        assertThatThrownBy(() -> update("insert into licence (nominal_id, starts_on, ends_on, sentence, created_by, "
                + "created_at, updated_by, updated_at) values (" + shared + ", date '2024-06-01', date '2025-06-01', 'x', "
                + "'x', now(), 'x', now())"))
                .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
    }

    private void as(String user) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement(
                "select set_config('mappa.user', ?, true), set_config('mappa.operator', 'off', true)")) {
            set.setString(1, user);
            set.execute();
        }
    }

    private long count(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private int update(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            return st.executeUpdate(sql);
        }
    }
}
