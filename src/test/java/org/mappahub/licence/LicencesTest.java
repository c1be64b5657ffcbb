package org.mappahub.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import org.mappahub.access.AccessRefusedException;
import org.mappahub.access.Agencies;
import org.mappahub.access.MovableClock;
import org.mappahub.access.Role;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.licence.Licences.Licence;
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.NominalChanges;
import org.mappahub.nominal.NominalChanges.Identity;

/**
 * The licence service as a signed-in user: a licence with its conditions and its status from the injected clock;
 * every refusal names its field and writes nothing; variations add and remove conditions and move the end date,
 * and are kept; a stale edit is refused; a retired catalogue entry stays on the licences that have it.
 */
@SpringBootTest
@Import(MovableClock.Config.class)
class LicencesTest {

    static final String AREA = "LICSERVICE";
    static final String USER = "lena.licensor";
    static final String CHAIR = "lic.chair";
    static final String ADMIN = "lic.admin";

    @Autowired Licences licences;
    @Autowired ConditionCatalogue catalogue;
    @Autowired NominalChanges changes;
    @Autowired Areas areas;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;

    String ref;

    @BeforeEach
    void aPerson() {
        clock.set(day(2026, 1, 10));
        areas.save(new Area(AREA, "Licenceshire", List.of(), List.of()));
        TestUsers placed = new TestUsers(users, agencies);
        placed.place(USER, Role.PRACTITIONER, AREA);
        placed.place(CHAIR, Role.CHAIR, AREA);
        ref = changes.create(AREA, new Identity("LICENSEDPERSON", List.of("Lee"), LocalDate.of(1980, 5, 5), null,
                null, null, null, null, null), "test");
    }

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
        SecurityContextHolder.clearContext();
    }

    static Instant day(int y, int m, int d) {
        return LocalDate.of(y, m, d).atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant();
    }

    private <T> T as(String user, Role role, Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private <T> T as(Supplier<T> work) {
        return as(USER, Role.PRACTITIONER, work);
    }

    static ConditionInput condition(String code, String... fieldsAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            values.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return new ConditionInput(code, values, false);
    }

    private Licence aLicence(ConditionInput... conditions) {
        return as(() -> licences.create(ref, LocalDate.of(2025, 6, 1), LocalDate.of(2027, 5, 3),
                "4 years' imprisonment for robbery", List.of(conditions)));
    }

    @Test
    void aLicenceWithItsConditionsAndItsStatusFromTheClock() {
        ConditionInput noContact = new ConditionInput("NO_CONTACT_NAMED_PERSON", Map.of("namedPerson", "Jane Doe"), true);
        Licence l = aLicence(noContact,
                condition("EXCLUSION_ZONE", "zoneDescription", "Leeds city centre inside the inner ring road",
                        "zonePolygon", ZonePolygonTest.LEEDS),
                condition("NO_UNSUPERVISED_CONTACT_CHILDREN", "age", "16"),
                condition("CURFEW_ELECTRONIC_MONITORING", "address", "1 Approved Premises Road", "hours", "19:00 to 07:00"));
        assertThat(l.status()).isEqualTo(LicenceStatus.IN_FORCE);
        assertThat(l.version()).isZero();
        assertThat(l.conditions()).extracting(Licences.Condition::words).containsExactly(
                "Not to approach or communicate with Jane Doe without the prior approval of your supervising officer.",
                "Not to enter Leeds city centre inside the inner ring road without the prior approval of your supervising officer.",
                "Not to have unsupervised contact with any child under the age of 16 without the prior approval of your supervising officer.",
                "To be at 1 Approved Premises Road between 19:00 to 07:00 every day, monitored electronically.");
        assertThat(l.conditions().get(0).victimRequested()).isTrue();
        assertThat(l.conditions().get(1).zone()).isPresent();
        assertThat(l.conditions().get(0).zone()).isEmpty();
        assertThat(l.conditions().get(2).parameters()).containsEntry("AGE", 16);

        clock.set(day(2025, 5, 31));
        assertThat(as(() -> licences.view(ref)).licences().get(0).status()).isEqualTo(LicenceStatus.NOT_YET_STARTED);
        clock.set(day(2027, 5, 3)); // the end date is the last day on licence
        assertThat(as(() -> licences.view(ref)).licences().get(0).status()).isEqualTo(LicenceStatus.IN_FORCE);
        clock.set(day(2027, 5, 4));
        assertThat(as(() -> licences.view(ref)).licences().get(0).status()).isEqualTo(LicenceStatus.ENDED);

        assertThat(jdbc.sql("select count(*) from audit_entry where subject = ? and action = 'CREATE' "
                + "and details::text like '%Jane Doe%'").param(ref).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where subject = ? and action = 'VIEW_RECORD'")
                .param(ref).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void everyRefusalNamesItsFieldAndNothingIsWritten() {
        Map<String, String> problems = refusal(() -> licences.create(ref, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 1),
                " ", List.of(
                        condition("NO_CONTACT_NAMED_PERSON", "namedPerson", "  "),
                        condition("NO_UNSUPERVISED_CONTACT_CHILDREN", "age", "18"),
                        condition("NO_HOUSEHOLD_WITH_CHILD", "age", "0"),
                        condition("NO_WORK_WITH_CHILDREN", "age", "twelve"),
                        condition("EXCLUSION_ZONE", "zonePolygon", ZonePolygonTest.LEEDS),
                        condition("EXCLUSION_ZONE", "zoneDescription", "Paris", "zonePolygon",
                                "{\"type\":\"Polygon\",\"coordinates\":[[[2.35,48.85],[2.36,48.85],[2.36,48.86],[2.35,48.85]]]}"),
                        condition("CURFEW_ELECTRONIC_MONITORING", "address", "1 Road", "hours", "evenings"),
                        condition("ATTEND_APPOINTMENTS_TREATMENT"),
                        condition("NO_SUCH_CONDITION"),
                        condition(""))));
        assertThat(problems).containsOnlyKeys("endsOn", "sentence", "conditions[0].namedPerson", "conditions[1].age",
                "conditions[2].age", "conditions[3].age", "conditions[4].zoneDescription", "conditions[5].zonePolygon",
                "conditions[6].hours", "conditions[7].text", "conditions[8].condition", "conditions[9].condition");
        assertThat(problems.get("endsOn")).contains("licence end date");
        assertThat(problems.get("sentence")).contains("sentence");
        assertThat(problems.get("conditions[0].namedPerson")).contains("named person");
        assertThat(problems.get("conditions[1].age")).contains("age").contains("1 to 17").contains("Children Act 1989 s.105");
        assertThat(problems.get("conditions[2].age")).contains("1 to 17");
        assertThat(problems.get("conditions[4].zoneDescription")).contains("exclusion zone");
        assertThat(problems.get("conditions[5].zonePolygon")).contains("exclusion zone polygon").contains("England and Wales");
        assertThat(problems.get("conditions[6].hours")).contains("hours");
        assertThat(problems.get("conditions[8].condition")).contains("NO_SUCH_CONDITION");

        assertThat(refusal(() -> licences.create(ref, null, null, "x", List.of()))).containsOnlyKeys("startsOn", "endsOn");
        assertThat(as(() -> licences.view(ref)).licences()).isEmpty();
    }

    @Test
    void variationsAddAndRemoveConditionsAndMoveTheEndAndAreKept() {
        Licence l = aLicence(condition("NO_CONTACT_NAMED_PERSON", "namedPerson", "Jane Doe"),
                condition("DISCLOSE_VEHICLES"));
        long noContact = l.conditions().get(0).id();
        Licence varied = as(() -> licences.vary(ref, l.id(), 0, LocalDate.of(2025, 9, 1), "Moved to approved premises",
                List.of(condition("RESIDE_AS_DIRECTED", "address", "Approved Premises, 2 High Street")), List.of(noContact),
                LocalDate.of(2027, 11, 3)));
        assertThat(varied.version()).isEqualTo(1);
        assertThat(varied.endsOn()).isEqualTo(LocalDate.of(2027, 11, 3));
        assertThat(varied.conditions()).extracting(Licences.Condition::code)
                .containsExactly("DISCLOSE_VEHICLES", "RESIDE_AS_DIRECTED");
        assertThat(varied.removed()).extracting(Licences.Condition::code).containsExactly("NO_CONTACT_NAMED_PERSON");
        assertThat(varied.variations()).hasSize(1);
        Licences.Variation v = varied.variations().get(0);
        assertThat(v.variedOn()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(v.reason()).isEqualTo("Moved to approved premises");
        assertThat(v.recordedBy()).isEqualTo(USER);
        assertThat(v.changes()).containsKeys("added", "removed", "endsOn");
        assertThat(varied.conditions().get(1).addedBy()).isEqualTo(v.id());
        assertThat(varied.removed().get(0).removedBy()).isEqualTo(v.id());

        // a second variation moves the end date back only
        Licence again = as(() -> licences.vary(ref, l.id(), 1, LocalDate.of(2025, 12, 1), "Recall rescinded", List.of(),
                List.of(), LocalDate.of(2027, 5, 3)));
        assertThat(again.variations()).hasSize(2);
        assertThat(again.endsOn()).isEqualTo(LocalDate.of(2027, 5, 3));

        assertThat(refusal(() -> licences.vary(ref, l.id(), 2, LocalDate.of(2025, 12, 2), "Nothing", List.of(), List.of(), null)))
                .containsOnlyKeys("variation");
        assertThat(refusal(() -> licences.vary(ref, l.id(), 2, LocalDate.of(2026, 2, 1), "", List.of(), List.of(noContact), null)))
                .containsOnlyKeys("variedOn", "reason", "removed");
        assertThat(refusal(() -> licences.vary(ref, l.id(), 2, LocalDate.of(2025, 12, 2), "Shorten", List.of(
                condition("NO_UNSUPERVISED_CONTACT_CHILDREN", "age", "40")), List.of(), LocalDate.of(2025, 1, 1))))
                .containsOnlyKeys("endsOn", "added[0].age");
        assertThat(as(() -> licences.view(ref)).licences().get(0).variations()).hasSize(2);
        assertThat(jdbc.sql("select count(*) from audit_entry where subject = ? and action = 'CHANGE' "
                + "and details::text like '%Moved to approved premises%'").param(ref).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aStaleEditIsRefusedAndChangesNothing() {
        Licence l = aLicence();
        as(() -> licences.correct(ref, l.id(), 0, LocalDate.of(2025, 6, 2), LocalDate.of(2027, 5, 3), "4 years"));
        assertThatThrownBy(() -> as(() -> licences.correct(ref, l.id(), 0, LocalDate.of(2025, 6, 3),
                LocalDate.of(2027, 5, 3), "5 years"))).isInstanceOf(StaleLicenceException.class);
        assertThatThrownBy(() -> as(() -> licences.vary(ref, l.id(), 0, LocalDate.of(2025, 9, 1), "Late",
                List.of(condition("DISCLOSE_VEHICLES")), List.of(), null))).isInstanceOf(StaleLicenceException.class);
        assertThatThrownBy(() -> as(() -> licences.addIssuedCondition(ref, l.id(), null, condition("DISCLOSE_VEHICLES"))))
                .isInstanceOf(StaleLicenceException.class);
        Licence stored = as(() -> licences.view(ref)).licence(l.id());
        assertThat(stored.startsOn()).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(stored.sentence()).isEqualTo("4 years");
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.conditions()).isEmpty();
        assertThat(stored.variations()).isEmpty();

        Licence added = as(() -> licences.addIssuedCondition(ref, l.id(), 1, condition("DISCLOSE_VEHICLES")));
        assertThat(added.version()).isEqualTo(2);
        assertThat(added.conditions().get(0).addedBy()).isNull();
    }

    @Test
    void aRetiredEntryStaysOnTheLicencesThatHaveItButCannotBeChosen() {
        String code = "LICTEST_" + System.nanoTime();
        as(ADMIN, Role.SYSTEM_ADMINISTRATOR, () -> catalogue.add(code, "Not to keep a {TEXT}.", List.of(ConditionParameter.TEXT)));
        Licence l = aLicence(condition(code, "text", "dog"));
        assertThat(l.conditions().get(0).words()).isEqualTo("Not to keep a dog.");
        assertThat(as(ADMIN, Role.SYSTEM_ADMINISTRATOR, () -> catalogue.retire(code))).isTrue();

        Licence after = as(() -> licences.view(ref)).licence(l.id());
        assertThat(after.conditions().get(0).words()).isEqualTo("Not to keep a dog.");
        assertThat(after.conditions().get(0).retired()).isTrue();
        assertThat(as(() -> licences.view(ref)).choosable()).extracting(ConditionCatalogue.Entry::code).doesNotContain(code);
        assertThat(refusal(() -> licences.vary(ref, l.id(), 0, LocalDate.of(2025, 9, 1), "Again",
                List.of(condition(code, "text", "cat")), List.of(), null)).get("added[0].condition")).contains("retired");
    }

    @Test
    void onlyTheOwningAreasEditorsChangeLicences() {
        assertThatThrownBy(() -> as(CHAIR, Role.CHAIR, () -> licences.create(ref, LocalDate.of(2025, 6, 1),
                LocalDate.of(2027, 5, 3), "4 years", List.of()))).isInstanceOf(AccessRefusedException.class);
        assertThat(as(CHAIR, Role.CHAIR, () -> licences.view(ref)).mayEdit()).isFalse();
        assertThatThrownBy(() -> as(() -> licences.view(ref).licence(99_999_999L)))
                .isInstanceOf(LicenceNotFoundException.class);
    }

    private Map<String, String> refusal(Supplier<?> work) {
        try {
            as(work);
        } catch (InvalidLicenceException e) {
            return e.problems();
        }
        throw new AssertionError("expected a refusal");
    }
}
