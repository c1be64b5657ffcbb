package org.mappahub.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.mappahub.access.Agencies;
import org.mappahub.access.Role;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.database.RowScope;
import org.mappahub.meeting.MeetingFixture;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.Nominals;
import org.mappahub.rules.BoardPeriods;
import org.mappahub.rules.BoardPeriods.Span;

/**
 * The board's dashboard on a small hand-made area, in the quarter October to December 2025 (reporting year 2025,
 * quarter 3), each measure at its edges: a review held on its due day and one a day late; an action completed on its
 * deadline and one the day after; minutes distributed on the 10th working day across Christmas and on the 11th; a
 * referral screened likewise; a pre-release milestone met on its day and one a day late. The area's policy is the
 * national default (level 2 reviewed every 16 weeks, minutes and screening within 10 working days).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerformanceDashboardTest {

    static final String AREA = "PERFDASH";
    static final String BOARD = "board.perfdash";
    /** After the quarter: every deadline in it has passed. */
    static final LocalDate TODAY = LocalDate.of(2026, 2, 1);
    static final Span QUARTER = BoardPeriods.quarter(2025, 3);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired BoardMeasures measures;
    @Autowired BoardDashboard dashboard;
    @Autowired Areas areas;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired Nominals nominals;

    MeetingFixture f;
    String inTime, late, minutesOnTime, minutesLate, inCustody;

    @BeforeAll
    void anAreaWithItsProcessRecorded() {
        f = new MeetingFixture(AREA, areas, users, agencies, nominals);
        TestUsers.asOperator(() -> new TestUsers(users, agencies).place(BOARD, Role.BOARD_MEMBER, AREA));
        LocalDate since = LocalDate.of(2025, 5, 1);
        inTime = f.person("Intime", 2, since);
        late = f.person("Late", 2, since);
        minutesOnTime = f.person("Minutesontime", 2, since);
        minutesLate = f.person("Minuteslate", 2, since);
        inCustody = f.person("Custody", 2, since);
        TestUsers.asOperator(() -> {
            // reviews: the first meetings on 1 July 2025, 16 weeks on is 21 October 2025
            held(inTime, "2025-07-01");
            long onDueDay = held(inTime, "2025-10-21");
            held(late, "2025-07-01");
            long dayLate = held(late, "2025-10-22");
            invite(onDueDay, f.police, "ATTENDED");
            invite(onDueDay, f.dtcAgency, "APOLOGIES_WITH_REPORT");
            invite(dayLate, f.police, "ATTENDED");
            invite(dayLate, f.dtcAgency, "DID_NOT_ATTEND");
            // actions due on 10 November 2025: done that day, done the next; one cancelled (not counted)
            action(inTime, onDueDay, "2025-11-10", "COMPLETED", "2025-11-10");
            action(late, dayLate, "2025-11-10", "COMPLETED", "2025-11-11");
            action(late, dayLate, "2025-11-10", "CANCELLED", null);
            // minutes of meetings on Friday 12 December 2025: the 10th working day after is Tuesday 30 December
            // (Christmas Day and Boxing Day skipped), the 11th Wednesday 31 December
            minutes(held(minutesOnTime, "2025-12-12"), "2025-12-30");
            minutes(held(minutesLate, "2025-12-12"), "2025-12-31");
            // referrals received the same Friday: screened on the 10th working day and on the 11th
            referral(minutesOnTime, "2025-12-12", "2025-12-30");
            referral(minutesLate, "2025-12-12", "2025-12-31");
            // in custody, release expected 15 June 2026: identify by 15 October 2025 (8 months), level set by
            // 15 December 2025 (6 months); identified on the day, the level recorded the day after
            jdbc.sql("insert into custody_span (nominal_id, position, kind, reason, from_date) "
                    + "select id, 0, 'PRISON', 'SENTENCE', date '2024-01-01' from nominal where ref = ?").param(inCustody).update();
            jdbc.sql("insert into expected_release (nominal_id, custody_from, expected_on, created_by, created_at, updated_by, updated_at) "
                    + "select id, date '2024-01-01', date '2026-06-15', 'test', now(), 'test', now() from nominal where ref = ?")
                    .param(inCustody).update();
            jdbc.sql("update category_span set recorded_at = timestamptz '2025-10-15 12:00 Europe/London' "
                    + "where nominal_id = (select id from nominal where ref = ?)").param(inCustody).update();
            // a restricted record the chair is named on and the co-ordinator is not
            jdbc.sql("update nominal set restricted = true where ref = ?").param(minutesLate).update();
            jdbc.sql("insert into restricted_access (nominal_id, username, named_by, named_at) "
                    + "select id, ?, 'test', now() from nominal where ref = ?").param(f.chair).param(minutesLate).update();
            jdbc.sql("update level_span set recorded_at = timestamptz '2025-12-16 09:00 Europe/London' "
                    + "where nominal_id = (select id from nominal where ref = ?)").param(inCustody).update();
        });
    }

    private long held(String ref, String day) {
        return jdbc.sql("""
                        insert into mapp_meeting (nominal_id, kind, level, starts_at, virtual, chair, status, created_by,
                            created_at, updated_by, updated_at)
                        select id, 'REVIEW', 2, (cast(? as date) + time '10:00'), true, 'chair', 'HELD', 'test', now(), 'test', now()
                        from nominal where ref = ? returning id""").param(LocalDate.parse(day)).param(ref)
                .query(Long.class).single();
    }

    private void invite(long meeting, long agency, String attendance) {
        jdbc.sql("insert into mapp_meeting_invitation (meeting_id, nominal_id, agency_id, attendance, created_by, created_at, "
                        + "updated_by, updated_at) select id, nominal_id, ?, ?, 'test', now(), 'test', now() from mapp_meeting where id = ?")
                .param(agency).param(attendance).param(meeting).update();
    }

    private void action(String ref, long meeting, String deadline, String state, String completed) {
        jdbc.sql("""
                        insert into mapp_action (nominal_id, meeting_id, description, agency_id, owner_name, deadline, status,
                            completion_note, completed_on, cancel_reason, created_by, created_at, updated_by, updated_at)
                        select id, ?, 'Home visit', ?, 'An officer', ?, ?, ?, ?, ?, 'test', now(), 'test', now()
                        from nominal where ref = ?""")
                .param(meeting).param(f.police).param(LocalDate.parse(deadline)).param(state)
                .param("COMPLETED".equals(state) ? "Done" : null)
                .param(completed == null ? null : LocalDate.parse(completed))
                .param("CANCELLED".equals(state) ? "No longer needed" : null).param(ref).update();
    }

    private void minutes(long meeting, String distributed) {
        jdbc.sql("""
                        insert into mapp_minutes (meeting_id, nominal_id, edition, status, meeting_date, level, chair,
                            approved_by, approved_at, distributed_by, distributed_at, created_by, created_at, updated_by, updated_at)
                        select id, nominal_id, 1, 'APPROVED', starts_at::date, 2, 'chair', 'chair', now(), 'coordinator',
                            (cast(? as date) + time '16:00') at time zone 'Europe/London', 'test', now(), 'test', now()
                        from mapp_meeting where id = ?""").param(LocalDate.parse(distributed)).param(meeting).update();
    }

    private void referral(String ref, String received, String decided) {
        jdbc.sql("""
                        insert into referral (nominal_id, category, referring_agency, referrer, index_offence, sentence,
                            hospital_detention, reason, level_asked, received_on, decision, decided_on, level_accepted,
                            coordinator, chair, created_by, created_at, updated_by, updated_at)
                        select id, 2, 'Police', 'test', 'Offence', '4 years', false, 'Reason', 2, ?, 'ACCEPTED', ?, 2,
                            'coordinator', 'chair', 'test', now(), 'test', now()
                        from nominal where ref = ?""")
                .param(LocalDate.parse(received)).param(LocalDate.parse(decided)).param(ref).update();
    }

    private Figure figure(Measure measure) {
        try (var counting = RowScope.forAggregateFigures()) {
            return Figure.of(measures.cases(measure, AREA, QUARTER, TODAY));
        }
    }

    private Map<String, Boolean> metByRef(Measure measure) {
        try (var counting = RowScope.forAggregateFigures()) {
            Map<String, Boolean> met = new java.util.HashMap<>();
            measures.cases(measure, AREA, QUARTER, TODAY).forEach(c -> met.put(c.ref() + ":" + c.group(), c.met()));
            return met;
        }
    }

    @Test
    void aReviewHeldOnItsDueDayIsInTimeAndADayLateIsNot() {
        assertThat(figure(Measure.MEETINGS_IN_TIME)).isEqualTo(new Figure(1, 2));
        assertThat(metByRef(Measure.MEETINGS_IN_TIME)).containsEntry(inTime + ":Level 2", true).containsEntry(late + ":Level 2", false)
                // the initial meetings of the minutes' people have no interval: listed, not counted
                .containsEntry(minutesOnTime + ":Level 2", null);
    }

    @Test
    void anActionCompletedOnItsDeadlineIsOnTimeTheDayAfterIsNotAndACancelledOneIsNotCounted() {
        assertThat(figure(Measure.ACTIONS_ON_TIME)).isEqualTo(new Figure(1, 2));
    }

    @Test
    void minutesOnTheTenthWorkingDayAcrossChristmasAreOnTimeAndOnTheEleventhLate() {
        assertThat(figure(Measure.MINUTES_ON_TIME)).isEqualTo(new Figure(1, 4));
        Map<String, Boolean> met = metByRef(Measure.MINUTES_ON_TIME);
        assertThat(met).containsEntry(minutesOnTime + ":null", true).containsEntry(minutesLate + ":null", false)
                // the reviews of October had no minutes at all: overdue long before today
                .containsEntry(inTime + ":null", false);
    }

    @Test
    void aReferralScreenedOnTheTenthWorkingDayIsInTimeAndOnTheEleventhIsNot() {
        assertThat(figure(Measure.REFERRALS_SCREENED)).isEqualTo(new Figure(1, 2));
    }

    @Test
    void aMilestoneMetOnItsDayCountsAndADayLateDoesNot() {
        Map<String, Boolean> met = metByRef(Measure.MILESTONES_MET);
        assertThat(met).containsEntry(inCustody + ":Identified as MAPPA-eligible", true)
                .containsEntry(inCustody + ":Level set", false);
        // the first meeting is due by 15 March 2026: not in this quarter
        assertThat(met).doesNotContainKey(inCustody + ":First level 2 or 3 meeting");
        assertThat(figure(Measure.MILESTONES_MET)).isEqualTo(new Figure(1, 2));
    }

    @Test
    void beforeADeadlinePassesNothingIsCountedAgainstIt() {
        try (var counting = RowScope.forAggregateFigures()) {
            // on 25 October the minutes of the review of 21 October (none distributed) are due by 4 November: not
            // counted yet; on 5 November they are late
            List<MeasuredCase> early = measures.cases(Measure.MINUTES_ON_TIME, AREA, QUARTER, LocalDate.of(2025, 10, 25));
            assertThat(early.stream().filter(c -> c.ref().equals(inTime)).findFirst().orElseThrow().met()).isNull();
            List<MeasuredCase> later = measures.cases(Measure.MINUTES_ON_TIME, AREA, QUARTER, LocalDate.of(2025, 11, 5));
            assertThat(later.stream().filter(c -> c.ref().equals(inTime)).findFirst().orElseThrow().met()).isFalse();
        }
    }

    @Test
    void attendanceByAgencyAtLevel2And3Meetings() {
        assertThat(figure(Measure.ATTENDANCE)).isEqualTo(new Figure(2, 4));
        try (var counting = RowScope.forAggregateFigures()) {
            List<MeasuredCase> invitations = measures.cases(Measure.ATTENDANCE, AREA, QUARTER, TODAY);
            assertThat(invitations).extracting(MeasuredCase::detail).containsExactlyInAnyOrder("Attended", "Attended",
                    "Apologies with a report", "Did not attend");
        }
    }

    @Test
    void thePopulationOnTheQuartersLastDayByWhereTheyAre() {
        BoardDashboard.Population p;
        try (var counting = RowScope.forAggregateFigures()) {
            p = dashboard.population(AREA, null, QUARTER.to());
        }
        assertThat(p.community()).isEqualTo(4);
        assertThat(p.custody()).isEqualTo(1);
        assertThat(p.by().get("Level").get("Level 2")).containsExactly(4, 1);
        assertThat(p.by().get("Age band").get("50 to 59")).containsExactly(4, 1); // born 1 January 1970: 55
        assertThat(p.by().get("Age band").get("18 to 20")).containsExactly(0, 0);
        assertThat(p.by().get("Gender").get("Male")).containsExactly(4, 1);
        assertThat(p.by().get("Ethnicity").get("Not recorded")).containsExactly(4, 1);
    }

    // ------------------------------------------------------------------------------------------------ the pages

    private String page(String username, Role role, int expected, String path, String... params) throws Exception {
        var request = get(path).with(user(username).roles(role.name()));
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aBoardMemberSeesTheFiguresMarkedOfficialButNeverTheCases() throws Exception {
        String body = page(BOARD, Role.BOARD_MEMBER, 200, "/performance", "year", "2025", "quarter", "3");
        assertThat(body).contains("October to December 2025").contains(">OFFICIAL<").doesNotContain("OFFICIAL-SENSITIVE");
        assertThat(body).contains("1 of 2"); // reviews in time, actions, referrals, milestones
        assertThat(body).doesNotContain("Intime").doesNotContain(inTime).doesNotContain("/performance/cases");
        page(BOARD, Role.BOARD_MEMBER, 403, "/performance/cases", "measure", "meetings-in-time", "year", "2025", "quarter", "3");
        assertThat(audited("PERFORMANCE_VIEWED", BOARD)).isPositive();
        assertThat(page(BOARD, Role.BOARD_MEMBER, 200, "/")).contains("href=\"/performance\"");
        assertThat(page(f.practitioner, Role.PRACTITIONER, 200, "/")).doesNotContain("href=\"/performance\"");
    }

    @Test
    void theVictimsMeasureSaysItIsNotRecordedNeverZero() throws Exception {
        String body = page(f.coordinator, Role.COORDINATOR, 200, "/performance", "year", "2025", "quarter", "3");
        String row = body.substring(body.indexOf("id=\"victims-contacted\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("Not recorded in MAPPA Hub yet").doesNotContain("0 of 0").doesNotContain("0%");
    }

    @Test
    void practitionersAndDtcRepresentativesAreRefused() throws Exception {
        page(f.practitioner, Role.PRACTITIONER, 403, "/performance");
        page(f.dtc, Role.DTC_REPRESENTATIVE, 403, "/performance");
        page(f.practitioner, Role.PRACTITIONER, 403, "/performance/cases", "measure", "meetings-in-time");
        page(f.dtc, Role.DTC_REPRESENTATIVE, 403, "/performance/cases", "measure", "meetings-in-time");
    }

    @Test
    void aCoordinatorDrillsIntoTheCasesAndEachPersonListedIsAuditedAsSeen() throws Exception {
        String body = page(f.coordinator, Role.COORDINATOR, 200, "/performance/cases", "measure", "meetings-in-time",
                "year", "2025", "quarter", "3", "period", "quarter");
        assertThat(body).contains(inTime).contains(late).contains("Held late").contains("OFFICIAL-SENSITIVE");
        assertThat(body).doesNotContain(inCustody); // no meeting of theirs in the quarter
        Long seen = TestUsers.asOperator(() -> jdbc.sql("select count(*) from audit_entry where action = 'VIEW_RECORD' "
                        + "and actor = ? and subject = ? and details like '%performance dashboard%'")
                .param(f.coordinator).param(late).query(Long.class).single());
        assertThat(seen).isPositive();
        assertThat(audited("PERFORMANCE_CASES_LISTED", f.coordinator)).isPositive();
        String chair = page(f.chair, Role.CHAIR, 200, "/performance/cases", "measure", "population", "year", "2025", "quarter", "3");
        assertThat(chair).contains(inCustody).contains("Custody");
    }

    @Test
    void badChoicesAreRefusedWithAMessage() throws Exception {
        assertThat(page(f.coordinator, Role.COORDINATOR, 400, "/performance", "quarter", "5"))
                .contains("Choose a quarter from 1 (April to June) to 4 (January to March)");
        assertThat(page(f.coordinator, Role.COORDINATOR, 400, "/performance", "year", "nineteen"))
                .contains("Enter a reporting year from");
        assertThat(page(f.coordinator, Role.COORDINATOR, 400, "/performance/cases", "measure", "zeroes"))
                .contains("Choose a measure of the dashboard");
    }

    @Test
    void oneBcuOrAnUnknownOne() throws Exception {
        String central = page(f.chair, Role.CHAIR, 200, "/performance", "year", "2025", "quarter", "3", "bcu", "Central");
        assertThat(central).contains("October to December 2025, Central").contains("/performance/cases");
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/performance-dashboard.html"), central);
        assertThat(page(f.chair, Role.CHAIR, 400, "/performance", "year", "2025", "quarter", "3", "bcu", "Nowhere"))
                .contains("Choose a BCU of your area&#39;s records, or the whole area");
    }

    @Test
    void theListRunsAsTheUserSoARestrictedRecordTheyAreNotNamedOnIsMissingThoughCounted() throws Exception {
        assertThat(figure(Measure.MINUTES_ON_TIME)).isEqualTo(new Figure(1, 4)); // counted whoever asks
        String coordinator = page(f.coordinator, Role.COORDINATOR, 200, "/performance/cases", "measure", "minutes-on-time",
                "year", "2025", "quarter", "3");
        assertThat(coordinator).contains(minutesOnTime).doesNotContain(minutesLate);
        String chair = page(f.chair, Role.CHAIR, 200, "/performance/cases", "measure", "minutes-on-time",
                "year", "2025", "quarter", "3");
        assertThat(chair).contains(minutesOnTime).contains(minutesLate).contains("Distributed 2025-12-31, late");
    }

    private long audited(String action, String actor) {
        return TestUsers.asOperator(() -> jdbc.sql("select count(*) from audit_entry where action = ? and actor = ?")
                .param(action).param(actor).query(Long.class).single());
    }
}
