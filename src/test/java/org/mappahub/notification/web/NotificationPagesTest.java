package org.mappahub.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.mappahub.access.Agencies;
import org.mappahub.access.CaseAccess;
import org.mappahub.access.MovableClock;
import org.mappahub.access.Role;
import org.mappahub.access.ShareBasis;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.NominalChanges;
import org.mappahub.nominal.NominalChanges.Identity;

/**
 * The notification page: an own-area practitioner records the requirement and a notification and sees the next
 * one due; a DTC representative of a shared case sees neither link nor page; another area's user is refused until
 * they state a reason, and then reads but does not record; a stale edit of the requirement is refused with a message.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class NotificationPagesTest {

    static final String HOME = "NOTIFPAGEHOME";
    static final String AWAY = "NOTIFPAGEAWAY";

    @Autowired MockMvc mvc;
    @Autowired Areas areas;
    @Autowired NominalChanges changes;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired CaseAccess caseAccess;
    @Autowired MovableClock clock;
    @Autowired JdbcClient jdbc;

    String ref;
    long dtcAgency;

    @BeforeEach
    void aPersonOfOurArea() {
        clock.set(LocalDate.of(2025, 7, 1).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        areas.save(new Area(HOME, "Pageshire", List.of(), List.of()));
        areas.save(new Area(AWAY, "Farshire", List.of(), List.of()));
        TestUsers placed = new TestUsers(users, agencies);
        placed.place("pia.practitioner", Role.PRACTITIONER, HOME);
        dtcAgency = placed.place("dan.dtc", Role.DTC_REPRESENTATIVE, HOME);
        placed.place("val.visitor", Role.PRACTITIONER, AWAY);
        ref = changes.create(HOME, new Identity("NOTIFPAGEPERSON", List.of("Nigel"), LocalDate.of(1985, 2, 2), null,
                null, null, null, null, null), "test");
    }

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
    }

    static RequestPostProcessor practitioner() {
        return user("pia.practitioner").roles("PRACTITIONER");
    }

    static RequestPostProcessor dtc() {
        return user("dan.dtc").roles("DTC_REPRESENTATIVE");
    }

    static RequestPostProcessor visitor() {
        return user("val.visitor").roles("PRACTITIONER");
    }

    @Test
    void anOwnAreaPractitionerRecordsANotificationAndSeesTheNextDue() throws Exception {
        mvc.perform(get("/nominals/" + ref).with(practitioner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/nominals/" + ref + "/notification")));
        mvc.perform(get("/nominals/" + ref + "/notification").with(practitioner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No notification requirement recorded")))
                .andExpect(content().string(containsString("Record a notification")));

        mvc.perform(post("/nominals/" + ref + "/notification/requirement").with(practitioner()).with(csrf())
                        .param("disposal", "IMPRISONMENT").param("lengthMonths", "12")
                        .param("convictionDay", "10").param("convictionMonth", "6").param("convictionYear", "2024"))
                .andExpect(redirectedUrl("/nominals/" + ref + "/notification"));
        mvc.perform(post("/nominals/" + ref + "/notifications").with(practitioner()).with(csrf())
                        .param("kind", "INITIAL").param("madeDay", "11").param("madeMonth", "7").param("madeYear", "2024"))
                .andExpect(redirectedUrl("/nominals/" + ref + "/notification"));

        mvc.perform(get("/nominals/" + ref + "/notification").with(practitioner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("10 years")))
                .andExpect(content().string(containsString("10 June 2034")))
                .andExpect(content().string(containsString("Initial notification")))
                .andExpect(content().string(containsString("11 July 2025")))
                .andExpect(content().string(containsString("Due in 10 days")));

        clock.set(LocalDate.of(2025, 7, 14).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        mvc.perform(get("/nominals/" + ref + "/notification").with(practitioner()))
                .andExpect(content().string(containsString("Overdue by 3 days")))
                .andExpect(content().string(containsString("govuk-tag--red")));
    }

    @Test
    void badInputComesBackWithTheErrorsAndChangesNothing() throws Exception {
        mvc.perform(post("/nominals/" + ref + "/notifications").with(practitioner()).with(csrf())
                        .param("madeDay", "31").param("madeMonth", "2").param("madeYear", "2024"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("must be a real date")))
                .andExpect(content().string(containsString("Select what the notification was for")));
        mvc.perform(post("/nominals/" + ref + "/notification/requirement").with(practitioner()).with(csrf())
                        .param("disposal", "IMPRISONMENT")
                        .param("convictionDay", "10").param("convictionMonth", "6").param("convictionYear", "2024"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("s.82")));
        mvc.perform(get("/nominals/" + ref + "/notification").with(practitioner()))
                .andExpect(content().string(containsString("No notification requirement recorded")))
                .andExpect(content().string(containsString("No notifications recorded")));
    }

    @Test
    void aDtcRepresentativeOfASharedCaseDoesNotSeeTheNotificationRecord() throws Exception {
        TestUsers.asOperator(() -> caseAccess.shareAs(ref, dtcAgency, ShareBasis.EXPLICIT, "Invited to the meeting",
                "operator:test"));
        mvc.perform(get("/nominals/" + ref).with(dtc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("NOTIFPAGEPERSON")))
                .andExpect(content().string(not(containsString("/nominals/" + ref + "/notification"))));
        mvc.perform(get("/nominals/" + ref + "/notification").with(dtc()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Next notification due"))));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ACCESS_REFUSED' and subject = ? and actor = 'dan.dtc'")
                .param(ref).query(Long.class).single()).isEqualTo(1);
        mvc.perform(post("/nominals/" + ref + "/notifications").with(dtc()).with(csrf())
                        .param("kind", "INITIAL").param("madeDay", "11").param("madeMonth", "7").param("madeYear", "2024"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anotherAreasUserIsRefusedUntilAReasonIsStatedAndThenOnlyReads() throws Exception {
        mvc.perform(get("/nominals/" + ref + "/notification").with(visitor()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("This record belongs to another area")))
                .andExpect(content().string(not(containsString("Next notification due"))));
        mvc.perform(post("/nominals/" + ref + "/reason").with(visitor()).with(csrf())
                        .param("reason", "Moving into our area next week; preparing the handover"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/nominals/" + ref + "/notification").with(visitor()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Next notification due")))
                .andExpect(content().string(containsString("another area")))
                .andExpect(content().string(not(containsString("Record a notification"))));
        mvc.perform(post("/nominals/" + ref + "/notifications").with(visitor()).with(csrf())
                        .param("kind", "INITIAL").param("madeDay", "11").param("madeMonth", "7").param("madeYear", "2024"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aStaleEditOfTheRequirementIsRefusedWithAClearMessage() throws Exception {
        mvc.perform(post("/nominals/" + ref + "/notification/requirement").with(practitioner()).with(csrf())
                        .param("disposal", "FINE")
                        .param("convictionDay", "10").param("convictionMonth", "6").param("convictionYear", "2024"))
                .andExpect(redirectedUrl("/nominals/" + ref + "/notification"));
        mvc.perform(post("/nominals/" + ref + "/notification/requirement").with(practitioner()).with(csrf())
                        .param("disposal", "CAUTION").param("version", "0")
                        .param("convictionDay", "10").param("convictionMonth", "6").param("convictionYear", "2024"))
                .andExpect(redirectedUrl("/nominals/" + ref + "/notification"));
        mvc.perform(post("/nominals/" + ref + "/notification/requirement").with(practitioner()).with(csrf())
                        .param("disposal", "LIFE").param("version", "0")
                        .param("convictionDay", "10").param("convictionMonth", "6").param("convictionYear", "2024"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed the notification requirement")))
                .andExpect(content().string(containsString("Caution")))
                .andExpect(content().string(containsString("2 years")));
    }

    @Test
    void theRecordPageShowsTheNextNotificationComingUpThenOverdue() throws Exception {
        mvc.perform(post("/nominals/" + ref + "/notification/requirement").with(practitioner()).with(csrf())
                        .param("disposal", "IMPRISONMENT").param("lengthMonths", "12")
                        .param("convictionDay", "10").param("convictionMonth", "6").param("convictionYear", "2024"))
                .andExpect(redirectedUrl("/nominals/" + ref + "/notification"));
        mvc.perform(post("/nominals/" + ref + "/notifications").with(practitioner()).with(csrf())
                        .param("kind", "INITIAL").param("madeDay", "11").param("madeMonth", "7").param("madeYear", "2024"))
                .andExpect(redirectedUrl("/nominals/" + ref + "/notification"));

        mvc.perform(get("/nominals/" + ref).with(practitioner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Coming up and overdue")))
                .andExpect(content().string(containsString("Due in 10 days")))
                .andExpect(content().string(containsString("Annual notification")))
                .andExpect(content().string(containsString("Until the end of 9 June 2034")));

        clock.set(LocalDate.of(2025, 7, 14).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        mvc.perform(get("/nominals/" + ref).with(practitioner()))
                .andExpect(content().string(containsString("Overdue by 3 days")))
                .andExpect(content().string(containsString("govuk-tag--red")));

        TestUsers.asOperator(() -> caseAccess.shareAs(ref, dtcAgency, ShareBasis.EXPLICIT, "Invited to the meeting",
                "operator:test"));
        mvc.perform(get("/nominals/" + ref).with(dtc()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Coming up and overdue"))))
                .andExpect(content().string(not(containsString("Current picture"))));
    }

    @Test
    void aBreachAndAnApplicationForReviewAreRecordedThroughTheirFormsAndALowRankIsRefused() throws Exception {
        mvc.perform(post("/nominals/" + ref + "/notification/requirement").with(practitioner()).with(csrf())
                        .param("disposal", "LIFE")
                        .param("convictionDay", "10").param("convictionMonth", "6").param("convictionYear", "2005"))
                .andExpect(redirectedUrl("/nominals/" + ref + "/notification"));
        mvc.perform(post("/nominals/" + ref + "/notifications").with(practitioner()).with(csrf())
                        .param("kind", "INITIAL").param("madeDay", "11").param("madeMonth", "6").param("madeYear", "2005"))
                .andExpect(redirectedUrl("/nominals/" + ref + "/notification"));
        mvc.perform(get("/nominals/" + ref + "/notification").with(practitioner()))
                .andExpect(content().string(containsString("No breaches recorded")))
                .andExpect(content().string(containsString("11 June 2020")))
                .andExpect(content().string(containsString("Record an application for review")));

        mvc.perform(get("/nominals/" + ref + "/notification/breach").with(practitioner()).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("How was the breach dealt with?")));
        mvc.perform(post("/nominals/" + ref + "/notification/breach").with(practitioner()).with(csrf())
                        .param("version", "0").param("breachDay", "1").param("breachMonth", "5").param("breachYear", "2025"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select how the breach was dealt with")));
        mvc.perform(post("/nominals/" + ref + "/notification/breach").with(practitioner()).with(csrf())
                        .param("version", "0").param("outcome", "PENDING")
                        .param("breachDay", "1").param("breachMonth", "5").param("breachYear", "2025"))
                .andExpect(redirectedUrl("/nominals/" + ref + "/notification"));
        mvc.perform(post("/nominals/" + ref + "/notification/breach").with(practitioner()).with(csrf())
                        .param("version", "0").param("outcome", "CAUTIONED")
                        .param("breachDay", "2").param("breachMonth", "5").param("breachYear", "2025"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this record")));

        mvc.perform(post("/nominals/" + ref + "/notification/reviews/new").with(practitioner()).with(csrf())
                        .param("appliedDay", "1").param("appliedMonth", "6").param("appliedYear", "2025"))
                .andExpect(redirectedUrl("/nominals/" + ref + "/notification"));
        long id = jdbc.sql("select max(id) from notification_review").query(Long.class).single();
        mvc.perform(post("/nominals/" + ref + "/notification/reviews/" + id + "/decision").with(practitioner()).with(csrf())
                        .param("version", "0").param("decision", "CONTINUED").param("decidedDay", "20")
                        .param("decidedMonth", "6").param("decidedYear", "2025").param("decidedBy", "DS Black")
                        .param("rank", "SERGEANT"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("rank of superintendent or above")));
        mvc.perform(post("/nominals/" + ref + "/notification/reviews/" + id + "/decision").with(practitioner()).with(csrf())
                        .param("version", "0").param("decision", "CONTINUED").param("decidedDay", "20")
                        .param("decidedMonth", "6").param("decidedYear", "2025").param("decidedBy", "Supt Black")
                        .param("rank", "SUPERINTENDENT"))
                .andExpect(redirectedUrl("/nominals/" + ref + "/notification"));
        mvc.perform(get("/nominals/" + ref + "/notification").with(practitioner()))
                .andExpect(content().string(containsString("Pending")))
                .andExpect(content().string(containsString("Requirements continue on 20 June 2025")))
                .andExpect(content().string(containsString("Supt Black, Superintendent")))
                .andExpect(content().string(containsString("20 June 2033")));
    }

    @Test
    void aNotificationRecordedWithAMistakeIsCorrectedAndAStaleCorrectionIsRefused() throws Exception {
        mvc.perform(post("/nominals/" + ref + "/notification/requirement").with(practitioner()).with(csrf())
                        .param("disposal", "FINE")
                        .param("convictionDay", "10").param("convictionMonth", "6").param("convictionYear", "2024"))
                .andExpect(redirectedUrl("/nominals/" + ref + "/notification"));
        mvc.perform(post("/nominals/" + ref + "/notifications").with(practitioner()).with(csrf())
                        .param("kind", "TRAVEL").param("madeDay", "11").param("madeMonth", "7").param("madeYear", "2024"))
                .andExpect(redirectedUrl("/nominals/" + ref + "/notification"));
        long id = TestUsers.asOperator(() -> jdbc.sql("select n.id from notification n join nominal p on p.id = n.nominal_id"
                + " where p.ref = ?").param(ref).query(Long.class).single());
        mvc.perform(get("/nominals/" + ref + "/notification").with(practitioner()))
                .andExpect(content().string(containsString("/nominals/" + ref + "/notifications/" + id)));
        mvc.perform(get("/nominals/" + ref + "/notifications/" + id).with(practitioner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Correct a notification")))
                .andExpect(content().string(containsString("OFFICIAL-SENSITIVE")));

        // a date before the requirement began is refused, and nothing changes
        mvc.perform(post("/nominals/" + ref + "/notifications/" + id).with(practitioner()).with(csrf())
                        .param("kind", "INITIAL").param("madeDay", "1").param("madeMonth", "1").param("madeYear", "2024")
                        .param("version", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("on or after the requirement began")));
        mvc.perform(post("/nominals/" + ref + "/notifications/" + id).with(practitioner()).with(csrf())
                        .param("kind", "INITIAL").param("madeDay", "12").param("madeMonth", "6").param("madeYear", "2024")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/nominals/" + ref + "/notification"));
        // the annual notification now runs from the corrected date
        mvc.perform(get("/nominals/" + ref + "/notification").with(practitioner()))
                .andExpect(content().string(containsString("12 June 2025")))
                .andExpect(content().string(containsString("Overdue by 19 days")));

        mvc.perform(post("/nominals/" + ref + "/notifications/" + id).with(practitioner()).with(csrf())
                        .param("kind", "PERIODIC").param("madeDay", "13").param("madeMonth", "6").param("madeYear", "2024")
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else corrected this notification")))
                .andExpect(content().string(containsString("Periodic")));
        assertThat(TestUsers.asOperator(() -> jdbc.sql("select made_on from notification where id = ?").param(id)
                .query(LocalDate.class).single())).isEqualTo(LocalDate.of(2024, 6, 12));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CHANGE' and subject = ?"
                + " and details like '%2024-07-11%2024-06-12%'").param(ref).query(Long.class).single()).isEqualTo(1);

        mvc.perform(get("/nominals/" + ref + "/notifications/" + id).with(dtc())).andExpect(status().isForbidden());
        mvc.perform(get("/nominals/" + ref + "/notifications/999999").with(practitioner())).andExpect(status().isNotFound());
    }
}
