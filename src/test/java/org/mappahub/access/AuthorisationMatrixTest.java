package org.mappahub.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.NominalRecord.Address;
import org.mappahub.nominal.NominalRecord.AddressType;
import org.mappahub.nominal.NominalRecord.CategorySpan;
import org.mappahub.nominal.NominalRecord.Conviction;
import org.mappahub.nominal.NominalRecord.Gender;
import org.mappahub.nominal.NominalRecord.LevelSpan;
import org.mappahub.nominal.NominalRecord.Person;
import org.mappahub.nominal.Nominals;

/**
 * The authorisation matrix of issue 3, generated from docs/SECURITY.md so that the documented and the tested
 * policy are one:
 * <ul>
 *   <li>{@link #everyHandlerAnswersEveryRoleAndRecordKindAsDocumented()} walks every handler of every
 *       {@link RequestMappingHandlerMapping} (a handler missing from the document fails the test), and for each
 *       role (and signed out) and each record kind issues a real request through MockMvc and asserts the
 *       outcome class the handler-level table gives;</li>
 *   <li>{@link #thePolicyGrantsExactlyTheDocumentedRecordParts()} asks {@link CaseAccess} — as each user, on the
 *       real fixture records, with row-level security underneath — which parts each role sees of each kind of
 *       record, and compares with the record-part table.</li>
 * </ul>
 * Users are signed in with MockMvc's {@code user(name).roles(role)}: it skips the sign-in mechanism (tested
 * elsewhere) but runs URL and method security and the access policy, which reads the user's agency and area
 * from app_user (hence {@link TestUsers}).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// The annual statistics' figures (the computation is wired in on merge; these stay primary for the matrix).
@org.springframework.context.annotation.Import(org.mappahub.statistics.TestAnnualReports.class)
class AuthorisationMatrixTest {

    static final Path DOCUMENT = Path.of("docs/SECURITY.md");
    static final String OWN = "MATRIX_OWN";
    static final String OTHER = "MATRIX_OTHER";
    static final String SIGNED_OUT = "(signed out)";
    static final String REASON = "Checking a referral from a neighbouring area for the matrix test";
    /** Named on the "restricted, not named" records: nobody the matrix signs in. */
    static final String OUTSIDER = "matrix.outsider";
    /** The family name of the fixture's one record of each kind (the records made per request have another). */
    static final String FIXTURE_NAME = "QUILLFEATHER";
    /** The account the administration handlers are asked about (changed to what it is, unlocked, reset). */
    static final String ADMIN_TARGET = "matrix.admin-target";

    /** The record kinds: the columns of both tables, in this order. */
    enum Kind {
        OWN_AREA("own area"), OTHER_AREA("other area"), OTHER_AREA_REASON("other area, reason stated"),
        RESTRICTED_NOT_NAMED("restricted, not named"), RESTRICTED_NAMED("restricted, named"),
        SHARED("shared with DTC agency"), NOT_SHARED("not shared");

        final String column;

        Kind(String column) {
            this.column = column;
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
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
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ApiTokens apiTokens;

    final Map<Role, String> usernames = new EnumMap<>(Role.class);
    final Map<Kind, String> fixture = new EnumMap<>(Kind.class);
    long dtcAgency;
    long adminTargetAgency;
    /** Makes the names the create handlers are given unique: only an allowed request creates anything. */
    int created;
    String document;

    @BeforeAll
    void areasUsersAndOneRecordOfEachKind() throws IOException {
        document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        TestUsers.asOperator(() -> {
            areas.save(new Area(OWN, "Matrixshire", List.of("Central"), List.of()));
            areas.save(new Area(OTHER, "Elsewhereshire", List.of("Central"), List.of()));
            TestUsers testUsers = new TestUsers(users, agencies);
            for (Role role : Role.values()) {
                String name = "matrix." + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
                testUsers.place(name, role, OWN);
                usernames.put(role, name);
            }
            dtcAgency = testUsers.agency(OWN, AgencyType.CHILDRENS_SERVICES);
            testUsers.place(OUTSIDER, Role.PRACTITIONER, OTHER);
            adminTargetAgency = testUsers.place(ADMIN_TARGET, Role.PRACTITIONER, OTHER);
            for (Kind kind : Kind.values()) {
                fixture.put(kind, record(kind, FIXTURE_NAME));
            }
        });
    }

    // ------------------------------------------------------------------------------------------------------
    // The handler-level matrix
    // ------------------------------------------------------------------------------------------------------

    /** One handler method at one HTTP method and path pattern. */
    record Endpoint(String method, String pattern, HandlerMethod handler, RequestMappingInfo info) {
        String key() {
            return method + " " + pattern;
        }

        boolean takesRecord() {
            return pattern.contains("{ref}");
        }
    }

    @Test
    void everyHandlerAnswersEveryRoleAndRecordKindAsDocumented() throws Exception {
        Map<String, String> handlerKinds = handlerTable();
        Map<String, Map<String, Map<String, String>>> expectations = expectationTable(); // kind -> role -> column -> cell
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).as("the walk finds the application's own handlers")
                .anyMatch(e -> e.handler().getBeanType().getName().startsWith("org.mappahub."));

        List<String> problems = new ArrayList<>();
        for (Endpoint e : endpoints) {
            if (!handlerKinds.containsKey(e.key())) {
                problems.add("handler " + e.key() + " (" + e.handler() + ") is not in the handler table: "
                        + "add it to docs/SECURITY.md, with its kind and, for a new kind, its expected outcomes");
            }
        }
        Set<String> walked = new TreeSet<>();
        endpoints.forEach(e -> walked.add(e.key()));
        handlerKinds.keySet().stream().filter(k -> !walked.contains(k))
                .forEach(k -> problems.add("docs/SECURITY.md lists " + k + " but no handler serves it: remove the row"));
        handlerKinds.values().stream().distinct().filter(k -> !expectations.containsKey(k))
                .forEach(k -> problems.add("handler kind '" + k + "' has no rows in the handler-level table"));
        assertThat(problems).as("handlers and docs/SECURITY.md agree").isEmpty();

        List<String> roles = new ArrayList<>();
        Arrays.stream(Role.values()).forEach(r -> roles.add(r.name()));
        roles.add(SIGNED_OUT);
        int cells = 0;
        Set<String> recordHandlers = new LinkedHashSet<>();
        Set<String> roleOnlyHandlers = new LinkedHashSet<>();
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : endpoints) {
            String kind = handlerKinds.get(e.key());
            Map<String, Map<String, String>> byRole = expectations.get(kind);
            for (String role : roles) {
                Map<String, String> row = byRole.get(role);
                assertThat(row).as("handler-level table row for " + kind + " × " + role).isNotNull();
                if (e.takesRecord()) {
                    recordHandlers.add(e.handler().toString());
                    for (Kind recordKind : Kind.values()) {
                        String expected = row.get(recordKind.column);
                        assertThat(expected).as(kind + " × " + role + " × " + recordKind.column + " must be decided")
                                .isNotIn(null, "—", "");
                        String ref = e.method().equals("GET") ? fixture.get(recordKind)
                                : TestUsers.asOperator(() -> record(recordKind, "MATRIXPERSON"));
                        check(e, role, ref, recordKind.column, expected, wrong);
                        cells++;
                    }
                } else {
                    roleOnlyHandlers.add(e.handler().toString());
                    String expected = row.get("n/a");
                    assertThat(expected).as(kind + " × " + role + " × n/a must be decided").isNotIn(null, "—", "");
                    check(e, role, null, "n/a", expected, wrong);
                    cells++;
                }
            }
        }
        int kinds = Kind.values().length;
        System.out.printf("Authorisation matrix: %d handler methods taking a record × %d roles (+ signed out) × %d record kinds"
                        + " + %d handler methods by role only × %d roles (+ signed out) = %d cells asserted over HTTP%n",
                recordHandlers.size(), Role.values().length, kinds, roleOnlyHandlers.size(), Role.values().length, cells);
        assertThat(cells).isEqualTo((recordHandlers.size() * kinds + roleOnlyHandlers.size()) * roles.size());
        assertThat(wrong).as("cells that differ from docs/SECURITY.md").isEmpty();
    }

    private void check(Endpoint e, String role, String ref, String column, String expected, List<String> wrong)
            throws Exception {
        MockHttpServletResponse response = mvc.perform(request(e, role, ref)).andReturn().getResponse();
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        boolean toSignIn = status / 100 == 3 && location != null && location.contains("/login");
        boolean ok = switch (expected) {
            case "allow" -> status / 100 == 2 || status / 100 == 3 && !toSignIn;
            case "403" -> status == 403;
            case "404" -> status == 404;
            case "sign-in" -> status == 401 || toSignIn;
            case "public" -> status != 401 && status != 403 && !toSignIn;
            default -> throw new AssertionError("unknown outcome '" + expected + "' in docs/SECURITY.md");
        };
        if (!ok) {
            wrong.add(e.key() + " [" + e.handler().getMethod().getName() + "] as " + role + " on " + column
                    + (ref == null ? "" : " (" + ref + ")") + ": expected " + expected + ", got " + status
                    + (location == null ? "" : " -> " + location));
        }
    }

    /** A valid request to the handler, as the role, for the record: what it needs to get past binding. */
    private MockHttpServletRequestBuilder request(Endpoint e, String role, String ref) {
        // {id} is a token of the signed-in user's own (signed out: of the administration's target account).
        String tokenOwner = SIGNED_OUT.equals(role) ? ADMIN_TARGET : usernames.get(Role.valueOf(role));
        String path = e.pattern().replace("{ref}", ref == null ? "" : ref).replace("{username}", ADMIN_TARGET);
        if (e.key().contains("/notification/reviews/{id}/decision")) {
            path = path.replace("{id}", String.valueOf(pendingReview(ref)));
        } else if (path.contains("{id}")) {
            long id = TestUsers.asOperator(() -> apiTokens.issue(tokenOwner, "matrix token", 30).token().id());
            path = path.replace("{id}", String.valueOf(id));
        }
        if (path.contains("{entry}")) {
            // An intelligence log entry of the record, recorded by the own area's police (the case roles' agency).
            long entry = TestUsers.asOperator(() -> intelligenceEntry(ref));
            path = path.replace("{entry}", String.valueOf(entry));
        }
        if (path.contains("{assessmentId}")) { // a risk assessment of this very record, so that an allowed request succeeds
            path = path.replace("{assessmentId}", String.valueOf(TestUsers.asOperator(() -> riskAssessmentOf(ref))));
        }
        path = path.replace("{order}", "0"); // every fixture record has one civil order
        path = path.replace("{index}", "0"); // the fixture's one custody span
        if (path.contains("{referralId}")) { // a referral of this record waiting for screening (version 0)
            path = path.replace("{referralId}", String.valueOf(referralOf(ref)));
        }
        if (path.contains("{licenceId}")) {
            path = path.replace("{licenceId}", String.valueOf(licenceOf(ref)));
        }
        if (path.contains("{notificationId}")) { // a notification of this very record, at version 0
            path = path.replace("{notificationId}", String.valueOf(notificationOf(ref)));
        }
        if (path.contains("{meetingId}") && e.key().contains("/minutes")) {
            // a held meeting of this very record (the DTC agency invited) with minutes where the handler needs them
            path = path.replace("{meetingId}", String.valueOf(minutesMeetingOf(ref, minutesState(e.key()))))
                    .replace("{edition}", "1");
        }
        if (path.contains("{meetingId}")) { // a scheduled meeting of this very record, at version 0
            path = path.replace("{meetingId}", String.valueOf(TestUsers.asOperator(() -> meetingOf(ref))));
        }
        if (path.contains("{actionId}")) { // an open action of this record, owned by its area's police, at version 0
            path = path.replace("{actionId}", String.valueOf(TestUsers.asOperator(() -> actionOf(ref))));
        }
        path = path.replace("{table}", "1"); // the chart of table 1 of the annual statistics
        path = path.replaceAll("\\{[^}]+}", "x");
        HttpMethod method = e.method().equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(e.method());
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path);
        if (!SIGNED_OUT.equals(role)) {
            request.with(user(usernames.get(Role.valueOf(role))).roles(role));
        }
        if (method != HttpMethod.GET) {
            request.with(csrf());
        }
        Set<MediaType> produces = e.info().getProducesCondition().getProducibleMediaTypes();
        request.accept(produces.isEmpty() ? MediaType.APPLICATION_JSON : produces.iterator().next());
        Function<String, Object> version = r -> TestUsers.asOperator(() -> nominals.findByRef(r).orElseThrow().version());
        switch (e.key()) {
            case "GET /nominals", "GET /api/v1/nominals" -> request.param("q", "MATRIXPERSON");
            case "GET /audit/record-views" -> request.param("ref", fixture.get(Kind.OWN_AREA));
            case "POST /nominals/{ref}/reason" -> request.param("reason", REASON);
            case "POST /api/v1/nominals/{ref}/access-reasons" ->
                    request.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"" + REASON + "\"}");
            case "POST /nominals/new" -> request.param("area", OWN).param("familyName", "MATRIXCREATED")
                    .param("dobDay", "1").param("dobMonth", "2").param("dobYear", "1980");
            case "POST /api/v1/nominals" -> request.contentType(MediaType.APPLICATION_JSON)
                    .content("{\"area\":\"" + OWN + "\",\"familyName\":\"MATRIXCREATED\",\"dateOfBirth\":\"1980-02-01\"}");
            case "POST /nominals/{ref}/edit" -> request.param("familyName", "MATRIXPERSON").param("givenNames", "Edited")
                    .param("dobDay", "3").param("dobMonth", "4").param("dobYear", "1975")
                    .param("version", String.valueOf(version.apply(ref)));
            case "PUT /api/v1/nominals/{ref}/identity" -> request.contentType(MediaType.APPLICATION_JSON)
                    .content("{\"version\":" + version.apply(ref) + ",\"familyName\":\"MATRIXPERSON\","
                            + "\"givenNames\":[\"Edited\"],\"dateOfBirth\":\"1975-04-03\"}");
            case "POST /nominals/{ref}/custody/spans" -> request.param("kind", "PRISON").param("reason", "REMAND")
                    .param("fromDay", "1").param("fromMonth", "2").param("fromYear", "2020")
                    .param("toDay", "1").param("toMonth", "3").param("toYear", "2020")
                    .param("version", String.valueOf(version.apply(ref)));
            case "POST /nominals/{ref}/custody/spans/{index}" -> request.param("kind", "PRISON").param("reason", "RECALL")
                    .param("fromDay", String.valueOf(LocalDate.now(clock).minusMonths(6).getDayOfMonth()))
                    .param("fromMonth", String.valueOf(LocalDate.now(clock).minusMonths(6).getMonthValue()))
                    .param("fromYear", String.valueOf(LocalDate.now(clock).minusMonths(6).getYear()))
                    .param("version", String.valueOf(version.apply(ref)));
            case "POST /nominals/{ref}/custody/spans/{index}/end" -> request
                    .param("leftDay", String.valueOf(LocalDate.now(clock).getDayOfMonth()))
                    .param("leftMonth", String.valueOf(LocalDate.now(clock).getMonthValue()))
                    .param("leftYear", String.valueOf(LocalDate.now(clock).getYear()))
                    .param("version", String.valueOf(version.apply(ref)));
            case "POST /nominals/{ref}/custody/expected-release" -> request
                    .param("releaseDay", "1").param("releaseMonth", "2").param("releaseYear", String.valueOf(LocalDate.now(clock).getYear() + 2));
            case "POST /api/v1/nominals/{ref}/custody/spans" -> request.contentType(MediaType.APPLICATION_JSON)
                    .content("{\"version\":" + version.apply(ref) + ",\"kind\":\"PRISON\",\"reason\":\"REMAND\","
                            + "\"from\":\"2020-02-01\",\"to\":\"2020-03-01\"}");
            case "PUT /api/v1/nominals/{ref}/custody/spans/{index}" -> request.contentType(MediaType.APPLICATION_JSON)
                    .content("{\"version\":" + version.apply(ref) + ",\"kind\":\"PRISON\",\"reason\":\"SENTENCE\","
                            + "\"from\":\"" + LocalDate.now(clock).minusMonths(6) + "\",\"to\":\"" + LocalDate.now(clock) + "\"}");
            case "PUT /api/v1/nominals/{ref}/custody/expected-release" -> request.contentType(MediaType.APPLICATION_JSON)
                    .content("{\"expectedRelease\":\"" + LocalDate.now(clock).plusYears(2) + "\"}");
            case "POST /nominals/{ref}/notifications" -> request.param("kind", "PERIODIC")
                    .param("madeDay", "1").param("madeMonth", "2").param("madeYear", "2024");
            case "POST /nominals/{ref}/notification/requirement" -> request.param("disposal", "FINE")
                    .param("convictionDay", "1").param("convictionMonth", "2").param("convictionYear", "2020");
            case "POST /api/v1/nominals/{ref}/notifications" -> request.contentType(MediaType.APPLICATION_JSON)
                    .content("{\"kind\":\"PERIODIC\",\"madeOn\":\"2024-02-01\"}");
            case "POST /nominals/{ref}/notifications/{notificationId}" -> request.param("kind", "PERIODIC")
                    .param("madeDay", "1").param("madeMonth", "2").param("madeYear", "2024").param("version", "0");
            case "PUT /api/v1/nominals/{ref}/notifications/{notificationId}" -> request
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"kind\":\"PERIODIC\",\"madeOn\":\"2024-02-01\",\"version\":0}");
            case "PUT /api/v1/nominals/{ref}/notification/requirement" -> request.contentType(MediaType.APPLICATION_JSON)
                    .content("{\"disposal\":\"FINE\",\"convictionDate\":\"2020-02-01\"}");
            case "POST /nominals/{ref}/intelligence", "POST /nominals/{ref}/intelligence/{entry}/correction" ->
                    request.param("occurredDay", "1").param("occurredMonth", "2").param("occurredYear", "2024")
                            .param("kind", "HOME_VISIT").param("summary", "Matrix visit").param("sourceEvaluation", "1")
                            .param("intelligenceEvaluation", "A").param("handlingCode", "P").param("version", "0");
            case "POST /api/v1/nominals/{ref}/intelligence" -> request.contentType(MediaType.APPLICATION_JSON)
                    .content(INTELLIGENCE_ENTRY + "}");
            case "PUT /api/v1/nominals/{ref}/intelligence/{entry}" -> request.contentType(MediaType.APPLICATION_JSON)
                    .content(INTELLIGENCE_ENTRY + ",\"version\":0}");
            case "POST /nominals/{ref}/assessments", "POST /nominals/{ref}/assessments/{assessmentId}" ->
                    request.param("tool", "ARMS").param("assessedDay", "1").param("assessedMonth", "2")
                            .param("assessedYear", "2024").param("assessor", "Matrix Assessor").param("levels.OVERALL", "LOW")
                            .param("nextDueDay", "1").param("nextDueMonth", "8").param("nextDueYear", "2024")
                            .param("version", "0");
            case "POST /api/v1/nominals/{ref}/assessments" -> request.contentType(MediaType.APPLICATION_JSON)
                    .content("{\"tool\":\"ARMS\",\"assessedOn\":\"2024-02-01\",\"assessor\":\"Matrix Assessor\","
                            + "\"levels\":{\"OVERALL\":\"LOW\"},\"nextDueOn\":\"2024-08-01\"}");
            case "PUT /api/v1/nominals/{ref}/assessments/{assessmentId}" -> request.contentType(MediaType.APPLICATION_JSON)
                    .content("{\"tool\":\"ARMS\",\"assessedOn\":\"2024-02-01\",\"assessor\":\"Matrix Assessor\","
                            + "\"levels\":{\"OVERALL\":\"LOW\"},\"nextDueOn\":\"2024-08-01\",\"version\":0}");
            case "POST /nominals/{ref}/orders", "POST /nominals/{ref}/orders/{order}" -> request.param("type", "DVPO")
                    .param("version", String.valueOf(version.apply(ref)));
            case "POST /nominals/{ref}/orders/{order}/changes" -> request.param("kind", "VARIED")
                    .param("dateDay", "1").param("dateMonth", "2").param("dateYear", "2024")
                    .param("description", "Varied by the court").param("version", String.valueOf(version.apply(ref)));
            case "POST /nominals/{ref}/order-breaches" -> request.param("order", "0").param("outcome", "PENDING")
                    .param("breachDateDay", "1").param("breachDateMonth", "2").param("breachDateYear", "2024")
                    .param("version", String.valueOf(version.apply(ref)));
            case "POST /api/v1/nominals/{ref}/orders", "PUT /api/v1/nominals/{ref}/orders/{order}" ->
                    request.contentType(MediaType.APPLICATION_JSON)
                            .content("{\"version\":" + version.apply(ref) + ",\"type\":\"DVPO\"}");
            case "POST /api/v1/nominals/{ref}/orders/{order}/changes" -> request.contentType(MediaType.APPLICATION_JSON)
                    .content("{\"version\":" + version.apply(ref) + ",\"kind\":\"VARIED\",\"date\":\"2024-02-01\","
                            + "\"description\":\"Varied by the court\"}");
            case "POST /api/v1/nominals/{ref}/order-breaches" -> request.contentType(MediaType.APPLICATION_JSON)
                    .content("{\"version\":" + version.apply(ref) + ",\"order\":0,\"date\":\"2024-02-01\","
                            + "\"outcome\":\"PENDING\"}");
            case "POST /nominals/{ref}/notification/breach" -> request.param("outcome", "PENDING")
                    .param("breachDay", "1").param("breachMonth", "2").param("breachYear", "2024")
                    .param("version", String.valueOf(version.apply(ref)));
            case "POST /api/v1/nominals/{ref}/notification/breaches" -> request.contentType(MediaType.APPLICATION_JSON)
                    .content("{\"recordVersion\":" + version.apply(ref) + ",\"outcome\":\"PENDING\",\"date\":\"2024-02-01\"}");
            case "POST /nominals/{ref}/notification/reviews/new" -> {
                String today = reviewable(ref).toString();
                request.param("appliedDay", today.substring(8)).param("appliedMonth", today.substring(5, 7))
                        .param("appliedYear", today.substring(0, 4));
            }
            case "POST /api/v1/nominals/{ref}/notification/reviews" -> request.contentType(MediaType.APPLICATION_JSON)
                    .content("{\"appliedOn\":\"" + reviewable(ref) + "\"}");
            case "POST /nominals/{ref}/notification/reviews/{id}/decision" -> request.param("version", "0")
                    .param("decision", "CONTINUED").param("decidedDay", String.valueOf(LocalDate.now(clock).getDayOfMonth()))
                    .param("decidedMonth", String.valueOf(LocalDate.now(clock).getMonthValue()))
                    .param("decidedYear", String.valueOf(LocalDate.now(clock).getYear()))
                    .param("decidedBy", "Supt Matrix").param("rank", "SUPERINTENDENT");
            case "PUT /api/v1/nominals/{ref}/notification/reviews/{id}/decision" -> request
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"version\":0,\"decision\":\"CONTINUED\",\"decidedOn\":\"" + LocalDate.now(clock)
                            + "\",\"decidedBy\":\"Supt Matrix\",\"rank\":\"SUPERINTENDENT\"}");
            case "POST /nominals/{ref}/referrals" -> request.param("category", "2").param("indexOffence", "Matrix offence")
                    .param("sentence", "4 years").param("hospitalDetention", "no").param("reason", "Matrix referral")
                    .param("levelAsked", "2");
            case "POST /api/v1/nominals/{ref}/referrals" -> request.contentType(MediaType.APPLICATION_JSON)
                    .content("{\"category\":2,\"indexOffence\":\"Matrix offence\",\"sentence\":\"4 years\","
                            + "\"hospitalDetention\":false,\"reason\":\"Matrix referral\",\"levelAsked\":2}");
            case "POST /nominals/{ref}/referrals/{referralId}/screening" -> request.param("version", "0")
                    .param("decision", "NOT_ACCEPTED").param("chair", usernames.get(Role.CHAIR))
                    .param("rationale", "Matrix rationale").param("advice", "Matrix advice");
            case "POST /api/v1/nominals/{ref}/referrals/{referralId}/screening" -> request
                    .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"decision\":\"NOT_ACCEPTED\","
                            + "\"chair\":\"" + usernames.get(Role.CHAIR) + "\",\"rationale\":\"Matrix rationale\","
                            + "\"advice\":\"Matrix advice\"}");
            case "POST /nominals/{ref}/meetings" -> {
                LocalDate day = LocalDate.now(clock);
                request.param("kind", "REVIEW").param("dateDay", String.valueOf(day.getDayOfMonth()))
                        .param("dateMonth", String.valueOf(day.getMonthValue()))
                        .param("dateYear", String.valueOf(day.getYear())).param("time", "10:00")
                        .param("virtual", "true").param("chair", usernames.get(Role.CHAIR));
            }
            case "POST /api/v1/nominals/{ref}/meetings" -> request.contentType(MediaType.APPLICATION_JSON)
                    .content("{\"kind\":\"REVIEW\",\"date\":\"" + LocalDate.now(clock) + "\",\"time\":\"10:00\","
                            + "\"virtual\":true,\"chair\":\"" + usernames.get(Role.CHAIR) + "\"}");
            case "POST /nominals/{ref}/meetings/{meetingId}/invitations" -> request.param("version", "0")
                    .param("agency", String.valueOf(ownPolice()));
            case "POST /api/v1/nominals/{ref}/meetings/{meetingId}/invitations" -> request
                    .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"agencyId\":" + ownPolice() + "}");
            case "POST /nominals/{ref}/meetings/{meetingId}/dial-ins" -> request.param("version", "0")
                    .param("name", "Matrix Dialler").param("dialInAgency", "Probation").param("dialInArea", "Elsewhere");
            case "POST /api/v1/nominals/{ref}/meetings/{meetingId}/dial-ins" -> request
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"version\":0,\"name\":\"Matrix Dialler\",\"agency\":\"Probation\",\"area\":\"Elsewhere\"}");
            case "POST /nominals/{ref}/meetings/{meetingId}/outcome" -> request.param("version", "0")
                    .param("action", "cancel").param("reason", "Matrix cancellation");
            case "PUT /api/v1/nominals/{ref}/meetings/{meetingId}/outcome" -> request
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"version\":0,\"status\":\"CANCELLED\",\"reason\":\"Matrix cancellation\"}");
            case "POST /nominals/{ref}/meetings/{meetingId}/actions" -> {
                LocalDate by = LocalDate.now(clock).plusDays(14);
                request.param("description", "Matrix action").param("agency", String.valueOf(ownPolice()))
                        .param("deadlineDay", String.valueOf(by.getDayOfMonth()))
                        .param("deadlineMonth", String.valueOf(by.getMonthValue()))
                        .param("deadlineYear", String.valueOf(by.getYear()));
            }
            case "POST /api/v1/nominals/{ref}/meetings/{meetingId}/actions" -> request
                    .contentType(MediaType.APPLICATION_JSON).content("{\"description\":\"Matrix action\",\"agencyId\":"
                            + ownPolice() + ",\"deadline\":\"" + LocalDate.now(clock).plusDays(14) + "\"}");
            case "POST /nominals/{ref}/actions/{actionId}/progress" -> request.param("version", "0")
                    .param("action", "progress").param("progress", "Matrix progress");
            case "PUT /api/v1/nominals/{ref}/actions/{actionId}/progress" -> request
                    .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"progress\":\"Matrix progress\"}");
            case "POST /nominals/{ref}/actions/{actionId}/management" -> request.param("version", "0")
                    .param("action", "cancel").param("reason", "Matrix cancellation");
            case "PUT /api/v1/nominals/{ref}/actions/{actionId}/management" -> request
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"version\":0,\"status\":\"CANCELLED\",\"reason\":\"Matrix cancellation\"}");
            case "POST /nominals/{ref}/meetings/{meetingId}/minutes/edit" -> request.param("version", "0")
                    .param("supervision", "Matrix supervision");
            case "POST /nominals/{ref}/meetings/{meetingId}/minutes/submit",
                 "POST /nominals/{ref}/meetings/{meetingId}/minutes/approve" -> request.param("version", "0");
            case "POST /nominals/{ref}/meetings/{meetingId}/minutes/distribute" -> request.param("version", "0")
                    .param("recipient", ownPoliceName());
            case "POST /nominals/{ref}/meetings/{meetingId}/minutes/correct" -> request.param("version", "0")
                    .param("reason", "Matrix correction");
            case "PUT /api/v1/nominals/{ref}/meetings/{meetingId}/minutes" -> request.contentType(MediaType.APPLICATION_JSON)
                    .content("{\"version\":0,\"supervision\":\"Matrix supervision\"}");
            case "POST /api/v1/nominals/{ref}/meetings/{meetingId}/minutes/submit",
                 "POST /api/v1/nominals/{ref}/meetings/{meetingId}/minutes/approve" -> request
                    .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}");
            case "POST /api/v1/nominals/{ref}/meetings/{meetingId}/minutes/distribute" -> request
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"version\":0,\"recipients\":[\"" + ownPoliceName() + "\"]}");
            case "POST /api/v1/nominals/{ref}/meetings/{meetingId}/minutes/corrections" -> request
                    .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"reason\":\"Matrix correction\"}");
            case "POST /mfa/verify", "POST /mfa/enrol" -> request.param("code", "000000");
            case "POST /nominals/{ref}/access" -> request.param("action", "victims")
                    .param("victimUser", usernames.get(Role.VICTIM_LIAISON_OFFICER))
                    .param("victimReason", "Needs the victims' details for the matrix test");
            case "POST /admin/agencies" -> request.param("area", OTHER).param("name", "Matrix agency " + ++created)
                    .param("type", AgencyType.HOUSING.name());
            case "POST /admin/users/new" -> request.param("username", "matrix.created-" + ++created)
                    .param("displayName", "Matrix Created").param("role", Role.PRACTITIONER.name())
                    .param("agency", String.valueOf(adminTargetAgency)).param("password", TestUsers.PASSWORD);
            case "POST /admin/users/{username}" -> request.param("version", String.valueOf(
                            TestUsers.asOperator(() -> users.details(ADMIN_TARGET).orElseThrow().version())))
                    .param("displayName", "Test " + ADMIN_TARGET).param("role", Role.PRACTITIONER.name())
                    .param("agency", String.valueOf(adminTargetAgency)).param("enabled", "true");
            case "POST /policy" -> {
                // The national defaults, from the version the co-ordinator's own area is at (0: nothing stored yet).
                request.param("version", String.valueOf(TestUsers.asOperator(() -> jdbc.sql(
                                "select coalesce((select version from area_policy_settings where area_code = ?), 0)")
                        .param(OWN).query(Integer.class).single())));
                for (var c : org.mappahub.rules.PolicySettings.class.getRecordComponents()) {
                    try {
                        request.param(c.getName(), String.valueOf(c.getAccessor().invoke(org.mappahub.rules.PolicySettings.DEFAULTS)));
                    } catch (ReflectiveOperationException x) {
                        throw new IllegalStateException(x);
                    }
                }
            }
            case "GET /performance/cases" -> request.param("measure", "meetings-in-time"); // the board dashboard's drill-down
            case "POST /statistics/population" -> request.param("midYear", "2020").param("aged10AndOver", "1000000")
                    // from the version the co-ordinator's own area's figure is at (0: none yet)
                    .param("version", String.valueOf(TestUsers.asOperator(() -> jdbc.sql(
                                    "select coalesce((select version from area_population where area_code = ? and mid_year = 2020), 0)")
                            .param(OWN).query(Integer.class).single())));
            case "POST /nominals/{ref}/licences", "POST /nominals/{ref}/licences/{licenceId}" -> request
                    .param("startsDay", "1").param("startsMonth", "2").param("startsYear", "2024")
                    .param("endsDay", "1").param("endsMonth", "2").param("endsYear", "2030")
                    .param("sentence", "4 years' imprisonment").param("version", "0");
            case "POST /nominals/{ref}/licences/{licenceId}/conditions" -> request.param("version", "0")
                    .param("condition", "DISCLOSE_VEHICLES");
            case "POST /nominals/{ref}/licences/{licenceId}/variations" -> request.param("version", "0")
                    .param("variedDay", "1").param("variedMonth", "3").param("variedYear", "2024")
                    .param("reason", "Matrix variation").param("condition", "NOTIFY_RELATIONSHIPS");
            case "POST /api/v1/nominals/{ref}/licences" -> request.contentType(MediaType.APPLICATION_JSON)
                    .content("{\"startsOn\":\"2024-02-01\",\"endsOn\":\"2030-02-01\",\"sentence\":\"4 years\","
                            + "\"conditions\":[{\"code\":\"DISCLOSE_VEHICLES\"}]}");
            case "PUT /api/v1/nominals/{ref}/licences/{licenceId}" -> request.contentType(MediaType.APPLICATION_JSON)
                    .content("{\"version\":0,\"startsOn\":\"2024-02-01\",\"endsOn\":\"2031-02-01\",\"sentence\":\"4 years\"}");
            case "POST /api/v1/nominals/{ref}/licences/{licenceId}/variations" -> request.contentType(MediaType.APPLICATION_JSON)
                    .content("{\"version\":0,\"variedOn\":\"2024-03-01\",\"reason\":\"Matrix variation\","
                            + "\"endsOn\":\"2031-02-01\"}");
            case "POST /admin/licence-conditions" -> request.param("code", "MATRIX_" + System.nanoTime() + "_" + ++created)
                    .param("wording", "Not to do what the matrix test forbids.");
            case "POST /admin/licence-conditions/retire" -> request.param("code", TestUsers.asOperator(() -> {
                String code = "MATRIX_RETIRED_" + System.nanoTime() + "_" + ++created;
                jdbc.sql("insert into licence_condition_type (code, wording, created_by, created_at) values (?, 'Matrix.', 'test', now())")
                        .param(code).update();
                return code;
            }));
            case "POST /account/api-tokens" -> request.param("name", "matrix token").param("days", "30");
            // an empty address with no choice saved yet removes nothing: a valid request that changes nothing
            case "POST /account/reminders" -> request.param("email", "").param("version", "-1");
            case "ANY /error" -> request.requestAttr("jakarta.servlet.error.status_code", 404)
                    .requestAttr("jakarta.servlet.error.request_uri", "/nowhere");
            default -> {
            }
        }
        return request;
    }

    static final String INTELLIGENCE_ENTRY = "{\"occurredOn\":\"2024-02-01\",\"kind\":\"HOME_VISIT\",\"summary\":\"Matrix visit\","
            + "\"sourceEvaluation\":\"1\",\"intelligenceEvaluation\":\"A\",\"handlingCode\":\"P\"";

    /** A new intelligence log entry of the record (as the operator), recorded by the own area's test police. */
    private long intelligenceEntry(String ref) {
        long police = new TestUsers(users, agencies).agency(OWN, AgencyType.POLICE);
        return jdbc.sql("""
                        insert into intelligence_entry (nominal_id, occurred_on, kind, summary, source_agency_id,
                            source_evaluation, intelligence_evaluation, handling_code, recorded_agency_id, created_by,
                            created_at, updated_by, updated_at)
                        select id, date '2024-01-01', 'HOME_VISIT', 'Matrix entry', ?, '1', 'A', 'P', ?, 'test', now(),
                               'test', now() from nominal where ref = ? returning id""")
                .params(police, police, ref).query(Long.class).single();
    }

    /**
     * Makes the person able to apply for a review today, whatever earlier cells did: an indefinite requirement
     * notified long ago and no application waiting. Returns today.
     */
    private LocalDate reviewable(String ref) {
        TestUsers.asOperator(() -> {
            long id = nominals.findByRef(ref).orElseThrow().id();
            jdbc.sql("delete from notification_review where nominal_id = ?").param(id).update();
            jdbc.sql("delete from notification_requirement where nominal_id = ?").param(id).update();
            jdbc.sql("""
                    insert into notification_requirement (nominal_id, starts_on, disposal, age_at_conviction, period,
                        created_by, created_at, updated_by, updated_at)
                    values (?, date '1990-01-01', 'LIFE', 30, 'INDEFINITE', 'matrix', now(), 'matrix', now())""")
                    .param(id).update();
            jdbc.sql("""
                    insert into notification (nominal_id, kind, made_on, created_by, created_at)
                    values (?, 'INITIAL', date '1990-01-03', 'matrix', now())""").param(id).update();
            return id;
        });
        return LocalDate.now(clock);
    }

    /** A pending application for review of the person's notification, at version 0; its id. */
    private long pendingReview(String ref) {
        reviewable(ref);
        return TestUsers.asOperator(() -> jdbc.sql("""
                        insert into notification_review (nominal_id, applied_on, qualifying_date, created_by, created_at,
                            updated_by, updated_at)
                        values (?, current_date, date '2005-01-03', 'matrix', now(), 'matrix', now()) returning id""")
                .param(nominals.findByRef(ref).orElseThrow().id()).query(Long.class).single());
    }

    /** A notification (version 0) of the record {@code ref}, made on 1 January 2024, for the correction handlers. */
    private long notificationOf(String ref) {
        return TestUsers.asOperator(() -> jdbc.sql("""
                        insert into notification (nominal_id, kind, made_on, created_by, created_at)
                        select id, 'INITIAL', date '2024-01-01', 'matrix', now() from nominal where ref = ? returning id""")
                .param(ref).query(Long.class).single());
    }

    /** A scheduled MAPP meeting (version 0) of the record {@code ref}, for the meeting handlers that take one. */
    private long meetingOf(String ref) {
        return jdbc.sql("""
                        insert into mapp_meeting (nominal_id, kind, level, starts_at, virtual, chair, created_by,
                            created_at, updated_by, updated_at)
                        select id, 'REVIEW', 2, localtimestamp(0), true, 'matrix.chair', 'test', now(), 'test', now()
                        from nominal where ref = ? returning id""")
                .param(ref).query(Long.class).single();
    }

    /**
     * An open action (version 0) of the record {@code ref}, agreed at a meeting of it held today and owned by the
     * police agency of the record's area: every Responsible Authority role of the matrix is the own area's police.
     */
    private long actionOf(String ref) {
        String area = nominals.findByRef(ref).orElseThrow().record().area();
        long police = new TestUsers(users, agencies).agency(area, AgencyType.POLICE);
        long meeting = meetingOf(ref);
        return jdbc.sql("""
                        insert into mapp_action (nominal_id, meeting_id, description, agency_id, deadline, created_by,
                            created_at, updated_by, updated_at)
                        select id, ?, 'Matrix action', ?, current_date + 14, 'test', now(), 'test', now()
                        from nominal where ref = ? returning id""")
                .params(meeting, police, ref).query(Long.class).single();
    }

    /** Where the minutes handler needs the meeting's minutes: none (to start), a draft, submitted, or approved. */
    private static String minutesState(String key) {
        if (key.endsWith("/minutes/approve")) {
            return "SUBMITTED";
        }
        if (key.endsWith("/minutes/edit") || key.endsWith("/minutes/submit") || key.startsWith("PUT ")) {
            return "DRAFT";
        }
        if (key.startsWith("POST ") && key.endsWith("/minutes")) {
            return null;
        }
        return "APPROVED"; // reads, distribution, corrections
    }

    /**
     * A MAPP meeting of {@code ref} held yesterday, the own police and the DTC agency invited (by SQL: the invitation
     * shares nothing), with complete minutes at {@code status} and version 0 (null: no minutes yet).
     */
    private long minutesMeetingOf(String ref, String status) {
        long police = ownPolice();
        return TestUsers.asOperator(() -> {
            long nominal = jdbc.sql("select id from nominal where ref = ?").param(ref).query(Long.class).single();
            long meeting = jdbc.sql("""
                            insert into mapp_meeting (nominal_id, kind, level, starts_at, virtual, chair, status, created_by,
                                created_at, updated_by, updated_at)
                            values (?, 'REVIEW', 2, localtimestamp(0) - interval '1 day', true, ?, 'HELD', 'test', now(),
                                'test', now()) returning id""")
                    .params(nominal, usernames.get(Role.CHAIR)).query(Long.class).single();
            for (long agency : List.of(police, dtcAgency)) {
                jdbc.sql("""
                                insert into mapp_meeting_invitation (meeting_id, nominal_id, agency_id, attendance, created_by,
                                    created_at, updated_by, updated_at) values (?, ?, ?, 'ATTENDED', 'test', now(), 'test', now())""")
                        .params(meeting, nominal, agency).update();
            }
            if (status != null) {
                jdbc.sql("""
                                insert into mapp_minutes (meeting_id, nominal_id, edition, status, meeting_date, level, chair,
                                    confidentiality_read, risk_children, risk_public, risk_known_adult, risk_staff, risk_prisoners,
                                    supervision, monitoring_and_control, interventions_and_treatment, victim_safety_planning,
                                    contingency, next_review_date, approved_by, approved_at, created_by, created_at,
                                    updated_by, updated_at)
                                values (?, ?, 1, ?, current_date - 1, 2, ?, true, 'LOW', 'LOW', 'LOW', 'LOW', 'LOW', 'Matrix',
                                    'Matrix', 'Matrix', 'Matrix', 'Matrix', current_date + 7, ?, ?, 'test', now(), 'test', now())""")
                        .params(meeting, nominal, status, usernames.get(Role.CHAIR),
                                status.equals("APPROVED") ? usernames.get(Role.CHAIR) : null,
                                status.equals("APPROVED") ? Timestamp.from(clock.instant()) : null)
                        .update();
            }
            return meeting;
        });
    }

    private String ownPoliceName() {
        long police = ownPolice();
        return TestUsers.asOperator(() -> jdbc.sql("select name from agency where id = ?").param(police)
                .query(String.class).single());
    }

    /** The own area's test police agency: a Responsible Authority agency, so an invitation shares nothing. */
    private long ownPolice() {
        return TestUsers.asOperator(() -> new TestUsers(users, agencies).agency(OWN, AgencyType.POLICE));
    }

    /** A licence (version 0) of the record {@code ref}, for the licence handlers that take one. */
    private long referralOf(String ref) {
        return TestUsers.asOperator(() -> jdbc.sql("""
                        insert into referral (nominal_id, category, referring_agency, referrer, index_offence, sentence,
                            hospital_detention, reason, level_asked, received_on, created_by, created_at, updated_by, updated_at)
                        select id, 2, 'Matrix police', 'test', 'Matrix offence', '4 years', false, 'Matrix referral', 2,
                            current_date, 'test', now(), 'test', now()
                        from nominal where ref = ? returning id""")
                .param(ref).query(Long.class).single());
    }

    private long licenceOf(String ref) {
        return TestUsers.asOperator(() -> jdbc.sql("""
                        insert into licence (nominal_id, starts_on, ends_on, sentence, created_by, created_at, updated_by, updated_at)
                        select id, date '2024-01-01', date '2030-01-01', 'Matrix sentence', 'test', now(), 'test', now()
                        from nominal where ref = ? returning id""")
                .param(ref).query(Long.class).single());
    }

    /** Every handler method of every handler mapping, once per HTTP method and path pattern. */
    private List<Endpoint> endpoints() {
        List<Endpoint> found = new ArrayList<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                Set<String> methods = new TreeSet<>();
                info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
                if (methods.isEmpty()) {
                    methods.add("ANY");
                }
                for (String method : methods) {
                    for (String pattern : info.getPatternValues()) {
                        found.add(new Endpoint(method, pattern, handler, info));
                    }
                }
            });
        }
        found.sort(java.util.Comparator.comparing(Endpoint::key).thenComparing(e -> e.handler().toString()));
        return found;
    }

    /**
     * Search, the one handler that returns many records: a restricted record the user is not named on, and for a
     * DTC representative every record not shared with their agency, is not in the results at all — not even as
     * a withheld hit — while Responsible Authority staff find every other person nationally.
     */
    @Test
    void searchShowsNobodyTheUserMayNotKnowExists() throws Exception {
        Map<Role, Set<Kind>> expected = new EnumMap<>(Role.class);
        Set<Kind> everyoneButTheRestricted = java.util.EnumSet.complementOf(java.util.EnumSet.of(Kind.RESTRICTED_NOT_NAMED));
        Role.CASE_READERS.forEach(role -> expected.put(role, everyoneButTheRestricted));
        expected.put(Role.DTC_REPRESENTATIVE, java.util.EnumSet.of(Kind.SHARED, Kind.RESTRICTED_NAMED));
        Pattern hitRef = Pattern.compile("\\{\"ref\":\"([^\"]+)\"");
        for (var entry : expected.entrySet()) {
            Role role = entry.getKey();
            for (String path : List.of("/api/v1/nominals", "/nominals")) {
                String body = mvc.perform(MockMvcRequestBuilders.get(path).param("q", FIXTURE_NAME).param("size", "50")
                                .with(user(usernames.get(role)).roles(role.name())))
                        .andReturn().getResponse().getContentAsString();
                Set<Kind> found = java.util.EnumSet.noneOf(Kind.class);
                for (Kind kind : Kind.values()) {
                    boolean shown = path.startsWith("/api") ? hitRef.matcher(body).results().anyMatch(m -> m.group(1).equals(fixture.get(kind)))
                            : body.contains(fixture.get(kind));
                    if (shown) {
                        found.add(kind);
                    }
                }
                assertThat(found).as(role + " searching " + path).isEqualTo(entry.getValue());
            }
        }
    }

    /**
     * The matrix revokes each user's own token; a token of someone else's is left alone: the request is answered
     * like any other (nothing tells whether the id exists) but nothing is revoked.
     */
    @Test
    void nobodyRevokesAnotherUsersToken() throws Exception {
        long id = TestUsers.asOperator(() -> apiTokens.issue(ADMIN_TARGET, "not yours", 30).token().id());
        for (Role role : Role.values()) {
            MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post(ApiTokens.PAGE + "/" + id + "/revoke")
                            .with(user(usernames.get(role)).roles(role.name())).with(csrf()))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as(role + " revoking another's token").isEqualTo(302);
        }
        Boolean revoked = TestUsers.asOperator(() -> jdbc.sql("select revoked_at is not null from api_token where id = ?")
                .param(id).query(Boolean.class).single());
        assertThat(revoked).as("another user's token after every role tried to revoke it").isFalse();
    }

    /** The parts are cut before the response is built: a DTC representative gets no full history over HTTP. */
    @Test
    void aSharedRecordReachesADtcRepresentativeWithoutItsHistory() throws Exception {
        String shared = fixture.get(Kind.SHARED);
        for (String path : List.of("/api/v1/nominals/" + shared, "/nominals/" + shared)) {
            String dtc = mvc.perform(MockMvcRequestBuilders.get(path)
                            .with(user(usernames.get(Role.DTC_REPRESENTATIVE)).roles(Role.DTC_REPRESENTATIVE.name())))
                    .andReturn().getResponse().getContentAsString();
            assertThat(dtc).as("DTC " + path).contains(FIXTURE_NAME).doesNotContain("1 Matrix Street", "Matrix offence");
            String practitioner = mvc.perform(MockMvcRequestBuilders.get(path)
                            .with(user(usernames.get(Role.PRACTITIONER)).roles(Role.PRACTITIONER.name())))
                    .andReturn().getResponse().getContentAsString();
            assertThat(practitioner).as("practitioner " + path).contains(FIXTURE_NAME, "1 Matrix Street", "Matrix offence");
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // The record-part matrix
    // ------------------------------------------------------------------------------------------------------

    @Test
    void thePolicyGrantsExactlyTheDocumentedRecordParts() {
        List<String[]> rows = table("parts");
        List<String> header = List.of(rows.get(0));
        List<String> wrong = new ArrayList<>();
        Map<Role, Map<Kind, Access>> decisions = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            Map<Kind, Access> byKind = new EnumMap<>(Kind.class);
            for (Kind kind : Kind.values()) {
                byKind.put(kind, as(role, () -> caseAccess.decide(fixture.get(kind))));
            }
            decisions.put(role, byKind);
        }
        Set<String> covered = new LinkedHashSet<>();
        int cells = 0;
        for (String[] row : rows.subList(1, rows.size())) {
            String part = row[0];
            Role role = Role.valueOf(row[1]);
            covered.add(part + " × " + role);
            for (Kind kind : Kind.values()) {
                String expected = row[header.indexOf(kind.column)];
                Access access = decisions.get(role).get(kind);
                boolean granted = part.equals("edit identity") ? access.mayEdit() : access.sees(RecordPart.valueOf(part));
                if (granted != expected.equals("allow")) {
                    wrong.add(part + " × " + role + " × " + kind.column + ": documented " + expected + ", policy "
                            + (granted ? "allows" : "denies") + " (" + access.outcome() + ")");
                }
                cells++;
            }
        }
        for (RecordPart part : RecordPart.values()) {
            for (Role role : Role.values()) {
                assertThat(covered).as("the record-part table decides " + part + " for " + role)
                        .contains(part.name() + " × " + role);
            }
        }
        System.out.printf("Record-part matrix: %d parts (+ edit identity) × %d roles × %d record kinds = %d cells%n",
                RecordPart.values().length, Role.values().length, Kind.values().length, cells);
        assertThat(cells).isEqualTo((RecordPart.values().length + 1) * Role.values().length * Kind.values().length);
        assertThat(wrong).as("record parts that differ from docs/SECURITY.md").isEmpty();
    }

    /** Runs the work signed in as the role's user: transactions then carry mappa.user, as in a request. */
    private <T> T as(Role role, java.util.function.Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(usernames.get(role), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // Fixture
    // ------------------------------------------------------------------------------------------------------

    /** A new record of this kind (as the operator). */
    /** An ARMS assessment of the record, at version 0 (for the risk assessment handlers that take one). */
    private long riskAssessmentOf(String ref) {
        return jdbc.sql("""
                        insert into risk_assessment (nominal_id, tool, assessed_on, assessor, agency_id, levels, next_due_on,
                            created_by, created_at, updated_by, updated_at)
                        select id, 'ARMS', date '2024-01-01', 'Matrix Assessor', ?, '{"OVERALL": "LOW"}'::jsonb,
                            date '2024-07-01', 'operator:test', now(), 'operator:test', now()
                        from nominal where ref = ? returning id""")
                .params(dtcAgency, ref).query(Long.class).single();
    }

    private String record(Kind kind, String familyName) {
        String area = kind == Kind.OTHER_AREA || kind == Kind.OTHER_AREA_REASON ? OTHER : OWN;
        String ref = nominals.newRef(area);
        LocalDate today = LocalDate.now(clock);
        nominals.insert(new NominalRecord(ref, area, "Central",
                new Person(familyName, List.of(kind.name()), LocalDate.of(1975, 4, 3), Gender.MALE, null, null, null, null),
                List.of(new NominalRecord.Alias("MATRIXALIAS", List.of(), null)),
                List.of(new Address(AddressType.values()[0], "1 Matrix Street", "Matrixton", "MX1 1AA", today.minusYears(1), null)),
                null,
                List.of(new Conviction(today.minusYears(2), "Matrix offence", NominalRecord.OffenceKind.VIOLENT, NominalRecord.Disposal.FINE, null, 30)),
                List.of(new CategorySpan(1, today.minusYears(1), null)),
                List.of(new LevelSpan(2, today.minusYears(1), null)),
                // on remand (not custody for the offence, which would stop a review of notification): the custody
                // handlers have an open span to change
                List.of(new NominalRecord.CustodySpan(NominalRecord.CustodyKind.PRISON, NominalRecord.CustodyReason.REMAND,
                        null, today.minusMonths(6), null)),
                List.of(new NominalRecord.CivilOrder(NominalRecord.OrderType.DVPO, null, null, LocalDate.of(2020, 1, 1),
                        null, null, LocalDate.of(2020, 1, 1), null)),
                null), "operator:test fixture", false);
        switch (kind) {
            case OTHER_AREA_REASON -> {
                Instant now = clock.instant();
                for (String name : usernames.values()) {
                    jdbc.sql("""
                                    insert into access_grant (nominal_id, username, reason, granted_at, expires_at)
                                    select id, ?, ?, ?, ? from nominal where ref = ?""")
                            .params(name, REASON, Timestamp.from(now), Timestamp.from(now.plus(AccessPolicy.REASON_LASTS)), ref)
                            .update();
                }
            }
            case RESTRICTED_NOT_NAMED -> caseAccess.restrictAs(ref, true, List.of(OUTSIDER), "Protected person", "operator:test");
            case RESTRICTED_NAMED -> caseAccess.restrictAs(ref, true, List.copyOf(usernames.values()), "Protected person",
                    "operator:test");
            case SHARED -> caseAccess.shareAs(ref, dtcAgency, ShareBasis.EXPLICIT, "Invited to the MAPP meeting", "operator:test");
            default -> {
            }
        }
        return ref;
    }

    // ------------------------------------------------------------------------------------------------------
    // Reading docs/SECURITY.md
    // ------------------------------------------------------------------------------------------------------

    /** handler ("GET /nominals/{ref}") -> kind ("record read"). */
    private Map<String, String> handlerTable() {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (String[] row : table("handlers").subList(1, table("handlers").size())) {
            String handler = row[0].replace("`", "").trim();
            assertThat(kinds.put(handler, row[1])).as("handler " + handler + " listed once").isNull();
        }
        return kinds;
    }

    /** kind -> role -> column -> expected outcome. */
    private Map<String, Map<String, Map<String, String>>> expectationTable() {
        List<String[]> rows = table("expectations");
        String[] header = rows.get(0);
        List<String> columns = new ArrayList<>();
        Arrays.stream(Kind.values()).forEach(k -> columns.add(k.column));
        columns.add("n/a");
        assertThat(Arrays.asList(header).subList(2, header.length)).as("the handler-level table's columns")
                .containsExactlyElementsOf(columns);
        Map<String, Map<String, Map<String, String>>> table = new HashMap<>();
        for (String[] row : rows.subList(1, rows.size())) {
            Map<String, String> cells = new HashMap<>();
            for (int i = 2; i < header.length; i++) {
                cells.put(header[i], row[i]);
            }
            table.computeIfAbsent(row[0], k -> new HashMap<>()).put(row[1], cells);
        }
        return table;
    }

    /** The markdown table between {@code <!-- matrix:NAME -->} and {@code <!-- /matrix:NAME -->}: header, then rows. */
    private List<String[]> table(String name) {
        Matcher m = Pattern.compile("<!-- matrix:" + name + " -->(.*?)<!-- /matrix:" + name + " -->", Pattern.DOTALL)
                .matcher(document);
        assertThat(m.find()).as("docs/SECURITY.md has the table " + name).isTrue();
        List<String[]> rows = new ArrayList<>();
        for (String line : m.group(1).strip().split("\n")) {
            line = line.strip();
            if (!line.startsWith("|") || line.matches("\\|[-|: ]+\\|")) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].strip();
            }
            if (!rows.isEmpty()) {
                assertThat(cells).as("row of table " + name + ": " + line).hasSameSizeAs(rows.get(0));
            }
            rows.add(cells);
        }
        return rows;
    }
}
