package org.mappahub.referral;

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
 * The referral table behind the policy, over a plain connection as the application's role: an unnamed user of the
 * area sees no referral of a restricted record whatever the query, a named one does; a DTC representative never sees
 * one, even of a shared case; nobody reads or writes them for another area's person or without a user.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralRowLevelSecurityTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    final RestrictedAndSharedRecords records = new RestrictedAndSharedRecords("REFRLS");
    @RegisterExtension
    final ApplicationRoleConnection db = new ApplicationRoleConnection();

    static String insert(long nominalId) {
        return "insert into referral (nominal_id, category, referring_agency, referrer, index_offence, sentence, "
                + "hospital_detention, reason, level_asked, received_on, created_by, created_at, updated_by, updated_at) "
                + "values (" + nominalId + ", 2, 'Police', 'x', 'Secret offence', '4 years', false, 'Secret reason', 2, "
                + "date '2026-05-04', 'x', now(), 'x', now())";
    }

    @BeforeAll
    void aRestrictedAndASharedRecordWithReferrals() {
        TestUsers.asOperator(() -> {
            records.place(context, List.of(records.named));
            for (long id : List.of(records.restricted, records.shared)) {
                jdbc.sql(insert(id)).update();
            }
        });
    }

    @Test
    void theTableForcesRowLevelSecurity() throws SQLException {
        assertThat(db.count("select count(*) from pg_class where oid = 'referral'::regclass "
                + "and relrowsecurity and relforcerowsecurity")).isEqualTo(1);
    }

    @Test
    void anUnnamedUserSeesNoReferralOfARestrictedRecordANamedOneDoes() throws SQLException {
        db.as(records.unnamed);
        assertThat(db.count("select count(*) from referral where nominal_id = " + records.restricted
                + " or 1=1 and nominal_id = " + records.restricted)).isZero();
        assertThat(db.count("select count(*) from referral where nominal_id = " + records.shared)).isEqualTo(1);
        assertThat(db.update("update referral set reason = 'overwritten' where true")).isEqualTo(1); // the shared one only
        db.rollback();

        db.as(records.named);
        assertThat(db.count("select count(*) from referral where nominal_id = " + records.restricted)).isEqualTo(1);
    }

    @Test
    void aDtcRepresentativeNeverSeesOneEvenOfASharedCase() throws SQLException {
        db.as(records.dtc);
        assertThat(db.count("select count(*) from nominal where id = " + records.shared)).isEqualTo(1);
        assertThat(db.count("select count(*) from referral")).isZero();
    }

    @Test
    void withoutAUserOrFromAnotherAreaNothingIsSeenOrWritten() throws SQLException {
        assertThat(db.count("select count(*) from referral")).isZero();
        db.rollback();
        db.as(records.elsewhere);
        assertThat(db.count("select count(*) from referral where nominal_id = " + records.shared)).isZero();
        assertThatThrownBy(() -> db.update(insert(records.shared)))
                .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
    }
}
