package org.mappahub.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.mappahub.access.AgencyType;
import org.mappahub.access.Agencies;
import org.mappahub.access.Role;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.NominalRecord.AreaSpan;
import org.mappahub.nominal.NominalRecord.CategorySpan;
import org.mappahub.nominal.NominalRecord.Gender;
import org.mappahub.nominal.NominalRecord.LevelSpan;
import org.mappahub.nominal.NominalRecord.Person;
import org.mappahub.nominal.Nominals;
import org.mappahub.rules.ReportingYears;

/**
 * The annual statistics page and its charts, CSV and PDF: the layout of each era with the figures the test gives,
 * the OFFICIAL marking, and who sees them (board members, co-ordinators and chairs; own area and national only).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestAnnualReports.class)
class StatisticsPagesTest {

    static final String AREA = "STATSPAGES";
    static final String OTHER = "STATSPAGES_OTHER";
    static final String BOARD = "bea.stats-board";
    static final String COORDINATOR = "cai.stats-coordinator";
    static final String CHAIR = "cho.stats-chair";
    static final String PRACTITIONER = "pip.stats-practitioner";
    static final String DTC = "dot.stats-dtc";

    @Autowired MockMvc mvc;
    @Autowired Areas areas;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired Nominals nominals;
    @Autowired JdbcClient jdbc;
    @Autowired java.time.Clock clock;
    @Autowired StatisticsDocuments documents;

    @BeforeEach
    void areasAndPeople() {
        TestUsers.asOperator(() -> {
            areas.save(new Area(AREA, "Statshire", List.of("Northern", "Southern"), List.of()));
            areas.save(new Area(OTHER, "Otherstatshire", List.of(), List.of()));
            TestUsers placed = new TestUsers(users, agencies);
            placed.place(BOARD, Role.BOARD_MEMBER, AREA);
            placed.place(COORDINATOR, Role.COORDINATOR, AREA);
            placed.place(CHAIR, Role.CHAIR, AREA);
            placed.place(PRACTITIONER, Role.PRACTITIONER, AREA);
            placed.place(DTC, Role.DTC_REPRESENTATIVE, AREA, AgencyType.CHILDRENS_SERVICES);
        });
    }

    @Test
    void aBoardMemberSeesTheirAreasLastCompleteYearMarkedOfficialWithEveryTableAndTheNotes() throws Exception {
        int year = ReportingYears.lastComplete(LocalDate.now(clock));
        String page = mvc.perform(get("/statistics").with(as(BOARD, Role.BOARD_MEMBER)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("app-protective-marking__text\">OFFICIAL<").doesNotContain("OFFICIAL-SENSITIVE");
        assertThat(page).contains("Statshire", "1 April " + year + " to 31 March " + (year + 1),
                "MAPPA-eligible offenders on 31 March " + (year + 1), "Breach of SHPO", "11. Explanatory notes");
        assertThat(page).contains("Produced").contains(StatisticsDocuments.DAY.format(LocalDate.now(clock)));
        // Tables 1 to 10 in order.
        int at = 0;
        for (String heading : List.of("1. MAPPA-eligible", "2. MAPPA-eligible", "3. RSOs cautioned", "4. RSOs who",
                "5. Restrictive orders", "6. Number of people", "7. Level 2 and 3", "8. Serious further",
                "9. Total number", "10. Registered sexual offenders by BCU")) {
            int next = page.indexOf(heading, at);
            assertThat(next).as(heading).isGreaterThan(at);
            at = next;
        }
        // Level 1 × Category 3 is a dash; Level 2 × Category 1 is 21 with last year's 11 and the change.
        assertThat(page).contains("<span class=\"app-statistic\">–</span>");
        assertThat(page).contains("<span class=\"app-statistic\">21</span>")
                .contains("last year 11, +90.91%");
        // The page's total of table 1: 620 + 21 + 22 + 23 + 24 + 25 + 26.
        assertThat(page).contains("<span class=\"app-statistic\">761</span>");
        // The charts are images from this origin, with alternative text, and the downloads are linked.
        assertThat(page).contains("src=\"/statistics/charts/1.svg?area=" + AREA + "&amp;year=" + year + "\"")
                .contains("/statistics/charts/2.svg", "/statistics/charts/7.svg").doesNotContain("charts/3.svg")
                .contains("alt=\"Bar chart of table 1")
                .contains("/statistics/report.csv?area=" + AREA + "&amp;year=" + year)
                .contains("/statistics/report.pdf?area=" + AREA + "&amp;year=" + year);
        assertThat(page).doesNotContain("<svg role=\"img\"");
        assertThat(audits("statistics:" + AREA + ":" + year, BOARD)).anyMatch(d -> d.contains("\"format\":\"page\""));
    }

    @Test
    void aYearBefore2015HasTheLegacyLayout() throws Exception {
        mvc.perform(get("/statistics").param("year", "2012").with(as(CHAIR, Role.CHAIR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SOPOs")))
                .andExpect(content().string(containsString("FTOs")))
                .andExpect(content().string(containsString("Breach of SOPO")))
                .andExpect(content().string(not(containsString("Breach of SHPO"))))
                .andExpect(content().string(not(containsString("6. Number of people"))))
                .andExpect(content().string(containsString("MAPPA-eligible offenders on 31 March 2013")));
    }

    @Test
    void theNationalFiguresAreOpenToTheBoardButAnotherAreasAreNot() throws Exception {
        mvc.perform(get("/statistics").param("area", "NATIONAL").param("year", "2018").with(as(BOARD, Role.BOARD_MEMBER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("England and Wales")));
        mvc.perform(get("/statistics").param("area", OTHER).param("year", "2018").with(as(BOARD, Role.BOARD_MEMBER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/statistics/report.csv").param("area", OTHER).param("year", "2018").with(as(COORDINATOR, Role.COORDINATOR)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/statistics/charts/1.svg").param("area", OTHER).with(as(CHAIR, Role.CHAIR)))
                .andExpect(status().isForbidden());
        assertThat(audits("statistics:" + OTHER + ":2018", BOARD)).isEmpty();
    }

    @Test
    void aBoardMemberReadsNoRecordAndPractitionersAndDtcRepresentativesSeeNoStatistics() throws Exception {
        String ref = TestUsers.asOperator(() -> {
            String made = nominals.newRef(AREA);
            nominals.insert(new NominalRecord(made, AREA, "Northern",
                    new Person("STATSPERSON", List.of("Test"), LocalDate.of(1970, 1, 1), Gender.MALE, null, null, null, null),
                    List.of(), List.of(), List.of(new AreaSpan(AREA, LocalDate.of(2020, 1, 1), null)), List.of(),
                    List.of(new CategorySpan(1, LocalDate.of(2020, 1, 1), null)),
                    List.of(new LevelSpan(1, LocalDate.of(2020, 1, 1), null)), null, null, null), "operator:test", false);
            return made;
        });
        mvc.perform(get("/nominals/" + ref).with(as(BOARD, Role.BOARD_MEMBER))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/nominals/" + ref).with(as(BOARD, Role.BOARD_MEMBER))).andExpect(status().isForbidden());
        mvc.perform(get("/nominals").param("q", "STATSPERSON").with(as(BOARD, Role.BOARD_MEMBER))).andExpect(status().isForbidden());
        for (String path : List.of("/statistics", "/statistics/report.csv", "/statistics/report.pdf", "/statistics/charts/1.svg")) {
            mvc.perform(get(path).with(as(PRACTITIONER, Role.PRACTITIONER))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(as(DTC, Role.DTC_REPRESENTATIVE))).andExpect(status().isForbidden());
            mvc.perform(get(path)).andExpect(status().is3xxRedirection());
        }
        // The start page links the statistics for the board, and not for a practitioner.
        mvc.perform(get("/").with(as(BOARD, Role.BOARD_MEMBER)))
                .andExpect(content().string(containsString("href=\"/statistics\"")))
                .andExpect(content().string(not(containsString("href=\"/nominals/new\""))));
        mvc.perform(get("/").with(as(PRACTITIONER, Role.PRACTITIONER)))
                .andExpect(content().string(not(containsString("href=\"/statistics\""))));
    }

    @Test
    void aYearThatIsNotCompleteOrNoYearIsRefusedWithTheFieldNamed() throws Exception {
        int next = ReportingYears.lastComplete(LocalDate.now(clock)) + 1;
        for (String year : List.of(String.valueOf(next), "2000", "last year")) {
            mvc.perform(get("/statistics").param("year", year).with(as(COORDINATOR, Role.COORDINATOR)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("There is a problem")))
                    .andExpect(content().string(containsString("href=\"#year\"")))
                    .andExpect(content().string(containsString("Enter a reporting year from 2001 to " + (next - 1))));
        }
        mvc.perform(get("/statistics/report.csv").param("year", String.valueOf(next)).with(as(COORDINATOR, Role.COORDINATOR)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theChartIsSvgUnderItsOwnPolicyWithItsTitle() throws Exception {
        var response = mvc.perform(get("/statistics/charts/7.svg").param("area", AREA).param("year", "2018")
                        .with(as(BOARD, Role.BOARD_MEMBER)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("image/svg+xml")))
                .andExpect(header().string("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'"))
                .andReturn().getResponse();
        String svg = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(svg).contains("<title id=\"table-7-chart-title\">Chart of table 7: Level 2 and 3 offenders returned to custody, Statshire, 2018 to 2019</title>")
                .contains("Breach of licence, Level 2").contains("Breach of SHPO, Level 3").doesNotContain("<script");
        mvc.perform(get("/statistics/charts/3.svg").param("year", "2018").with(as(BOARD, Role.BOARD_MEMBER)))
                .andExpect(status().isNotFound());
        assertThat(audits("statistics:" + AREA + ":2018", BOARD)).anyMatch(d -> d.contains("\"format\":\"chart 7\""));
    }

    @Test
    void theCsvHasOneLinePerCellWithLastYearAndTheChange() throws Exception {
        String csv = mvc.perform(get("/statistics/report.csv").param("year", "2018").with(as(COORDINATOR, Role.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("mappa-statistics-" + AREA + "-2018.csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("table,row,column,this year,last year,change");
        assertThat(lines).contains(
                "1. MAPPA-eligible offenders on 31 March 2019,Level 2,Category 1: Registered sexual offenders,21,11,90.91",
                "1. MAPPA-eligible offenders on 31 March 2019,Level 1,Category 3: Other dangerous offenders,–,–,",
                "1. MAPPA-eligible offenders on 31 March 2019,Total,Total,761,681,11.75",
                "7. Level 2 and 3 offenders returned to custody,Breach of SHPO: Level 3,Category 1: Registered sexual offenders,78,68,14.71",
                "\"9. Total number of registered sexual offenders per 100,000 population\",\"RSOs per 100,000 population\",Rate,95,80,18.75",
                "10. Registered sexual offenders by BCU,Total,Number,520,500,4");
        // One line per cell: 4×4 + 3×4 + 1 + 1 + 3×3 + 1 + (3×4)×2 + (3 + 3) + 1 + 3 = 74 cells in the SHPO era.
        assertThat(lines).hasSize(1 + 74);
        assertThat(audits("statistics:" + AREA + ":2018", COORDINATOR)).anyMatch(d -> d.contains("\"format\":\"csv\""));
    }

    @Test
    void thePdfCarriesTheMarkingOnEveryPageTheHeadingsAndTheFigures() throws Exception {
        byte[] pdf = mvc.perform(get("/statistics/report.pdf").param("area", "NATIONAL").param("year", "2018")
                        .with(as(CHAIR, Role.CHAIR)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            String all = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(all).contains("Annual MAPPA statistics: England and Wales, 2018 to 2019",
                    "MAPPA-eligible offenders on 31 March 2019", "Serious further offences", "Explanatory notes",
                    "Breach of SHPO", "761", "+90.91%");
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document).replaceAll("\\s+", " ");
                assertThat(text).as("page " + page).contains("OFFICIAL").contains("England and Wales")
                        .contains("2018 to 2019").doesNotContain("OFFICIAL-SENSITIVE");
            }
        }
        assertThat(audits("statistics:NATIONAL:2018", CHAIR)).anyMatch(d -> d.contains("\"format\":\"pdf\""));
    }

    @Test
    void theHtmlDocumentForTheCommandStandsAloneWithItsChartsInline() {
        String html = documents.html(Figures.report(AREA, 2012));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>Annual MAPPA statistics: Statshire, 2012 to 2013</title>")
                .contains("<p class=\"app-protective-marking__text\">OFFICIAL</p>")
                .contains("<svg role=\"img\" aria-labelledby=\"table-1-chart-title table-1-chart-desc\"")
                .contains("table-2-chart-title", "table-7-chart-title", "Breach of SOPO", "FTOs")
                .doesNotContain("<img", "/statistics/charts/", "<script");
    }

    private List<String> audits(String subject, String actor) {
        return TestUsers.asOperator(() -> jdbc.sql("""
                        select details from audit_entry where action = 'STATISTICS_VIEWED' and subject = ? and actor = ?""")
                .params(subject, actor).query(String.class).list());
    }

    private static RequestPostProcessor as(String username, Role role) {
        return user(username).roles(role.name());
    }
}
