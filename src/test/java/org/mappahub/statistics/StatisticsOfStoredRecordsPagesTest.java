package org.mappahub.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import org.mappahub.access.Agencies;
import org.mappahub.access.Role;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.interchange.ImportProgress;
import org.mappahub.interchange.McifImport;

/**
 * The statistics pages with the real computation over stored records (no test figures): a board member, who may open
 * no record at all, still gets the figures that count every record of the area — the hand-written figures of the
 * level-changes dataset (src/test/resources/statistics/level-changes.md).
 */
@SpringBootTest
@AutoConfigureMockMvc
class StatisticsOfStoredRecordsPagesTest {

    static final String BOARD = "bo.levelshire-board";

    @Autowired MockMvc mvc;
    @Autowired McifImport imports;
    @Autowired Users users;
    @Autowired Agencies agencies;

    @BeforeEach
    void theLevelChangesDatasetAndABoardMember() throws Exception {
        TestUsers.asOperator(() -> {
            try (InputStream in = getClass().getResourceAsStream("/statistics/level-changes.jsonl")) {
                imports.importFile(in, "level-changes.jsonl", false, "test", ImportProgress.NONE);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (users.viewer(BOARD).isEmpty()) {
                new TestUsers(users, agencies).place(BOARD, Role.BOARD_MEMBER, "LEVELSHIRE");
            }
        });
    }

    @Test
    void aBoardMemberGetsTheFiguresOfEveryRecordOfTheArea() throws Exception {
        String csv = mvc.perform(get("/statistics/report.csv").param("area", "LEVELSHIRE").param("year", "2018")
                        .with(user(BOARD).roles(Role.BOARD_MEMBER.name())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        // eligibleOnSnapshot level 2 category 2 = 2; levels23YearTotal level 3 category 3 = 1 (the dataset's note)
        assertThat(lines).anyMatch(l -> l.startsWith(
                "1. MAPPA-eligible offenders on 31 March 2019,Level 2,Category 2: Violent offenders,2,"));
        assertThat(lines).anyMatch(l -> l.startsWith(
                "2. MAPPA-eligible offenders in Levels 2 and 3 by category (yearly total),Level 3,Category 3: Other dangerous offenders,1,"));
        // and the record itself stays closed to them
        mvc.perform(get("/nominals/LVL-000001").with(user(BOARD).roles(Role.BOARD_MEMBER.name())))
                .andExpect(status().is4xxClientError());
    }
}
