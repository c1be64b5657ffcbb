package org.mappahub.intelligence;

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
 * The intelligence log table behind the policy, over a plain JDBC connection as the application's role (as
 * {@code NotificationRowLevelSecurityTest}): the rows follow RecordPart.INTELLIGENCE_LOG — an unnamed user of the
 * same area sees no entry of a restricted record, a named one does; a DTC representative never sees an entry, even
 * of a shared case or a restricted record they are named on; a board member sees none; nobody writes one for
 * another area's person.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntelligenceRowLevelSecurityTest {

    static final String OWN = "INTELRLS_OWN";
    static final String OTHER = "INTELRLS_OTHER";
    static final String UNNAMED = "intelrls.unnamed";
    static final String NAMED = "intelrls.named";
    static final String DTC = "intelrls.dtc";
    static final String BOARD = "intelrls.board";
    static final String ELSEWHERE = "intelrls.elsewhere";

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
    long police;
    Connection connection;

    @BeforeAll
    void aRestrictedAndASharedRecordWithEntries() {
        TestUsers.asOperator(() -> {
            areas.save(new Area(OWN, "Intel RLS Own", List.of(), List.of()));
            areas.save(new Area(OTHER, "Intel RLS Other", List.of(), List.of()));
            TestUsers placed = new TestUsers(users, agencies);
            police = placed.place(UNNAMED, Role.PRACTITIONER, OWN);
            placed.place(NAMED, Role.PRACTITIONER, OWN);
            placed.place(DTC, Role.DTC_REPRESENTATIVE, OWN);
            placed.place(BOARD, Role.BOARD_MEMBER, OWN, AgencyType.POLICE);
            placed.place(ELSEWHERE, Role.PRACTITIONER, OTHER);
            long dtcAgency = placed.agency(OWN, AgencyType.CHILDRENS_SERVICES);
            String restrictedRef = person("INTELRLSRESTRICTED");
            String sharedRef = person("INTELRLSSHARED");
            caseAccess.restrictAs(restrictedRef, true, List.of(NAMED, DTC), "Protected person", "operator:test");
            caseAccess.shareAs(sharedRef, dtcAgency, ShareBasis.EXPLICIT, "Invited to the meeting", "operator:test");
            restricted = nominals.findByRef(restrictedRef).orElseThrow().id();
            shared = nominals.findByRef(sharedRef).orElseThrow().id();
            for (long id : List.of(restricted, shared)) {
                jdbc.sql(insert(id)).update();
            }
            return null;
        });
    }

    private String insert(long nominalId) {
        return "insert into intelligence_entry (nominal_id, occurred_on, kind, summary, source_agency_id, "
                + "source_evaluation, intelligence_evaluation, handling_code, recorded_agency_id, created_by, created_at, "
                + "updated_by, updated_at) values (" + nominalId + ", date '2026-01-02', 'HOME_VISIT', 'Secret visit', "
                + police + ", '1', 'A', 'P', " + police + ", 'test', now(), 'test', now())";
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
        assertThat(count("select count(*) from pg_class where oid = 'intelligence_entry'::regclass "
                + "and relrowsecurity and relforcerowsecurity")).isEqualTo(1);
    }

    @Test
    void anUnnamedUsersTransactionSeesNoEntryOfARestrictedRecordANamedOneDoes() throws SQLException {
        as(UNNAMED);
        assertThat(count("select count(*) from intelligence_entry where nominal_id = " + restricted + " or 1=1 and nominal_id = "
                + restricted)).isZero();
        assertThat(count("select count(*) from intelligence_entry where nominal_id = " + shared)).isEqualTo(1);
        assertThat(update("update intelligence_entry set summary = 'overwritten' where true")).isEqualTo(1); // the shared one
        connection.rollback();

        as(NAMED);
        assertThat(count("select count(*) from intelligence_entry where nominal_id = " + restricted)).isEqualTo(1);
    }

    @Test
    void aDtcRepresentativeNeverSeesAnEntryEvenOfASharedCaseOrARestrictedOneTheyAreNamedOn() throws SQLException {
        as(DTC);
        assertThat(count("select count(*) from nominal where id in (" + shared + ", " + restricted + ")")).isEqualTo(2);
        assertThat(count("select count(*) from intelligence_entry")).isZero();
        assertThatThrownBy(() -> update(insert(shared))).isInstanceOf(SQLException.class)
                .hasMessageContaining("row-level security");
    }

    @Test
    void aBoardMemberWithoutAUserOrFromAnotherAreaNothingIsSeenOrWritten() throws SQLException {
        assertThat(count("select count(*) from intelligence_entry")).isZero();
        connection.rollback();
        as(BOARD);
        assertThat(count("select count(*) from intelligence_entry")).isZero();
        connection.rollback();
        as(ELSEWHERE);
        assertThat(count("select count(*) from intelligence_entry where nominal_id = " + shared)).isZero();
        assertThatThrownBy(() -> update(insert(shared))).isInstanceOf(SQLException.class)
                .hasMessageContaining("row-level security");
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
