package org.mappahub.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.mappahub.access.Access.Outcome;

/**
 * {@link AccessPolicy#decide} on its boundaries. The whole role × record-kind × part table is in docs/SECURITY.md
 * and checked by {@link AuthorisationMatrixTest}; these are the cases that table cannot show.
 */
class AccessPolicyTest {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    static final String AREA = "OWNSHIRE";
    static final String ELSEWHERE = "OTHERSHIRE";

    static Viewer viewer(Role role, AgencyType type, String area) {
        return new Viewer("u", "U", role, 1L, "Agency", type, area);
    }

    static Viewer ra(Role role) {
        return viewer(role, AgencyType.POLICE, AREA);
    }

    static final Viewer DTC = viewer(Role.DTC_REPRESENTATIVE, AgencyType.HOUSING, AREA);

    static RecordFacts record(String area) {
        return new RecordFacts("R-1", area, false, false, false, null, null, false);
    }

    @Test
    void aReasonThatExpiresExactlyNowNoLongerOpensTheRecord() {
        var expiring = new RecordFacts("R-1", ELSEWHERE, false, false, false, NOW, "Referral from the other area", false);
        Access access = AccessPolicy.decide(ra(Role.PRACTITIONER), expiring, NOW);
        assertThat(access.outcome()).isEqualTo(Outcome.REASON_REQUIRED);
        assertThat(access.parts()).isEmpty();
        assertThat(access.area()).as("the form names the area").isEqualTo(ELSEWHERE);
    }

    @Test
    void aReasonThatExpiresJustAfterNowOpensTheRecordAsExceptionalAccessWithoutEditing() {
        var current = new RecordFacts("R-1", ELSEWHERE, false, false, false, NOW.plusNanos(1), "Referral from the other area", false);
        Access access = AccessPolicy.decide(ra(Role.COORDINATOR), current, NOW);
        assertThat(access.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(access.exceptional()).isTrue();
        assertThat(access.until()).isEqualTo(NOW.plusNanos(1));
        assertThat(access.reason()).isEqualTo("Referral from the other area");
        assertThat(access.sees(RecordPart.FULL_HISTORY)).isTrue();
        assertThat(access.sees(RecordPart.RESTRICTED_SECTIONS)).as("runs no case of another area").isFalse();
        assertThat(access.mayEdit()).isFalse();
        assertThat(access.mayShare()).isFalse();
    }

    @Test
    void namedOnARestrictedRecordOfAnotherAreaNeedsNoReasonButEditsNothing() {
        var restricted = new RecordFacts("R-1", ELSEWHERE, true, true, false, null, null, false);
        Access access = AccessPolicy.decide(ra(Role.PRACTITIONER), restricted, NOW);
        assertThat(access.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(access.exceptional()).isFalse();
        assertThat(access.sees(RecordPart.RESTRICTED_SECTIONS)).isTrue();
        assertThat(access.sees(RecordPart.VICTIMS)).isFalse();
        assertThat(access.mayEdit()).isFalse();
        assertThat(access.mayShare()).isFalse();
    }

    @Test
    void aRestrictedRecordDoesNotExistForAnyoneNotNamedNotEvenItsArea() {
        var restricted = new RecordFacts("R-1", AREA, true, false, true, NOW.plusSeconds(60), "Stated reason here", true);
        for (Viewer v : new Viewer[]{ra(Role.COORDINATOR), ra(Role.VICTIM_LIAISON_OFFICER), DTC}) {
            Access access = AccessPolicy.decide(v, restricted, NOW);
            assertThat(access.outcome()).as(v.role().name()).isEqualTo(Outcome.NOT_FOUND);
            assertThat(access.area()).isNull();
            assertThat(access.parts()).isEmpty();
        }
    }

    @Test
    void victimsAreForVictimLiaisonOfficersAndExplicitGrantsOnly() {
        assertThat(AccessPolicy.decide(ra(Role.VICTIM_LIAISON_OFFICER), record(AREA), NOW).sees(RecordPart.VICTIMS)).isTrue();
        for (Role role : new Role[]{Role.PRACTITIONER, Role.COORDINATOR, Role.CHAIR, Role.MINUTE_TAKER}) {
            assertThat(AccessPolicy.decide(ra(role), record(AREA), NOW).sees(RecordPart.VICTIMS)).as(role.name()).isFalse();
        }
        var granted = new RecordFacts("R-1", AREA, false, false, false, null, null, true);
        assertThat(AccessPolicy.decide(ra(Role.MINUTE_TAKER), granted, NOW).sees(RecordPart.VICTIMS)).isTrue();
        // A VLO still needs a reason for another area's record: victims are a part, not a way in.
        assertThat(AccessPolicy.decide(ra(Role.VICTIM_LIAISON_OFFICER), record(ELSEWHERE), NOW).outcome())
                .isEqualTo(Outcome.REASON_REQUIRED);
    }

    @Test
    void aVictimGrantToADtcRepresentativeAddsVictimsToTheSharedPartsAndNothingElse() {
        var sharedAndGranted = new RecordFacts("R-1", AREA, false, false, true, null, null, true);
        Access access = AccessPolicy.decide(DTC, sharedAndGranted, NOW);
        assertThat(access.parts()).containsExactlyInAnyOrder(RecordPart.IDENTITY_SUMMARY, RecordPart.CATEGORY_AND_LEVEL,
                RecordPart.RISK_MANAGEMENT_PLAN, RecordPart.OWN_AGENCY_ACTIONS, RecordPart.INVITED_MEETING_MINUTES,
                RecordPart.VICTIMS);
        assertThat(access.mayEdit()).isFalse();
        // A grant is no way in: not shared, not there.
        var grantedOnly = new RecordFacts("R-1", AREA, false, false, false, null, null, true);
        assertThat(AccessPolicy.decide(DTC, grantedOnly, NOW).outcome()).isEqualTo(Outcome.NOT_FOUND);
    }

    @Test
    void aDtcRepresentativeIgnoresStatedReasonsAndAreas() {
        var otherAreaWithReason = new RecordFacts("R-1", ELSEWHERE, false, false, false, NOW.plusSeconds(60), "A reason stated", false);
        assertThat(AccessPolicy.decide(DTC, otherAreaWithReason, NOW).outcome()).isEqualTo(Outcome.NOT_FOUND);
        var sharedElsewhere = new RecordFacts("R-1", ELSEWHERE, false, false, true, null, null, false);
        Access access = AccessPolicy.decide(DTC, sharedElsewhere, NOW);
        assertThat(access.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(access.exceptional()).isFalse();
        assertThat(access.sees(RecordPart.FULL_HISTORY)).isFalse();
    }

    @Test
    void theRoleMustFitTheAgencyAndTheUserMustBePlaced() {
        assertThat(AccessPolicy.decide(viewer(Role.PRACTITIONER, AgencyType.HEALTH, AREA), record(AREA), NOW).outcome())
                .as("a case role in a DTC agency").isEqualTo(Outcome.ROLE_FORBIDDEN);
        var dtcInPolice = viewer(Role.DTC_REPRESENTATIVE, AgencyType.POLICE, AREA);
        var shared = new RecordFacts("R-1", AREA, false, false, true, null, null, false);
        assertThat(AccessPolicy.decide(dtcInPolice, shared, NOW).outcome()).isEqualTo(Outcome.ROLE_FORBIDDEN);
        var unplaced = new Viewer("u", "U", Role.PRACTITIONER, null, null, null, null);
        assertThat(AccessPolicy.decide(unplaced, record(AREA), NOW).outcome()).isEqualTo(Outcome.ROLE_FORBIDDEN);
        assertThat(AccessPolicy.decide(null, record(AREA), NOW).outcome()).isEqualTo(Outcome.ROLE_FORBIDDEN);
        for (Role role : new Role[]{Role.BOARD_MEMBER, Role.AUDITOR, Role.SYSTEM_ADMINISTRATOR}) {
            var namedSharedGranted = new RecordFacts("R-1", AREA, true, true, true, NOW.plusSeconds(60), "A reason stated", true);
            Access access = AccessPolicy.decide(ra(role), namedSharedGranted, NOW);
            assertThat(access.outcome()).as(role.name()).isEqualTo(Outcome.ROLE_FORBIDDEN);
            assertThat(access.parts()).isEmpty();
        }
    }

    @Test
    void editingSharingAndCreatingBelongToTheOwningArea() {
        assertThat(AccessPolicy.decide(ra(Role.PRACTITIONER), record(AREA), NOW).mayEdit()).isTrue();
        assertThat(AccessPolicy.decide(ra(Role.PRACTITIONER), record(AREA), NOW).mayShare()).isFalse();
        assertThat(AccessPolicy.decide(ra(Role.CHAIR), record(AREA), NOW).mayEdit()).isFalse();
        assertThat(AccessPolicy.decide(ra(Role.CHAIR), record(AREA), NOW).mayShare()).isTrue();
        assertThat(AccessPolicy.decide(ra(Role.MINUTE_TAKER), record(AREA), NOW).sees(RecordPart.RESTRICTED_SECTIONS)).isFalse();
        assertThat(AccessPolicy.mayCreateIn(ra(Role.COORDINATOR), AREA)).isTrue();
        assertThat(AccessPolicy.mayCreateIn(ra(Role.COORDINATOR), ELSEWHERE)).isFalse();
        assertThat(AccessPolicy.mayCreateIn(ra(Role.CHAIR), AREA)).isFalse();
        assertThat(AccessPolicy.mayCreateIn(DTC, AREA)).isFalse();
        assertThat(AccessPolicy.mayCreateIn(null, AREA)).isFalse();
    }
}
