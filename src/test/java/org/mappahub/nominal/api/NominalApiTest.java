package org.mappahub.nominal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.mappahub.access.TestApiTokens.bearer;
import static org.mappahub.access.TestApiTokens.tokenFor;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.mappahub.access.ApiTokens;
import org.mappahub.access.Role;
import org.mappahub.access.Users;
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.NominalChanges;
import org.mappahub.nominal.NominalChanges.Identity;
import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.NominalRecord.CategorySpan;
import org.mappahub.nominal.NominalRecord.Gender;
import org.mappahub.nominal.NominalRecord.LevelSpan;
import org.mappahub.nominal.NominalRecord.Person;
import org.mappahub.nominal.Nominals;
import org.mappahub.nominal.StoredNominal;

/**
 * The nominal API as a partner system sees it: a bearer API token, JSON in and out, problem details for every
 * refusal, and optimistic locking that never lets a stale change through. Runs against the embedded
 * PostgreSQL shared by the test JVM, in an area of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NominalApiTest {

    static final String AREA = "APITEST";
    static final String PROBLEMS = "https://mappa-hub.example/problems/";
    static final String PASSWORD = "correct horse battery staple";
    static final AtomicInteger REFS = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Areas areas;
    @Autowired Nominals nominals;
    @Autowired NominalChanges changes;
    @Autowired ApiTokens tokens;

    String aliceToken;
    String bobToken;

    @Autowired org.mappahub.access.Agencies agencies;

    @BeforeEach
    void areaAndUsers() {
        areas.save(new Area(AREA, "API test area", List.of("North", "South"), List.of()));
        long police = new org.mappahub.access.TestUsers(users, agencies).agency(AREA, org.mappahub.access.AgencyType.POLICE);
        if (users.find("api-alice").isEmpty()) {
            users.create("api-alice", "Alice (API test)", Role.PRACTITIONER, police, PASSWORD);
        }
        if (users.find("api-bob").isEmpty()) {
            users.create("api-bob", "Bob (API test)", Role.COORDINATOR, police, PASSWORD);
        }
        aliceToken = tokenFor(tokens, "api-alice");
        bobToken = tokenFor(tokens, "api-bob");
    }

    RequestPostProcessor alice() {
        return bearer(aliceToken);
    }

    RequestPostProcessor bob() {
        return bearer(bobToken);
    }

    /** A person created directly through the nominal module, as another user would have. */
    String existingPerson() {
        return changes.create(AREA, new Identity("BROWN", List.of("JAMES"), LocalDate.of(1980, 3, 14), Gender.MALE,
                null, "1999/0123456X", null, null, "North"), "seed");
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static final String IDENTITY = """
            {"familyName":"GREEN","givenNames":["JAMES","ROBERT"],"dateOfBirth":"1980-03-14","gender":"MALE",
             "pncId":"1999/0123456X","bcu":"South"}""";

    // --- sign-in -------------------------------------------------------------------------------------

    @Test
    void withoutCredentialsTheAnswerIs401AsAProblemSayingHowToGetAToken() throws Exception {
        mvc.perform(get("/api/v1/nominals/" + existingPerson()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer realm=")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(containsString(ApiTokens.PAGE)));
    }

    @Test
    void httpBasicIsNoLongerAcceptedEvenWithTheRightPassword() throws Exception {
        mvc.perform(get("/api/v1/nominals/" + existingPerson()).with(httpBasic("api-alice", PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("HTTP Basic is no longer accepted")))
                .andExpect(jsonPath("$.detail").value(containsString("Create an API token")));
    }

    @Test
    void aWrongTokenIs401() throws Exception {
        mvc.perform(get("/api/v1/nominals/" + existingPerson()).with(bearer(ApiTokens.PREFIX + "not-a-real-token")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("error=\"invalid_token\"")))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/nominals/" + existingPerson()).with(bearer(aliceToken + "x")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theApiStaysStateless() throws Exception {
        var response = mvc.perform(get("/api/v1/nominals/" + existingPerson()).with(alice()))
                .andExpect(status().isOk()).andReturn();
        assertThat(response.getRequest().getSession(false)).isNull();
        assertThat(response.getResponse().getHeader("Set-Cookie")).isNull();
    }

    // --- read ----------------------------------------------------------------------------------------

    @Test
    void readsTheWholeRecordWithItsVersionAsETag() throws Exception {
        String ref = AREA + "-R" + REFS.incrementAndGet();
        nominals.insert(new NominalRecord(ref, AREA, "North",
                new Person("SMITH", List.of("JOHN", "PAUL"), LocalDate.of(1970, 1, 31), Gender.MALE, "White British",
                        null, "X123456", null),
                null, null, null, null,
                List.of(new CategorySpan(1, LocalDate.of(2012, 5, 1), null)),
                List.of(new LevelSpan(1, LocalDate.of(2012, 5, 1), LocalDate.of(2018, 6, 1)),
                        new LevelSpan(2, LocalDate.of(2018, 6, 1), null)),
                null, null, null), "operator:test", true);

        mvc.perform(get("/api/v1/nominals/" + ref).with(alice()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.ref").value(ref))
                .andExpect(jsonPath("$.area").value(AREA))
                .andExpect(jsonPath("$.bcu").value("North"))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.person.familyName").value("SMITH"))
                .andExpect(jsonPath("$.person.givenNames[1]").value("PAUL"))
                .andExpect(jsonPath("$.person.dateOfBirth").value("1970-01-31"))
                .andExpect(jsonPath("$.person.crn").value("X123456"))
                .andExpect(jsonPath("$.categories[0].category").value(1))
                .andExpect(jsonPath("$.levels[1].level").value(2))
                .andExpect(jsonPath("$.levels[1].from").value("2018-06-01"))
                .andExpect(jsonPath("$.levels[1].recordedBy").value("operator:test"))
                .andExpect(jsonPath("$.levels[1].recordedAt").exists())
                .andExpect(jsonPath("$.aliases").isArray())
                .andExpect(jsonPath("$.custody").isArray());
    }

    @Test
    void anUnknownRefIs404AsAProblem() throws Exception {
        mvc.perform(get("/api/v1/nominals/" + AREA + "-NOSUCH").with(alice()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "nominal-not-found"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value(containsString(AREA + "-NOSUCH")))
                .andExpect(jsonPath("$.instance").value("/api/v1/nominals/" + AREA + "-NOSUCH"));
    }

    // --- create --------------------------------------------------------------------------------------

    @Test
    void createsANominalWithARefFromTheSystem() throws Exception {
        var result = mvc.perform(json(post("/api/v1/nominals"), """
                        {"area":"APITEST","bcu":"North","familyName":"WHITE","givenNames":["ANNA"],
                         "dateOfBirth":"1975-07-04","gender":"FEMALE","pncId":"1999/0123456X"}""").with(alice()))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.ref").value(containsString(AREA + "-")))
                .andExpect(jsonPath("$.person.familyName").value("WHITE"))
                .andExpect(jsonPath("$.person.gender").value("FEMALE"))
                .andExpect(jsonPath("$.updatedBy").value("api-alice"))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn();
        String location = result.getResponse().getHeader("Location");
        String ref = location.substring(location.lastIndexOf('/') + 1);
        assertThat(location).endsWith("/api/v1/nominals/" + ref);
        assertThat(nominals.findByRef(ref)).get().extracting(s -> s.record().person().familyName()).isEqualTo("WHITE");

        mvc.perform(get(location).with(bob())).andExpect(status().isOk()).andExpect(jsonPath("$.ref").value(ref));
    }

    @Test
    void anInvalidNewNominalIsRefusedFieldByFieldAndNothingIsStored() throws Exception {
        int before = nominals.refsOwnedBy(AREA).size();
        mvc.perform(json(post("/api/v1/nominals"), """
                        {"area":"APITEST","bcu":"Nowhere","familyName":" ","dateOfBirth":"2999-01-01",
                         "pncId":"1999/0123456A"}""").with(alice()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-nominal"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("familyName")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("dateOfBirth")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("pncId")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("bcu")))
                .andExpect(jsonPath("$.errors[?(@.field == 'dateOfBirth')].message")
                        .value(hasItem("Date of birth must be today or in the past")));
        assertThat(nominals.refsOwnedBy(AREA)).hasSize(before);
    }

    @Test
    void anUnknownAreaIsAFieldError() throws Exception {
        mvc.perform(json(post("/api/v1/nominals"), """
                        {"area":"NO_SUCH_AREA","familyName":"WHITE","dateOfBirth":"1975-07-04"}""").with(alice()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("area"));
    }

    @Test
    void anUnknownFieldIsRefusedAndNamed() throws Exception {
        int before = nominals.refsOwnedBy(AREA).size();
        mvc.perform(json(post("/api/v1/nominals"), """
                        {"area":"APITEST","familyName":"WHITE","dateOfBirth":"1975-07-04","famillyName":"WHYTE"}""")
                        .with(alice()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "malformed-request"))
                .andExpect(jsonPath("$.detail").value(containsString("famillyName")))
                .andExpect(jsonPath("$.errors[0].field").value("famillyName"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("familyName")));
        assertThat(nominals.refsOwnedBy(AREA)).hasSize(before);
    }

    @Test
    void malformedJsonIsRefusedWithWhereItBroke() throws Exception {
        mvc.perform(json(post("/api/v1/nominals"), "{\"area\":\"APITEST\",").with(alice()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "malformed-request"))
                .andExpect(jsonPath("$.detail").value(containsString("not valid JSON")))
                .andExpect(jsonPath("$.detail").value(not(containsString("org.mappahub"))));
    }

    @Test
    void valuesOfTheWrongTypeAreNamedWithWhatIsExpected() throws Exception {
        mvc.perform(json(post("/api/v1/nominals"), """
                        {"area":"APITEST","familyName":"WHITE","dateOfBirth":"04/07/1975"}""").with(alice()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a date written YYYY-MM-DD"));
        mvc.perform(json(post("/api/v1/nominals"), """
                        {"area":"APITEST","familyName":"WHITE","dateOfBirth":"1975-07-04","gender":"M"}""").with(alice()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("gender"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("MALE, FEMALE, OTHER, NOT_KNOWN")));
        mvc.perform(json(post("/api/v1/nominals"), """
                        {"area":"APITEST","familyName":"WHITE","dateOfBirth":"1975-07-04","givenNames":"ANNA"}""")
                        .with(alice()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("givenNames"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a list"));
    }

    @Test
    void aMissingBodyIsRefused() throws Exception {
        mvc.perform(post("/api/v1/nominals").contentType(MediaType.APPLICATION_JSON).with(alice()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "malformed-request"));
    }

    // --- update --------------------------------------------------------------------------------------

    @Test
    void anUpdateWithTheCurrentVersionIsAppliedAndTheVersionMovesOn() throws Exception {
        String ref = existingPerson();
        mvc.perform(json(put("/api/v1/nominals/{ref}/identity", ref), IDENTITY).header("If-Match", "\"0\"")
                        .with(alice()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.person.familyName").value("GREEN"))
                .andExpect(jsonPath("$.person.givenNames[1]").value("ROBERT"))
                .andExpect(jsonPath("$.bcu").value("South"))
                .andExpect(jsonPath("$.updatedBy").value("api-alice"));
        StoredNominal stored = nominals.findByRef(ref).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.record().person().familyName()).isEqualTo("GREEN");
    }

    @Test
    void theVersionMayComeInTheBodyInstead() throws Exception {
        String ref = existingPerson();
        mvc.perform(json(put("/api/v1/nominals/{ref}/identity", ref),
                        IDENTITY.replace("{", "{\"version\":0,")).with(bob()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void aStaleUpdateIsRefusedWith409NamingWhoChangedItAndIsNeverApplied() throws Exception {
        String ref = existingPerson();
        // Alice reads version 0 and changes the record first.
        mvc.perform(json(put("/api/v1/nominals/{ref}/identity", ref), IDENTITY).header("If-Match", "\"0\"")
                .with(alice())).andExpect(status().isOk());

        // Bob, still holding version 0, tries to change it too.
        mvc.perform(json(put("/api/v1/nominals/{ref}/identity", ref),
                        IDENTITY.replace("GREEN", "BLACK")).header("If-Match", "\"0\"").with(bob()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "stale-version"))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.yourVersion").value(0))
                .andExpect(jsonPath("$.changedBy").value("api-alice"))
                .andExpect(jsonPath("$.changedAt").exists())
                .andExpect(jsonPath("$.detail").value(containsString("api-alice")));

        StoredNominal stored = nominals.findByRef(ref).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.record().person().familyName()).isEqualTo("GREEN");
        assertThat(stored.updatedBy()).isEqualTo("api-alice");
    }

    @Test
    void anUpdateWithoutAVersionIsRefusedWith428() throws Exception {
        String ref = existingPerson();
        mvc.perform(json(put("/api/v1/nominals/{ref}/identity", ref), IDENTITY).with(alice()))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "version-required"))
                .andExpect(jsonPath("$.status").value(428))
                .andExpect(jsonPath("$.detail").value(containsString("If-Match")));
        assertThat(nominals.findByRef(ref).orElseThrow().record().person().familyName()).isEqualTo("BROWN");
    }

    @Test
    void aMalformedIfMatchOrOneThatDisagreesWithTheBodyIsRefused() throws Exception {
        String ref = existingPerson();
        mvc.perform(json(put("/api/v1/nominals/{ref}/identity", ref), IDENTITY).header("If-Match", "*")
                        .with(alice()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
        mvc.perform(json(put("/api/v1/nominals/{ref}/identity", ref), IDENTITY.replace("{", "{\"version\":1,"))
                        .header("If-Match", "\"0\"").with(alice()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(nominals.findByRef(ref).orElseThrow().version()).isZero();
    }

    @Test
    void anInvalidUpdateIsRefusedFieldByFieldAndChangesNothing() throws Exception {
        String ref = existingPerson();
        mvc.perform(json(put("/api/v1/nominals/{ref}/identity", ref), """
                        {"familyName":"","givenNames":["JAMES"],"dateOfBirth":"1850-01-01","bcu":"Nowhere"}""")
                        .header("If-Match", "\"0\"").with(alice()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-nominal"))
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("familyName")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("dateOfBirth")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("bcu")));
        StoredNominal stored = nominals.findByRef(ref).orElseThrow();
        assertThat(stored.version()).isZero();
        assertThat(stored.record().person().familyName()).isEqualTo("BROWN");
        assertThat(stored.record().person().dateOfBirth()).isEqualTo(LocalDate.of(1980, 3, 14));
    }

    @Test
    void anUnknownFieldInAnUpdateIsRefusedAndChangesNothing() throws Exception {
        String ref = existingPerson();
        mvc.perform(json(put("/api/v1/nominals/{ref}/identity", ref), IDENTITY.replace("{", "{\"area\":\"ELSEWHERE\","))
                        .header("If-Match", "\"0\"").with(alice()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("area"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("is not a field of this request")));
        assertThat(nominals.findByRef(ref).orElseThrow().version()).isZero();
    }

    @Test
    void updatingAnUnknownRefIs404() throws Exception {
        mvc.perform(json(put("/api/v1/nominals/{ref}/identity", AREA + "-NOSUCH"), IDENTITY)
                        .header("If-Match", "\"0\"").with(alice()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "nominal-not-found"));
    }

    @Test
    void aBodyThatIsNotJsonIs415AsAProblem() throws Exception {
        mvc.perform(post("/api/v1/nominals").contentType(MediaType.TEXT_PLAIN).content("hello").with(alice()))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(415));
    }

    @Test
    void problemsNeverCarryAStackTrace() throws Exception {
        mvc.perform(json(post("/api/v1/nominals"), "[1,2,3]").with(alice()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.trace").doesNotExist())
                .andExpect(jsonPath("$.exception").doesNotExist())
                .andExpect(content().string(not(containsString("at org."))))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void theLocationOfACreatedRecordIsUnderTheApi() throws Exception {
        mvc.perform(json(post("/api/v1/nominals"), """
                        {"area":"APITEST","familyName":"GREY","dateOfBirth":"1966-02-02"}""").with(bob()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/nominals/" + AREA + "-")))
                .andExpect(header().string("Location", not(endsWith("/"))));
    }

    @Test
    void anUnknownApiPathOrMethodIsAProblemToo() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing").with(alice()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value(containsString("/api/v1/openapi")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .delete("/api/v1/nominals/{ref}", existingPerson()).with(alice()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(405));
    }

    @Test
    void pagesOutsideTheApiKeepSpringsOwnErrorHandling() throws Exception {
        var response = mvc.perform(get("/no-such-page").with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("page-user").roles("PRACTITIONER")))
                .andExpect(status().isNotFound())
                .andReturn().getResponse();
        assertThat(response.getContentType()).isNull();
        assertThat(response.getContentAsString()).doesNotContain("problems/");
    }

    @Test
    void aRoleThatMayNotReadCasesIsRefusedWith403AsAProblem() throws Exception {
        mvc.perform(get("/api/v1/nominals/" + existingPerson()).with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("outsider").roles("NO_CASE_ACCESS")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
    }
}
