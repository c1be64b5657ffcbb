package org.mappahub.intelligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import org.mappahub.access.AccessRefusedException;
import org.mappahub.access.Agencies;
import org.mappahub.access.AgencyType;
import org.mappahub.access.CaseAccess;
import org.mappahub.access.MovableClock;
import org.mappahub.access.Role;
import org.mappahub.access.ShareBasis;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.intelligence.HandlingMarking.Classification;
import org.mappahub.intelligence.HandlingMarking.HandlingCode;
import org.mappahub.intelligence.HandlingMarking.IntelligenceEvaluation;
import org.mappahub.intelligence.HandlingMarking.SourceEvaluation;
import org.mappahub.intelligence.IntelligenceLog.Draft;
import org.mappahub.intelligence.IntelligenceLog.Entry;
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.NominalChanges;
import org.mappahub.nominal.NominalChanges.Identity;

/**
 * The intelligence log service as a signed-in user: an entry takes the user's agency and OFFICIAL-SENSITIVE unless
 * told otherwise; every refusal names its field and writes nothing; a correction is versioned, audited with before
 * and after, and made only by the recording agency; the log is not for a chair to add to, nor for a DTC agency
 * to see.
 */
@SpringBootTest
@Import(MovableClock.Config.class)
class IntelligenceLogTest {

    static final String AREA = "INTELSERVICE";
    static final String OTHER = "INTELSERVICE_OTHER";
    static final String POLICE = "ivy.intel";
    static final String PROBATION = "otto.probation";
    static final String CHAIR = "cara.chair";
    static final String DTC = "dina.dtc";

    @Autowired IntelligenceLog log;
    @Autowired NominalChanges changes;
    @Autowired Areas areas;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired CaseAccess caseAccess;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;

    String ref;
    long police;
    long probation;
    long dtcAgency;
    long elsewhere;

    @BeforeEach
    void aPersonAndThreeAgencies() {
        clock.set(LocalDate.of(2026, 5, 10).atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        areas.save(new Area(AREA, "Intelshire", List.of(), List.of()));
        areas.save(new Area(OTHER, "Elsewhere", List.of(), List.of()));
        TestUsers placed = new TestUsers(users, agencies);
        police = placed.place(POLICE, Role.PRACTITIONER, AREA, AgencyType.POLICE);
        probation = placed.place(PROBATION, Role.PRACTITIONER, AREA, AgencyType.PROBATION);
        placed.place(CHAIR, Role.CHAIR, AREA, AgencyType.POLICE);
        dtcAgency = placed.place(DTC, Role.DTC_REPRESENTATIVE, AREA, AgencyType.MENTAL_HEALTH);
        elsewhere = placed.agency(OTHER, AgencyType.POLICE);
        ref = changes.create(AREA, new Identity("INTELPERSON", List.of("Ian"), LocalDate.of(1979, 4, 4), null,
                null, null, null, null, null), "test");
    }

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
        SecurityContextHolder.clearContext();
    }

    private <T> T as(String user, Role role, Supplier<T> work) {
        return TestUsers.signedIn(user, role, work);
    }

    private <T> T asPolice(Supplier<T> work) {
        return as(POLICE, Role.PRACTITIONER, work);
    }

    static Draft draft(LocalDate on, IntelligenceKind kind, String summary) {
        return new Draft(on, kind, summary, null, null, SourceEvaluation.RELIABLE, IntelligenceEvaluation.A,
                HandlingCode.P, null);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void anEntryTakesTheUsersAgencyAndOfficialSensitiveAndTheLogIsNewestFirstAndFiltered() {
        Entry visit = asPolice(() -> log.record(ref, draft(LocalDate.of(2026, 5, 3), IntelligenceKind.HOME_VISIT,
                "  Seen at home; new partner present.  ")));
        assertThat(visit.sourceAgencyId()).isEqualTo(police);
        assertThat(visit.recordedAgencyId()).isEqualTo(police);
        assertThat(visit.marking().classification()).isEqualTo(Classification.OFFICIAL_SENSITIVE);
        assertThat(visit.summary()).isEqualTo("Seen at home; new partner present.");
        assertThat(visit.recordedBy()).isEqualTo(POLICE);
        assertThat(visit.version()).isZero();

        asPolice(() -> log.record(ref, new Draft(LocalDate.of(2026, 4, 20), IntelligenceKind.PARTNER_CONCERN,
                "Mental health team concerned about contact with a child.", dtcAgency, Classification.OFFICIAL,
                SourceEvaluation.UNTESTED, IntelligenceEvaluation.C, HandlingCode.C, "Police and probation only")));
        asPolice(() -> log.record(ref, draft(LocalDate.of(2026, 5, 8), IntelligenceKind.ELECTRONIC_MONITORING,
                "Tag data: at the exclusion zone boundary 02:10.")));

        var picture = asPolice(() -> log.view(ref, null));
        assertThat(picture.entries()).extracting(Entry::occurredOn).containsExactly(LocalDate.of(2026, 5, 8),
                LocalDate.of(2026, 5, 3), LocalDate.of(2026, 4, 20));
        Entry concern = picture.entries().get(2);
        assertThat(concern.sourceAgencyId()).isEqualTo(dtcAgency);
        assertThat(concern.marking().shortForm()).isEqualTo("OFFICIAL 2/C/C: Police and probation only");
        assertThat(picture.mayCorrect(concern)).isTrue();
        assertThat(asPolice(() -> log.view(ref, IntelligenceKind.HOME_VISIT)).entries())
                .extracting(Entry::id).containsExactly(visit.id());

        assertThat(count("select count(*) from audit_entry where subject = ? and action = 'CREATE' "
                + "and details::text like '%intelligenceEntry%'", ref)).isEqualTo(3);
        assertThat(count("select count(*) from audit_entry where subject = ? and action = 'VIEW_RECORD' "
                + "and details::text like '%INTELLIGENCE_LOG%'", ref)).isEqualTo(2);
    }

    @Test
    void everyRefusalNamesItsFieldAndNothingIsWritten() {
        assertThatThrownBy(() -> asPolice(() -> log.record(ref, new Draft(null, null, "  ", null, null, null, null,
                null, null))))
                .isInstanceOfSatisfying(InvalidIntelligenceException.class, e -> assertThat(e.problems()).containsOnlyKeys(
                        "occurredOn", "kind", "summary", "sourceEvaluation", "intelligenceEvaluation", "handlingCode"));
        refused(draft(LocalDate.of(2026, 5, 11), IntelligenceKind.HOME_VISIT, "Tomorrow"), "occurredOn", "today or in the past");
        refused(draft(LocalDate.of(2026, 5, 1), IntelligenceKind.HOME_VISIT, "x".repeat(IntelligenceLog.MAX_SUMMARY + 1)),
                "summary", "4000 characters or fewer");
        refused(new Draft(LocalDate.of(2026, 5, 1), IntelligenceKind.MARAC, "Referred to MARAC", null, null,
                SourceEvaluation.RELIABLE, IntelligenceEvaluation.B, HandlingCode.C, " "), "handlingConditions",
                "handling code C");
        refused(new Draft(LocalDate.of(2026, 5, 1), IntelligenceKind.MARAC, "Referred to MARAC", null, null,
                SourceEvaluation.RELIABLE, IntelligenceEvaluation.B, HandlingCode.P, "Police only"), "handlingConditions",
                "only to handling code C");
        refused(new Draft(LocalDate.of(2026, 5, 1), IntelligenceKind.OTHER_CONTACT, "Phone call", elsewhere, null,
                SourceEvaluation.RELIABLE, IntelligenceEvaluation.A, HandlingCode.P, null), "sourceAgency", AREA);
        assertThat(count("select count(*) from intelligence_entry e join nominal n on n.id = e.nominal_id where n.ref = ?",
                ref)).isZero();
    }

    private void refused(Draft draft, String field, String words) {
        assertThatThrownBy(() -> asPolice(() -> log.record(ref, draft)))
                .isInstanceOfSatisfying(InvalidIntelligenceException.class, e -> {
                    assertThat(e.problems()).containsOnlyKeys(field);
                    assertThat(e.problems().get(field)).contains(words);
                });
    }

    @Test
    void aCorrectionIsVersionedAndTheAuditKeepsTheTextBeforeAndAfter() {
        Entry entry = asPolice(() -> log.record(ref, draft(LocalDate.of(2026, 5, 3), IntelligenceKind.HOME_VISIT,
                "Seen at home with a child present.")));
        Entry corrected = asPolice(() -> log.correct(ref, String.valueOf(entry.id()), 0,
                draft(LocalDate.of(2026, 5, 3), IntelligenceKind.HOME_VISIT, "Seen at home; no child present.")));
        assertThat(corrected.version()).isEqualTo(1);
        assertThat(corrected.corrected()).isTrue();
        assertThat(corrected.summary()).isEqualTo("Seen at home; no child present.");
        String details = jdbc.sql("select details::text from audit_entry where subject = ? and action = 'CHANGE' "
                + "order by id desc limit 1").param(ref).query(String.class).single();
        assertThat(details).contains("Seen at home with a child present.").contains("Seen at home; no child present.");
    }

    @Test
    void aStaleCorrectionIsRefusedAndChangesNothing() {
        Entry entry = asPolice(() -> log.record(ref, draft(LocalDate.of(2026, 5, 3), IntelligenceKind.HOME_VISIT, "First")));
        String id = String.valueOf(entry.id());
        asPolice(() -> log.correct(ref, id, 0, draft(LocalDate.of(2026, 5, 3), IntelligenceKind.HOME_VISIT, "Second")));
        assertThatThrownBy(() -> asPolice(() -> log.correct(ref, id, 0,
                draft(LocalDate.of(2026, 5, 3), IntelligenceKind.HOME_VISIT, "Third"))))
                .isInstanceOf(StaleIntelligenceEntryException.class);
        assertThatThrownBy(() -> asPolice(() -> log.correct(ref, id, null,
                draft(LocalDate.of(2026, 5, 3), IntelligenceKind.HOME_VISIT, "Third"))))
                .isInstanceOf(StaleIntelligenceEntryException.class);
        Entry stored = asPolice(() -> log.view(ref, null)).entries().get(0);
        assertThat(stored.summary()).isEqualTo("Second");
        assertThat(stored.version()).isEqualTo(1);
        assertThatThrownBy(() -> asPolice(() -> log.correct(ref, "999999999", 0,
                draft(LocalDate.of(2026, 5, 3), IntelligenceKind.HOME_VISIT, "Nowhere"))))
                .isInstanceOf(IntelligenceEntryNotFoundException.class);
    }

    @Test
    void onlyTheRecordingAgencyCorrectsAnEntry() {
        Entry entry = asPolice(() -> log.record(ref, draft(LocalDate.of(2026, 5, 3), IntelligenceKind.HOME_VISIT, "Police visit")));
        var seenByProbation = as(PROBATION, Role.PRACTITIONER, () -> log.view(ref, null));
        assertThat(seenByProbation.mayEdit()).isTrue();
        assertThat(seenByProbation.mayCorrect(seenByProbation.entries().get(0))).isFalse();
        assertThatThrownBy(() -> as(PROBATION, Role.PRACTITIONER, () -> log.correct(ref, String.valueOf(entry.id()), 0,
                draft(LocalDate.of(2026, 5, 3), IntelligenceKind.HOME_VISIT, "Probation rewrites it"))))
                .isInstanceOf(AccessRefusedException.class)
                .hasMessageContaining("which recorded this entry");
        assertThatThrownBy(() -> as(PROBATION, Role.PRACTITIONER, () -> log.entryToCorrect(ref, String.valueOf(entry.id()))))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(asPolice(() -> log.view(ref, null)).entries().get(0).summary()).isEqualTo("Police visit");
        assertThat(count("select count(*) from audit_entry where subject = ? and action = 'ACCESS_REFUSED' "
                + "and actor = ? and details::text like '%recording agency%'", ref, PROBATION)).isEqualTo(2);
        // Probation adds an entry of its own instead
        assertThat(as(PROBATION, Role.PRACTITIONER, () -> log.record(ref, draft(LocalDate.of(2026, 5, 4),
                IntelligenceKind.OTHER_CONTACT, "Probation's account"))).recordedAgencyId()).isEqualTo(probation);
    }

    @Test
    void aChairReadsButDoesNotAddAndADtcAgencyNeverSeesTheLog() {
        asPolice(() -> log.record(ref, draft(LocalDate.of(2026, 5, 3), IntelligenceKind.HOME_VISIT, "Visit")));
        assertThat(as(CHAIR, Role.CHAIR, () -> log.view(ref, null)).entries()).hasSize(1);
        assertThat(as(CHAIR, Role.CHAIR, () -> log.view(ref, null)).mayEdit()).isFalse();
        assertThatThrownBy(() -> as(CHAIR, Role.CHAIR, () -> log.record(ref, draft(LocalDate.of(2026, 5, 3),
                IntelligenceKind.HOME_VISIT, "Chair's note"))))
                .isInstanceOf(AccessRefusedException.class);
        TestUsers.asOperator(() -> caseAccess.shareAs(ref, dtcAgency, ShareBasis.EXPLICIT, "Invited to the meeting",
                "operator:test"));
        assertThatThrownBy(() -> as(DTC, Role.DTC_REPRESENTATIVE, () -> log.view(ref, null)))
                .isInstanceOf(AccessRefusedException.class);
    }
}
