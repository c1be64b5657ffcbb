package org.mappahub.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.mappahub.access.Agencies;
import org.mappahub.access.Role;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Area.PopulationEstimate;
import org.mappahub.nominal.Areas;

/**
 * The co-ordinator's population estimates page: a figure entered and corrected (audited before and after), bad input
 * and stale corrections refused with nothing changed, an imported figure corrected, and nobody else let in.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestAnnualReports.class)
class PopulationPagesTest {

    static final String AREA = "POPULATIONPAGES";
    static final String OTHER = "POPULATIONPAGES_OTHER";
    static final String COORDINATOR = "cy.population-coordinator";
    static final String OTHER_COORDINATOR = "olu.population-coordinator";
    static final String BOARD = "bo.population-board";

    @Autowired MockMvc mvc;
    @Autowired Areas areas;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;
    @Autowired PopulationEstimates estimates;

    @BeforeEach
    void areasWithAnImportedFigure() {
        TestUsers.asOperator(() -> {
            jdbc.sql("delete from area_population where area_code in (?, ?)").params(AREA, OTHER).update();
            areas.save(new Area(AREA, "Populationshire", List.of(), List.of(new PopulationEstimate(2017, 1_200_000))));
            areas.save(new Area(OTHER, "Otherpopulationshire", List.of(), List.of()));
            TestUsers placed = new TestUsers(users, agencies);
            placed.place(COORDINATOR, Role.COORDINATOR, AREA);
            placed.place(OTHER_COORDINATOR, Role.COORDINATOR, OTHER);
            placed.place(BOARD, Role.BOARD_MEMBER, AREA);
        });
    }

    @Test
    void theCoordinatorSeesTheKnownFiguresAndEntersANewOne() throws Exception {
        mvc.perform(get("/statistics/population").with(as(COORDINATOR, Role.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Populationshire")))
                .andExpect(content().string(containsString("1,200,000")))
                .andExpect(content().string(containsString("imported")));
        mvc.perform(form(COORDINATOR, "2018", "1,234,567", "0"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/statistics/population"));
        PopulationEstimates.Estimate saved = TestUsers.asOperator(() -> estimates.find(AREA, 2018).orElseThrow());
        assertThat(saved.aged10AndOver()).isEqualTo(1_234_567);
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.updatedBy()).isEqualTo(COORDINATOR);
        assertThat(audits()).anyMatch(d -> d.contains("\"midYear\":2018") && d.contains("\"before\":null")
                && d.contains("\"after\":1234567"));
        // The area record the statistics read sees it too.
        assertThat(TestUsers.asOperator(() -> areas.find(AREA).orElseThrow().population()))
                .contains(new PopulationEstimate(2018, 1_234_567));
    }

    @Test
    void anImportedFigureIsCorrectedFromItsVersionAndAuditedBeforeAndAfter() throws Exception {
        mvc.perform(get("/statistics/population").param("midYear", "2017").with(as(COORDINATOR, Role.COORDINATOR)))
                .andExpect(content().string(containsString("value=\"1200000\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        mvc.perform(form(COORDINATOR, "2017", "1210000", "1")).andExpect(status().is3xxRedirection());
        assertThat(TestUsers.asOperator(() -> estimates.find(AREA, 2017).orElseThrow().aged10AndOver())).isEqualTo(1_210_000);
        assertThat(audits()).anyMatch(d -> d.contains("\"before\":1200000") && d.contains("\"after\":1210000"));
    }

    @Test
    void badFiguresAndYearsAreRefusedWithTheFieldNamedAndNothingChanges() throws Exception {
        int before = audits().size();
        mvc.perform(form(COORDINATOR, "2018", "0", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#aged10AndOver\"")))
                .andExpect(content().string(containsString("as a whole number from 1 to 100,000,000")));
        mvc.perform(form(COORDINATOR, "2018", "12.5", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#aged10AndOver\"")));
        mvc.perform(form(COORDINATOR, "1850", "1000", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#midYear\"")))
                .andExpect(content().string(containsString("Enter a mid-year from 2001 to")));
        mvc.perform(form(COORDINATOR, "next year", "1000", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#midYear\"")))
                .andExpect(content().string(containsString("govuk-input--error")));
        assertThat(TestUsers.asOperator(() -> estimates.of(AREA))).hasSize(1);
        assertThat(audits()).hasSize(before);
    }

    @Test
    void aStaleCorrectionIsRefusedWith409AndShowsTheirFigure() throws Exception {
        TestUsers.asOperator(() -> estimates.record(AREA, 2017, 1_300_000, 1, "someone.else"));
        mvc.perform(form(COORDINATOR, "2017", "1250000", "1"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else entered or changed the figure")))
                .andExpect(content().string(containsString("value=\"1300000\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"2\"")));
        // A new figure for a mid-year that someone else has just entered is stale too.
        mvc.perform(form(COORDINATOR, "2017", "1250000", "0")).andExpect(status().isConflict());
        assertThat(TestUsers.asOperator(() -> estimates.find(AREA, 2017).orElseThrow().aged10AndOver())).isEqualTo(1_300_000);
    }

    @Test
    void onlyTheAreasOwnCoordinatorChangesItsFigures() throws Exception {
        mvc.perform(get("/statistics/population").with(as(BOARD, Role.BOARD_MEMBER))).andExpect(status().isForbidden());
        mvc.perform(form(BOARD, "2018", "1000", "0")).andExpect(status().isForbidden());
        // Another area's co-ordinator changes their own area whatever the request names.
        mvc.perform(form(OTHER_COORDINATOR, "2018", "5000", "0").param("area", AREA)).andExpect(status().is3xxRedirection());
        assertThat(TestUsers.asOperator(() -> estimates.find(AREA, 2018))).isEmpty();
        assertThat(TestUsers.asOperator(() -> estimates.find(OTHER, 2018).orElseThrow().aged10AndOver())).isEqualTo(5000);
    }

    private List<String> audits() {
        return TestUsers.asOperator(() -> jdbc.sql("""
                        select details from audit_entry where action = 'POPULATION_ESTIMATE_CHANGED' and subject = ?
                         order by id""").param("area:" + AREA).query(String.class).list());
    }

    private MockHttpServletRequestBuilder form(String username, String midYear, String figure, String version) {
        Role role = username.equals(BOARD) ? Role.BOARD_MEMBER : Role.COORDINATOR;
        return post("/statistics/population").with(as(username, role)).with(csrf())
                .param("midYear", midYear).param("aged10AndOver", figure).param("version", version);
    }

    private static RequestPostProcessor as(String username, Role role) {
        return user(username).roles(role.name());
    }
}
