package org.mappahub.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import org.mappahub.access.AgencyType;
import org.mappahub.access.Agencies;
import org.mappahub.access.CaseAccess;
import org.mappahub.access.Role;
import org.mappahub.access.ShareBasis;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.NominalRecord.Address;
import org.mappahub.nominal.NominalRecord.AddressType;
import org.mappahub.nominal.NominalRecord.AreaSpan;
import org.mappahub.nominal.NominalRecord.CategorySpan;
import org.mappahub.nominal.NominalRecord.Conviction;
import org.mappahub.nominal.NominalRecord.Gender;
import org.mappahub.nominal.NominalRecord.LevelSpan;
import org.mappahub.nominal.NominalRecord.Person;
import org.mappahub.nominal.Nominals;

/**
 * Row-level security (V5) shown on the database itself, bypassing every service: the access policy is not
 * asked, and a deliberately careless query ({@code select *}, {@code where true}, {@code or 1=1}) still gets
 * only the rows the user may know exist.
 *
 * <p>The connection is a plain one as the application's role with nothing set ({@link ApplicationRoleConnection}),
 * as a faulty piece of code would have it, not one borrowed from the pool. The same JDBC connection is used for
 * several transactions, which is what a pool does, to show that nothing carries over.
 * The fixture itself is written through the application's services as the installation's operator.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RowLevelSecurityTest {

    static final String OWN = "RLS_OWN";
    static final String OTHER = "RLS_OTHER";
    static final String PRACTITIONER = "rls.practitioner";
    static final String NAMED = "rls.named";
    static final String DTC = "rls.dtc";
    static final String DTC_NAMED = "rls.dtc-named";

    /** The record's content: visible only to those who read it, unlike the head (nominal) and aliases. */
    static final List<String> CONTENT = List.of("nominal_address", "nominal_area_span", "conviction", "custody_span",
            "civil_order", "nominal_event");
    static final List<String> RLS_TABLES = List.of("nominal", "nominal_alias", "nominal_address", "nominal_area_span",
            "conviction", "category_span", "level_span", "custody_span", "civil_order", "nominal_event",
            "notification_requirement", "notification");

    @Autowired
    Users users;
    @Autowired
    Agencies agencies;
    @Autowired
    Areas areas;
    @Autowired
    Nominals nominals;
    @Autowired
    CaseAccess caseAccess;

    final Map<String, Long> ids = new LinkedHashMap<>();
    /** A plain connection as the application's role, opened for each test and rolled back after it. */
    @RegisterExtension
    final ApplicationRoleConnection db = new ApplicationRoleConnection();

    @BeforeAll
    void recordsOfEveryKind() {
        TestUsers.asOperator(() -> {
            areas.save(new Area(OWN, "RLS Own", List.of("Central"), List.of()));
            areas.save(new Area(OTHER, "RLS Other", List.of("Central"), List.of()));
            TestUsers testUsers = new TestUsers(users, agencies);
            testUsers.place(PRACTITIONER, Role.PRACTITIONER, OWN);
            testUsers.place(NAMED, Role.PRACTITIONER, OWN);
            testUsers.place(DTC, Role.DTC_REPRESENTATIVE, OWN);
            testUsers.place(DTC_NAMED, Role.DTC_REPRESENTATIVE, OWN, AgencyType.HOUSING);
            testUsers.place("rls.board", Role.BOARD_MEMBER, OWN);
            testUsers.place("rls.auditor", Role.AUDITOR, OWN);
            testUsers.place("rls.admin", Role.SYSTEM_ADMINISTRATOR, OWN);
            long dtcAgency = testUsers.agency(OWN, AgencyType.CHILDRENS_SERVICES);
            for (String kind : List.of("own", "other", "restricted", "shared")) {
                String ref = insert(kind.equals("other") ? OTHER : OWN, kind);
                ids.put(kind, nominals.findByRef(ref).orElseThrow().id());
                switch (kind) {
                    case "restricted" -> caseAccess.restrictAs(ref, true, List.of(NAMED, DTC_NAMED), "Protected person",
                            "operator:test");
                    case "shared" -> caseAccess.shareAs(ref, dtcAgency, ShareBasis.EXPLICIT, "Invited to the meeting",
                            "operator:test");
                    default -> {
                    }
                }
            }
        });
    }

    private String insert(String area, String kind) {
        String ref = nominals.newRef(area);
        LocalDate today = LocalDate.of(2026, 1, 1);
        nominals.insert(new NominalRecord(ref, area, "Central",
                new Person("RLSPERSON" + kind.toUpperCase(), List.of("Test"), LocalDate.of(1970, 1, 1), Gender.MALE,
                        null, null, null, null),
                List.of(new NominalRecord.Alias("RLSALIAS" + kind.toUpperCase(), List.of(), null)),
                List.of(new Address(AddressType.HOME, "1 Secret Street", "Hiddenton", "HD1 1AA", today.minusYears(1), null)),
                List.of(new AreaSpan(area, today.minusYears(1), null)),
                List.of(new Conviction(today.minusYears(2), "An offence", NominalRecord.OffenceKind.VIOLENT,
                        NominalRecord.Disposal.FINE, null, 30)),
                List.of(new CategorySpan(1, today.minusYears(1), null)),
                List.of(new LevelSpan(2, today.minusYears(1), null)),
                null, null, null), "operator:test fixture", false);
        return ref;
    }

    // ------------------------------------------------------------------------------------------------------

    @Test
    void theApplicationsRoleIsNeitherOwnerNorSuperuserAndEveryCaseTableForcesRowLevelSecurity() throws SQLException {
        assertThat(db.bool("select rolsuper from pg_roles where rolname = current_user")).isFalse();
        assertThat(db.bool("select rolbypassrls from pg_roles where rolname = current_user")).isFalse();
        for (String table : RLS_TABLES) {
            assertThat(db.bool("select pg_get_userbyid(relowner) = current_user from pg_class where oid = '" + table + "'::regclass"))
                    .as(table + " is not owned by the application's role").isFalse();
            assertThat(db.bool("select relrowsecurity and relforcerowsecurity from pg_class where oid = '" + table + "'::regclass"))
                    .as(table + " enables and forces row-level security").isTrue();
        }
        db.commit();
    }

    @Test
    void withNoUserSetATransactionSeesNoCaseRowsAtAll() throws SQLException {
        for (String table : RLS_TABLES) {
            assertThat(db.count("select count(*) from " + table + " where true or 1=1")).as(table).isZero();
        }
        db.commit();
    }

    @Test
    void aResponsibleAuthorityUserFindsEveryAreasPeopleButReadsAnotherAreasContentOnlyWithACurrentReason()
            throws SQLException {
        db.as(PRACTITIONER);
        assertThat(db.ids("select id from nominal")).contains(ids.get("own"), ids.get("other"), ids.get("shared"));
        for (String table : CONTENT) {
            if (table.equals("custody_span") || table.equals("civil_order") || table.equals("nominal_event")) {
                continue; // the fixture has none of these
            }
            assertThat(db.count("select count(*) from " + table + " where nominal_id = " + ids.get("own"))).as(table).isPositive();
            assertThat(db.count("select count(*) from " + table + " where nominal_id = " + ids.get("other"))).as(table).isZero();
        }
        // An expired reason opens nothing; a current one opens the content (the application writes these rows).
        db.update("insert into access_grant (nominal_id, username, reason, granted_at, expires_at) values ("
                + ids.get("other") + ", '" + PRACTITIONER + "', 'An old and finished enquiry', now() - interval '9 hours', now() - interval '1 hour')");
        assertThat(db.count("select count(*) from nominal_address where nominal_id = " + ids.get("other"))).isZero();
        db.update("insert into access_grant (nominal_id, username, reason, granted_at, expires_at) values ("
                + ids.get("other") + ", '" + PRACTITIONER + "', 'Referral from the other area', now(), now() + interval '8 hours')");
        assertThat(db.count("select count(*) from nominal_address where nominal_id = " + ids.get("other"))).isEqualTo(1);
        assertThat(db.count("select count(*) from conviction where nominal_id = " + ids.get("other"))).isEqualTo(1);
        db.rollback();
    }

    @Test
    void anUnnamedUserSeesNoTraceOfARestrictedRecordWhateverTheQuery() throws SQLException {
        long restricted = ids.get("restricted");
        db.as(PRACTITIONER); // same area as the restricted record, but not named on it
        assertThat(db.ids("select * from nominal where true or 1=1")).doesNotContain(restricted).contains(ids.get("own"));
        assertThat(db.ids("select * from nominal_alias")).doesNotContain(restricted).contains(ids.get("own"));
        assertThat(db.ids("select * from category_span where true")).doesNotContain(restricted).contains(ids.get("own"));
        assertThat(db.count("select count(*) from nominal where id = " + restricted + " or 1=1 and id = " + restricted)).isZero();
        assertThat(db.count("select count(*) from nominal where family_name = 'RLSPERSONRESTRICTED'")).isZero();
        for (String table : RLS_TABLES) {
            if (!table.equals("nominal")) {
                assertThat(db.count("select count(*) from " + table + " where nominal_id = " + restricted + " or false"))
                        .as(table).isZero();
            }
        }
        assertThat(db.count("select count(*) from nominal_alias where family_name = 'RLSALIASRESTRICTED'")).isZero();
        db.commit();

        db.as(NAMED);
        assertThat(db.ids("select id from nominal")).contains(restricted);
        assertThat(db.count("select count(*) from nominal_address where nominal_id = " + restricted)).isEqualTo(1);
        assertThat(db.count("select count(*) from nominal_alias where nominal_id = " + restricted)).isEqualTo(1);
        db.commit();
    }

    @Test
    void aDtcRepresentativeSeesOnlySharedPeopleTheirAliasesAndCategoryAndLevelNeverTheirContent() throws SQLException {
        db.as(DTC);
        long shared = ids.get("shared");
        assertThat(db.ids("select id from nominal where true")).containsExactly(shared);
        assertThat(db.count("select count(*) from nominal_alias where nominal_id = " + shared)).isEqualTo(1);
        assertThat(db.count("select count(*) from category_span where nominal_id = " + shared)).isEqualTo(1);
        assertThat(db.count("select count(*) from level_span where nominal_id = " + shared)).isEqualTo(1);
        for (String table : CONTENT) {
            assertThat(db.count("select count(*) from " + table + " where true or 1=1")).as(table).isZero();
        }
        assertThat(db.count("select count(*) from category_span where nominal_id <> " + shared + " or false")).isZero();
        db.commit();
    }

    @Test
    void aDtcRepresentativeNamedOnARestrictedRecordSeesItsHeadButNotItsContent() throws SQLException {
        // The policy gives a named DTC representative the shared parts only (AccessPolicy.SHARED_PARTS):
        // identity, category and level; never the addresses, convictions or history.
        db.as(DTC_NAMED);
        long restricted = ids.get("restricted");
        assertThat(db.ids("select id from nominal")).containsExactly(restricted);
        assertThat(db.count("select count(*) from level_span where nominal_id = " + restricted)).isEqualTo(1);
        for (String table : CONTENT) {
            assertThat(db.count("select count(*) from " + table)).as(table).isZero();
        }
        db.commit();
    }

    @Test
    void rolesThatReadNoCaseSeeNothing() throws SQLException {
        for (String user : List.of("rls.board", "rls.auditor", "rls.admin", "nobody.at.all")) {
            db.as(user);
            for (String table : RLS_TABLES) {
                assertThat(db.count("select count(*) from " + table + " where true")).as(user + " " + table).isZero();
            }
            db.commit();
        }
    }

    @Test
    void writesOutsideTheUsersAreaAreRefusedByTheDatabase() throws SQLException {
        db.as(PRACTITIONER);
        // Inserting a person into another area: the policy's WITH CHECK refuses.
        assertThatThrownBy(() -> db.update("insert into nominal (ref, area_code, family_name, date_of_birth, created_by, updated_by) "
                + "values ('RLS_OTHER-X1', '" + OTHER + "', 'SNEAKY', '1970-01-01', 'x', 'x')"))
                .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
        db.rollback();
        db.as(PRACTITIONER);
        // Nor restricted, even in their own area.
        assertThatThrownBy(() -> db.update("insert into nominal (ref, area_code, family_name, date_of_birth, created_by, updated_by, restricted) "
                + "values ('RLS_OWN-X2', '" + OWN + "', 'SNEAKY', '1970-01-01', 'x', 'x', true)"))
                .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
        db.rollback();
        db.as(PRACTITIONER);
        // Another area's person cannot be changed: the row is not there to update (USING).
        assertThat(db.update("update nominal set family_name = 'CHANGED' where id = " + ids.get("other") + " or 1=1 and id = "
                + ids.get("other"))).isZero();
        // Moving one's own person into another area: WITH CHECK refuses.
        assertThatThrownBy(() -> db.update("update nominal set area_code = '" + OTHER + "' where id = " + ids.get("own")))
                .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
        db.rollback();
        db.as(PRACTITIONER);
        // Content of another area's person, even with a current reason: read, not write.
        db.update("insert into access_grant (nominal_id, username, reason, granted_at, expires_at) values ("
                + ids.get("other") + ", '" + PRACTITIONER + "', 'Referral from the other area', now(), now() + interval '8 hours')");
        assertThatThrownBy(() -> db.update("insert into nominal_address (nominal_id, position, type, from_date) values ("
                + ids.get("other") + ", 99, 'HOME', '2026-01-01')"))
                .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
        db.rollback();
        db.as(PRACTITIONER);
        assertThat(db.update("delete from conviction where nominal_id = " + ids.get("other"))).isZero();
        assertThat(db.update("delete from nominal where id = " + ids.get("own"))).as("only the operator deletes people").isZero();
        // Whereas their own area's person they may change.
        assertThat(db.update("update nominal set ethnicity = 'Not stated' where id = " + ids.get("own"))).isEqualTo(1);
        db.rollback();
        db.as("rls.admin");
        assertThatThrownBy(() -> db.update("insert into nominal (ref, area_code, family_name, date_of_birth, created_by, updated_by) "
                + "values ('RLS_OWN-X3', '" + OWN + "', 'SNEAKY', '1970-01-01', 'x', 'x')"))
                .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
        db.rollback();
    }

    @Test
    void aRestrictedRecordCannotBeChangedBlindByAnUnnamedUserOfItsArea() throws SQLException {
        // An update with no WHERE reads no column, so PostgreSQL applies only the UPDATE policy, not the SELECT one:
        // the UPDATE policy itself must keep restricted records away from those not named on them.
        db.as(PRACTITIONER);
        db.update("update nominal set ethnicity = 'Overwritten blind'");
        db.update("update nominal_address set town = 'Overwritten blind'");
        db.update("delete from nominal_alias");
        db.update("delete from level_span");
        db.as(NAMED); // same transaction, now as someone named on it: was it changed?
        long restricted = ids.get("restricted");
        assertThat(db.string("select coalesce(ethnicity, '') from nominal where id = " + restricted))
                .isNotEqualTo("Overwritten blind");
        assertThat(db.string("select town from nominal_address where nominal_id = " + restricted)).isEqualTo("Hiddenton");
        assertThat(db.count("select count(*) from nominal_alias where nominal_id = " + restricted)).isEqualTo(1);
        assertThat(db.count("select count(*) from level_span where nominal_id = " + restricted)).isEqualTo(1);
        assertThat(db.string("select town from nominal_address where nominal_id = " + ids.get("own")))
                .as("whereas the blind update did reach what the user may change").isEqualTo("Overwritten blind");
        assertThat(db.update("update nominal set ethnicity = 'Changed by a named user' where id = " + ids.get("restricted")))
                .as("someone named on it still may").isEqualTo(1);
        db.rollback();
    }

    @Test
    void theUserSetForOneTransactionDoesNotLeakIntoTheNextOnTheSameConnection() throws SQLException {
        db.as(PRACTITIONER);
        assertThat(db.count("select count(*) from nominal")).isPositive();
        db.commit();
        // Next transaction on the same connection, as a pool would hand it on: nothing set, nothing seen.
        assertThat(db.string("select coalesce(current_setting('mappa.user', true), '')")).isEmpty();
        assertThat(db.count("select count(*) from nominal")).isZero();
        db.commit();
        db.as(PRACTITIONER);
        assertThat(db.count("select count(*) from nominal")).isPositive();
        db.rollback();
        assertThat(db.count("select count(*) from nominal")).isZero();
        db.commit();
    }
}
