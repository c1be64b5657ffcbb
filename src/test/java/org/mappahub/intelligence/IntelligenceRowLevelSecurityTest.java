package org.mappahub.intelligence;

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

import org.mappahub.access.Agencies;
import org.mappahub.access.AgencyType;
import org.mappahub.access.RestrictedAndSharedRecords;
import org.mappahub.access.Role;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.database.ApplicationRoleConnection;

/**
 * The intelligence log table behind the policy, over a plain JDBC connection as the application's role
 * ({@link ApplicationRoleConnection}, as {@code NotificationRowLevelSecurityTest}): the rows follow
 * RecordPart.INTELLIGENCE_LOG — an unnamed user of the same area sees no entry of a restricted record, a named one
 * does; a DTC representative never sees an entry, even of a shared case or a restricted record they are named on; a
 * board member sees none; nobody writes one for another area's person.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntelligenceRowLevelSecurityTest {

    static final String BOARD = "intelrls.board";

    @Autowired ApplicationContext context;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;

    final RestrictedAndSharedRecords records = new RestrictedAndSharedRecords("INTELRLS");
    /** The agency recording the entries: the unnamed practitioner's. */
    long police;
    /** A plain connection as the application's role, opened for each test and rolled back after it. */
    @RegisterExtension
    final ApplicationRoleConnection db = new ApplicationRoleConnection();

    @BeforeAll
    void aRestrictedAndASharedRecordWithEntries() {
        TestUsers.asOperator(() -> {
            // The DTC representative is named on the restricted record as well.
            records.place(context, List.of(records.named, records.dtc));
            police = records.unnamedAgency;
            new TestUsers(users, agencies).place(BOARD, Role.BOARD_MEMBER, records.own, AgencyType.POLICE);
            for (long id : List.of(records.restricted, records.shared)) {
                jdbc.sql(insert(id)).update();
            }
        });
    }

    private String insert(long nominalId) {
        return "insert into intelligence_entry (nominal_id, occurred_on, kind, summary, source_agency_id, "
                + "source_evaluation, intelligence_evaluation, handling_code, recorded_agency_id, created_by, created_at, "
                + "updated_by, updated_at) values (" + nominalId + ", date '2026-01-02', 'HOME_VISIT', 'Secret visit', "
                + police + ", '1', 'A', 'P', " + police + ", 'test', now(), 'test', now())";
    }

    @Test
    void theTableForcesRowLevelSecurity() throws SQLException {
        assertThat(db.count("select count(*) from pg_class where oid = 'intelligence_entry'::regclass "
                + "and relrowsecurity and relforcerowsecurity")).isEqualTo(1);
    }

    @Test
    void anUnnamedUsersTransactionSeesNoEntryOfARestrictedRecordANamedOneDoes() throws SQLException {
        long restricted = records.restricted;
        db.as(records.unnamed);
        assertThat(db.count("select count(*) from intelligence_entry where nominal_id = " + restricted
                + " or 1=1 and nominal_id = " + restricted)).isZero();
        assertThat(db.count("select count(*) from intelligence_entry where nominal_id = " + records.shared)).isEqualTo(1);
        assertThat(db.update("update intelligence_entry set summary = 'overwritten' where true")).isEqualTo(1); // the shared one
        db.rollback();

        db.as(records.named);
        assertThat(db.count("select count(*) from intelligence_entry where nominal_id = " + restricted)).isEqualTo(1);
    }

    @Test
    void aDtcRepresentativeNeverSeesAnEntryEvenOfASharedCaseOrARestrictedOneTheyAreNamedOn() throws SQLException {
        db.as(records.dtc);
        assertThat(db.count("select count(*) from nominal where id in (" + records.shared + ", " + records.restricted + ")"))
                .isEqualTo(2);
        assertThat(db.count("select count(*) from intelligence_entry")).isZero();
        assertThatThrownBy(() -> db.update(insert(records.shared))).isInstanceOf(SQLException.class)
                .hasMessageContaining("row-level security");
    }

    @Test
    void aBoardMemberWithoutAUserOrFromAnotherAreaNothingIsSeenOrWritten() throws SQLException {
        assertThat(db.count("select count(*) from intelligence_entry")).isZero();
        db.rollback();
        db.as(BOARD);
        assertThat(db.count("select count(*) from intelligence_entry")).isZero();
        db.rollback();
        db.as(records.elsewhere);
        assertThat(db.count("select count(*) from intelligence_entry where nominal_id = " + records.shared)).isZero();
        assertThatThrownBy(() -> db.update(insert(records.shared))).isInstanceOf(SQLException.class)
                .hasMessageContaining("row-level security");
    }
}
