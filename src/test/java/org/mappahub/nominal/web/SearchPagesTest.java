package org.mappahub.nominal.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import org.mappahub.access.Agencies;
import org.mappahub.access.Role;
import org.mappahub.access.TestUsers;
import org.mappahub.access.Users;
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.NominalRecord.Alias;
import org.mappahub.nominal.NominalRecord.CategorySpan;
import org.mappahub.nominal.NominalRecord.LevelSpan;
import org.mappahub.nominal.NominalRecord.Person;
import org.mappahub.nominal.Nominals;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "sam.searcher", roles = "PRACTITIONER")
class SearchPagesTest {

    static final String AREA = "SEARCHWEB";

    @Autowired
    MockMvc mvc;
    @Autowired
    Nominals nominals;
    @Autowired
    Areas areas;

    @Autowired
    Users users;
    @Autowired
    Agencies agencies;

    @BeforeEach
    void people() {
        TestUsers.asOperator(this::storePeople);
    }

    private void storePeople() {
        if (areas.find(AREA).isPresent()) {
            return;
        }
        areas.save(new Area(AREA, "Searchshire", List.of(), List.of()));
        new TestUsers(users, agencies).place("sam.searcher", Role.PRACTITIONER, AREA);
        LocalDate longAgo = LocalDate.of(2015, 1, 1);
        nominals.insert(new NominalRecord(AREA + "-1", AREA, null,
                new Person("QUIGGINBOTHAM", List.of("Desmond"), LocalDate.of(1968, 5, 17), null, null, null, null, null),
                List.of(new Alias("ZABRISKIE", List.of("Dez"), null)), null, null, null,
                List.of(new CategorySpan(2, longAgo, null)), List.of(new LevelSpan(3, longAgo, null)),
                null, null, null), "test", false);
        // Enough people of one name for three pages.
        for (int i = 0; i < 45; i++) {
            nominals.insert(new NominalRecord(AREA + "-" + (100 + i), AREA, null,
                    new Person("VANTERPOOL", List.of("Person" + (char) ('A' + i % 26)), LocalDate.of(1960 + i, 1, 1),
                            null, null, null, null, null),
                    null, null, null, null, null, null, null, null, null), "test", false);
        }
    }

    @Test
    void aMisspeltNameFindsThePersonWithCategoryLevelAreaAndCustody() throws Exception {
        mvc.perform(get("/nominals").param("q", "Quigenbotham"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("OFFICIAL-SENSITIVE")))
                .andExpect(content().string(containsString("Desmond QUIGGINBOTHAM")))
                .andExpect(content().string(containsString("href=\"/nominals/" + AREA + "-1\"")))
                .andExpect(content().string(containsString("17 May 1968")))
                .andExpect(content().string(containsString("CAT 2 / LEVEL 3")))
                .andExpect(content().string(containsString("Searchshire")))
                .andExpect(content().string(containsString("In the community")));
    }

    @Test
    void aMatchOnAnAliasShowsTheAlias() throws Exception {
        mvc.perform(get("/nominals").param("q", "Zabriskie"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Desmond QUIGGINBOTHAM")))
                .andExpect(content().string(containsString("Also known as")))
                .andExpect(content().string(containsString("ZABRISKIE")));
    }

    @Test
    void noMatchSaysSo() throws Exception {
        mvc.perform(get("/nominals").param("q", "Xylophonica Brzęczyszczykiewicz"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No nominals match")))
                .andExpect(content().string(not(containsString("id=\"results\""))));
    }

    @Test
    void manyResultsArePaged() throws Exception {
        mvc.perform(get("/nominals").param("q", "Vanterpool"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("45 nominals match")))
                .andExpect(content().string(containsString("govuk-pagination")))
                .andExpect(content().string(containsString("Showing 1 to 20")))
                .andExpect(content().string(containsString("/nominals?q=Vanterpool&amp;page=2")));
        mvc.perform(get("/nominals").param("q", "Vanterpool").param("page", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Showing 41 to 45")))
                .andExpect(content().string(containsString("rel=\"prev\"")));
    }

    @Test
    void anEmptySearchShowsJustTheBox() throws Exception {
        mvc.perform(get("/nominals"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"q\"")))
                .andExpect(content().string(not(containsString("No nominals match"))));
    }
}
