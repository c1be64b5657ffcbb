package org.mappahub.assessment;

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
 * The risk assessment table behind the policy, over a plain JDBC connection as the application's role (as
 * {@code NotificationRowLevelSecurityTest}): an unnamed user of the same area sees no assessment of a restricted
 * record whatever the query, a named one does; a DTC representative never sees them, even of a shared case; nobody
 * writes them for another area's person.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RiskAssessmentRowLevelSecurityTest {

    static final String OWN = "ASSESSRLS_OWN";
    static final String OTHER = "ASSESSRLS_OTHER";
    static final String UNNAMED = "assessrls.unnamed";
    static final String NAMED = "assessrls.named";
    static final String DTC = "assessrls.dtc";
    static final String ELSEWHERE = "assessrls.elsewhere";

    @Autowired Environment environment;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired Areas areas;
    @Autowired NominalChanges changes;
    @Autowired Nominals nominals;
    @Autowired CaseAccess caseAccess;
    @Autowired JdbcClient jdbc;

    long restricted;
    long dtcAgency;
    long shared;
    Connection connection;

    @BeforeAll
    void aRestrictedAndASharedRecordWithAssessments() {
        TestUsers.asOperator(() -> {
            areas.save(new Area(OWN, "Assess RLS Own", List.of(), List.of()));
            areas.save(new Area(OTHER, "Assess RLS Other", List.of(), List.of()));
            TestUsers placed = new TestUsers(users, agencies);
            placed.place(UNNAMED, Role.PRACTITIONER, OWN);
            placed.place(NAMED, Role.PRACTITIONER, OWN);
            placed.place(DTC, Role.DTC_REPRESENTATIVE, OWN);
            placed.place(ELSEWHERE, Role.PRACTITIONER, OTHER);
            dtcAgency = placed.agency(OWN, AgencyType.CHILDRENS_SERVICES);
            String restrictedRef = person("ASSESSRLSRESTRICTED");
            String sharedRef = person("ASSESSRLSSHARED");
            caseAccess.restrictAs(restrictedRef, true, List.of(NAMED), "Protected person", "operator:test");
            caseAccess.shareAs(sharedRef, dtcAgency, ShareBasis.EXPLICIT, "Invited to the meeting", "operator:test");
            restricted = nominals.findByRef(restrictedRef).orElseThrow().id();
            shared = nominals.findByRef(sharedRef).orElseThrow().id();
            for (long id : List.of(restricted, shared)) {
                jdbc.sql("""
                        insert into risk_assessment (nominal_id, tool, assessed_on, assessor, agency_id, levels,
                            next_due_on, notes, created_by, created_at, updated_by, updated_at)
                        values (?, 'OASYS', date '2026-01-02', 'Olive', ?, '{"CHILDREN": "HIGH", "PUBLIC": "LOW",
                            "KNOWN_ADULT": "LOW", "STAFF": "LOW"}'::jsonb, date '2026-07-02', 'Secret notes', 'test', now(),
                            'test', now())""").params(id, dtcAgency).update();
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

    @Test
    void theTableForcesRowLevelSecurity() throws SQLException {
        assertThat(count("select count(*) from pg_class where oid = 'risk_assessment'::regclass "
                + "and relrowsecurity and relforcerowsecurity")).isEqualTo(1);
    }

    @Test
    void anUnnamedUsersTransactionSeesNoAssessmentOfARestrictedRecord() throws SQLException {
        as(UNNAMED);
        assertThat(count("select count(*) from risk_assessment where nominal_id = " + restricted + " or 1=1 and nominal_id = "
                + restricted)).isZero();
        assertThat(count("select count(*) from risk_assessment where nominal_id = " + shared)).isEqualTo(1);
        assertThat(update("update risk_assessment set notes = 'overwritten' where true")).isEqualTo(1); // the shared one only
        connection.rollback();

        as(NAMED);
        assertThat(count("select count(*) from risk_assessment where nominal_id = " + restricted)).isEqualTo(1);
    }

    @Test
    void aDtcRepresentativeNeverSeesThemEvenOfASharedCase() throws SQLException {
        as(DTC);
        assertThat(count("select count(*) from nominal where id = " + shared)).isEqualTo(1);
        assertThat(count("select count(*) from risk_assessment")).isZero();
        assertThat(update("update risk_assessment set notes = 'overwritten' where true")).isZero();
    }

    @Test
    void withoutAUserOrFromAnotherAreaNothingIsSeenOrWritten() throws SQLException {
        assertThat(count("select count(*) from risk_assessment")).isZero();
        connection.rollback();
        as(ELSEWHERE);
        assertThat(count("select count(*) from risk_assessment where nominal_id = " + shared)).isZero();
        assertThatThrownBy(() -> update("insert into risk_assessment (nominal_id, tool, assessed_on, assessor, agency_id, "
                + "levels, next_due_on, created_by, created_at, updated_by, updated_at) values (" + shared + ", 'ARMS', "
                + "date '2026-01-01', 'x', " + dtcAgency + ", '{\"OVERALL\": \"LOW\"}', date '2026-06-01', 'x', now(), 'x', now())"))
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
