package org.mappahub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The checker the generator's tests rely on finds each kind of broken record (so "no violations" means something). */
class McifInvariantsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);
    private static final String AREA = """
            {"recordType":"area","code":"LANCASHIRE","name":"Lancashire","bcus":["Western"]}""";
    private static final String GOOD = """
            {"recordType":"nominal","ref":"LAN-000001","area":"LANCASHIRE",
             "person":{"familyName":"SMITH","givenNames":["JOHN"],"dateOfBirth":"1970-01-31","pncId":"1999/0123456X"},
             "addresses":[{"type":"HOME","line1":"1 Any Street","town":"Preston","from":"2010-01-01","to":null}],
             "convictions":[{"date":"2012-05-01","offence":"Rape","offenceKind":"SEXUAL","disposal":"IMPRISONMENT",
                             "lengthMonths":72,"ageAtConviction":42}],
             "categories":[{"category":1,"from":"2012-05-01","to":null}],
             "levels":[{"level":1,"from":"2012-05-01","to":"2018-06-01"},{"level":2,"from":"2018-06-01","to":null}],
             "custody":[{"kind":"PRISON","reason":"SENTENCE","from":"2012-05-01","to":"2015-05-01"}]}""";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"1999/0123456X\"|\"1999/0123456A\"|PNC ID",
        "{\"level\":2,\"from\":\"2018-06-01\",\"to\":null}|{\"level\":2,\"from\":\"2018-07-01\",\"to\":null}|category without a level",
        "{\"level\":2,\"from\":\"2018-06-01\",\"to\":null}|{\"level\":2,\"from\":\"2018-05-01\",\"to\":null}|levels overlap",
        "\"category\":1,|\"category\":3,|category 3 at level 1",
        "\"ageAtConviction\":42|\"ageAtConviction\":40|ageAtConviction",
        "\"to\":\"2015-05-01\"|\"to\":\"2027-05-01\"|ends on or after today",
        "\"to\":\"2015-05-01\"|\"to\":\"2012-05-01\"|not after from",
        "\"from\":\"2010-01-01\"|\"from\":\"1975-01-01\"|tenth birthday",
        "\"disposal\":\"IMPRISONMENT\"|\"disposal\":\"FINE\"|lengthMonths with FINE",
        "\"offenceKind\":\"SEXUAL\"|\"offenceKind\":\"VIOLENT\"|category 1 without a sexual offence",
        "\"familyName\":\"SMITH\"|\"familyName\":\"Smith\"|upper case",
    })
    void findsTheBrokenRule(String from, String to, String expected) {
        assertThat(check(GOOD)).isEmpty();
        String broken = GOOD.replace(from, to);
        assertThat(broken).isNotEqualTo(GOOD);
        assertThat(check(broken)).anyMatch(p -> p.contains(expected));
    }

    private static List<String> check(String nominal) {
        JsonMapper json = JsonMapper.shared();
        List<JsonNode> lines = List.of(json.readTree(AREA), json.readTree(nominal.replace("\n", "")));
        return McifInvariants.violations(lines, TODAY);
    }
}
