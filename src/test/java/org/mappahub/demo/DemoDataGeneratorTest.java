package org.mappahub.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DemoDataGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);
    private static final JsonMapper JSON = JsonMapper.shared();

    /** The demo area as the first start of the application shows it. */
    private static final List<JsonNode> DEMO = parse(generate(DemoSpec.demoArea(TODAY)));

    @Test
    void theSameSpecGivesTheSameBytesAndAnotherSeedDifferentOnes() {
        DemoSpec spec = new DemoSpec(2, 1_500, 42L, TODAY);
        String once = generate(spec);
        assertThat(generate(spec)).isEqualTo(once);
        assertThat(generate(new DemoSpec(2, 1_500, 43L, TODAY))).isNotEqualTo(once);
        assertThat(generate(new DemoSpec(2, 1_500, 42L, TODAY.plusDays(1)))).isNotEqualTo(once);
    }

    @Test
    void theDemoAreaIsLancashireWithItsBcusPopulationAndTheAreasPeopleCameFrom() {
        JsonNode lancashire = DEMO.get(0);
        assertThat(lancashire.path("code").asString()).isEqualTo("LANCASHIRE");
        assertThat(lancashire.path("name").asString()).isEqualTo("Lancashire");
        assertThat(strings(lancashire.path("bcus"))).containsExactly("Eastern", "Southern", "Western", "Northern");
        assertThat(lancashire.path("population").size()).isGreaterThanOrEqualTo(5);
        for (JsonNode p : lancashire.path("population")) {
            assertThat(p.path("aged10AndOver").asLong()).isBetween(1_250_000L, 1_450_000L);
        }
        Set<String> declared = new HashSet<>();
        DEMO.stream().filter(l -> l.path("recordType").asString().equals("area"))
                .forEach(l -> declared.add(l.path("code").asString()));
        Set<String> usedInHistories = new HashSet<>();
        for (JsonNode n : nominals(DEMO)) {
            assertThat(n.path("area").asString()).isEqualTo("LANCASHIRE");
            n.path("areas").forEach(a -> usedInHistories.add(a.path("area").asString()));
        }
        assertThat(usedInHistories).contains("CUMBRIA").hasSizeGreaterThan(2);
        assertThat(declared).containsAll(usedInHistories);
        long transferred = nominals(DEMO).stream().filter(n -> n.path("areas").size() > 0).count();
        assertThat(transferred).isBetween(60L, 200L);
    }

    @Test
    void everyMcifRuleHoldsForTheDemoArea() {
        assertThat(McifInvariants.violations(DEMO, TODAY)).isEmpty();
        assertThat(nominals(DEMO)).hasSize(3_000);
        for (JsonNode n : nominals(DEMO)) {
            assertThat(n.path("ref").asString()).matches("LAN-\\d{6}");
        }
    }

    @ParameterizedTest
    @CsvSource({"1, 2026-04-01", "2, 2019-03-31", "3, 2012-06-01", "4, 2005-01-01", "5, 2001-01-01"})
    void everyMcifRuleHoldsForOtherSeedsAndDays(long seed, LocalDate today) {
        List<JsonNode> lines = parse(generate(new DemoSpec(3, 1_500, seed, today)));
        assertThat(McifInvariants.violations(lines, today)).isEmpty();
    }

    @Test
    void aPendingChargeNeverOpensARemandOverAnEarlierRecall() {
        // seed 7, 42 areas, 2026-11-23: line 17,793 had an open remand overlapping a recall (found by an import)
        List<JsonNode> lines = parse(generate(new DemoSpec(42, 20_000, 7L, LocalDate.of(2026, 11, 23))));
        assertThat(McifInvariants.violations(lines, LocalDate.of(2026, 11, 23))).isEmpty();
    }

    @Test
    void proportionsOnTheDayAreThoseOfARealArea() {
        int[] category = new int[4];
        int[] level = new int[4];
        int inCustody = 0;
        int inHospital = 0;
        int ended = 0;
        int shpo = 0;
        int category1 = 0;
        int levelledUpAndDown = 0;
        Map<String, Integer> reasons = new HashMap<>();
        for (JsonNode n : nominals(DEMO)) {
            int c = onDay(n.path("categories"), "category", TODAY);
            int l = onDay(n.path("levels"), "level", TODAY);
            category[c]++;
            level[l]++;
            if (c == 3) {
                assertThat(l).isIn(2, 3);
            }
            if (c == 0) {
                ended++;
            }
            for (JsonNode s : n.path("custody")) {
                if (s.path("to").isNull()) {
                    inCustody++;
                    reasons.merge(s.path("reason").asString(), 1, Integer::sum);
                    if (s.path("kind").asString().equals("HOSPITAL")) {
                        assertThat(s.path("reason").asString()).isEqualTo("HOSPITAL_ORDER");
                        inHospital++;
                    }
                }
            }
            if (c == 1) {
                category1++;
                for (JsonNode o : n.path("orders")) {
                    shpo += o.path("type").asString().equals("SHPO") ? 1 : 0;
                }
            }
            List<Integer> history = new ArrayList<>();
            n.path("levels").forEach(s -> history.add(s.path("level").asInt()));
            if (history.size() >= 3 && history.get(0) < history.get(1) && history.get(1) > history.get(2)) {
                levelledUpAndDown++;
            }
        }
        int managed = category[1] + category[2] + category[3];
        assertThat(100.0 * category[1] / managed).isBetween(68.0, 74.0);
        assertThat(100.0 * category[2] / managed).isBetween(25.0, 31.0);
        assertThat(category[3]).isBetween(10, 30);
        assertThat(100.0 * level[1] / managed).isBetween(98.0, 99.5);
        assertThat(level[2]).isBetween(30, 40);
        assertThat(level[3]).isBetween(3, 6);
        assertThat(ended).as("people whose eligibility ran out").isBetween(150, 350);
        assertThat(100.0 * inCustody / 3_000).isBetween(10.0, 15.0);
        assertThat(reasons.keySet()).contains("SENTENCE", "RECALL", "REMAND", "HOSPITAL_ORDER");
        assertThat(inHospital).isBetween(3, 40);
        assertThat(100.0 * shpo / category1).isBetween(11.0, 19.0);
        assertThat(levelledUpAndDown).as("people who went up a level and back").isGreaterThan(20);
    }

    @Test
    void ordersAndEventsOfEveryKindTheReportCountsAppear() {
        Map<String, Integer> orders = new HashMap<>();
        Map<String, Integer> events = new HashMap<>();
        int refused = 0;
        int interim = 0;
        int foreignTravel = 0;
        for (JsonNode n : nominals(parse(generate(new DemoSpec(1, 10_000, 11L, TODAY))))) {
            for (JsonNode o : n.path("orders")) {
                orders.merge(o.path("type").asString(), 1, Integer::sum);
                refused += o.path("refused").isNull() ? 0 : 1;
                interim += o.path("interim").isNull() ? 0 : 1;
                foreignTravel += o.path("foreignTravelRestriction").asBoolean(false) ? 1 : 0;
                if (!o.path("refused").isNull() && o.path("interim").isNull()) {
                    assertThat(o.path("from").isNull() && o.path("to").isNull()).isTrue();
                }
            }
            for (JsonNode e : n.path("events")) {
                String key = e.path("type").asString() + (e.has("outcome") ? "/" + e.path("outcome").asString() : "");
                events.merge(key, 1, Integer::sum);
            }
        }
        assertThat(orders).containsKeys("SHPO", "SOPO", "RESTRAINING_ORDER", "SRO", "NO");
        assertThat(refused).isPositive();
        assertThat(interim).isPositive();
        assertThat(foreignTravel).isPositive();
        assertThat(events).containsKeys("NOTIFICATION_BREACH/CONVICTED", "NOTIFICATION_BREACH/CAUTIONED",
                "NOTIFICATION_BREACH/NO_FURTHER_ACTION", "ORDER_BREACH/CONVICTED", "SFO_CHARGE/CONVICTED",
                "SFO_CHARGE/OTHER", "SFO_CHARGE/PENDING", "NOTIFICATION_REVOKED", "DISCLOSURE");
        assertThat(events.get("NOTIFICATION_REVOKED")).isLessThan(30);
    }

    @Test
    void namesComeInAPlausibleVariety() {
        Map<String, Integer> surnames = new HashMap<>();
        Set<String> given = new HashSet<>();
        Set<String> ethnicities = new HashSet<>();
        int aliases = 0;
        int aliasDatesOfBirth = 0;
        int male = 0;
        for (JsonNode n : nominals(DEMO)) {
            JsonNode p = n.path("person");
            surnames.merge(p.path("familyName").asString(), 1, Integer::sum);
            p.path("givenNames").forEach(g -> given.add(g.asString()));
            assertThat(p.path("givenNames").size()).isBetween(1, 3);
            ethnicities.add(p.path("ethnicity").asString(""));
            male += p.path("gender").asString().equals("MALE") ? 1 : 0;
            if (n.path("aliases").size() > 0) {
                aliases++;
                for (JsonNode a : n.path("aliases")) {
                    aliasDatesOfBirth += a.path("dateOfBirth").isNull() ? 0 : 1;
                }
            }
        }
        assertThat(surnames.size()).isGreaterThan(150);
        assertThat(given.size()).isGreaterThan(120);
        int smiths = surnames.getOrDefault("SMITH", 0);
        assertThat(smiths).isBetween(30, 200);
        assertThat(surnames.values().stream().mapToInt(Integer::intValue).max().orElseThrow()).isEqualTo(smiths);
        assertThat(surnames).containsKeys("JONES", "MURPHY", "CAMPBELL", "KHAN", "PATEL", "NOWAK");
        assertThat(surnames.keySet()).anyMatch(s -> s.contains("'")).anyMatch(s -> s.contains("-"));
        assertThat(ethnicities).hasSizeGreaterThan(14).contains("White: English/Welsh/Scottish/Northern Irish/British",
                "Asian/Asian British: Pakistani", "White: Any other White background");
        assertThat(100.0 * male / 3_000).isBetween(93.0, 98.0);
        assertThat(100.0 * aliases / 3_000).isBetween(11.0, 19.0);
        assertThat(aliasDatesOfBirth).isPositive();
    }

    @Test
    void pncIdsCarryTheCheckLetterOfTheSpecification() {
        assertThat(NominalLife.pncId(1999, 123456)).isEqualTo("1999/0123456X");
        long withPnc = nominals(DEMO).stream().filter(n -> n.path("person").has("pncId")).count();
        assertThat(withPnc).isGreaterThan(2_800);
        // Every one is checked against the application's own validator in McifInvariants.
        for (JsonNode n : nominals(DEMO)) {
            JsonNode p = n.path("person");
            if (p.has("crn")) {
                assertThat(p.path("crn").asString()).matches("[A-Z]\\d{6}");
            }
            if (p.has("prisonNumber")) {
                assertThat(p.path("prisonNumber").asString()).matches("[A-Z]\\d{4}[A-Z]{2}");
            }
        }
    }

    @Test
    void nominalsAreSpreadOverAreasByPopulationAndRefsCarryTheirPrefix() {
        DemoSpec spec = new DemoSpec(3, 10_000, 5L, TODAY);
        int[] perArea = DemoDataGenerator.nominalsPerArea(spec);
        assertThat(perArea).hasSize(3);
        assertThat(perArea[0] + perArea[1] + perArea[2]).isEqualTo(10_000);
        // Lancashire 1.51M, Avon and Somerset 1.73M, Bedfordshire 0.68M
        assertThat(perArea[1]).isGreaterThan(perArea[0]).isGreaterThan(2 * perArea[2]);
        List<JsonNode> lines = parse(generate(spec));
        List<String> codes = DemoDataGenerator.areaCodes(spec);
        assertThat(codes).startsWith("LANCASHIRE", "AVON_AND_SOMERSET", "BEDFORDSHIRE");
        for (int i = 0; i < codes.size(); i++) {
            assertThat(lines.get(i).path("code").asString()).isEqualTo(codes.get(i));
        }
        Map<String, Integer> byPrefix = new HashMap<>();
        String previous = "";
        for (JsonNode n : nominals(lines)) {
            String ref = n.path("ref").asString();
            byPrefix.merge(ref.substring(0, 3), 1, Integer::sum);
            if (ref.startsWith(previous.isEmpty() ? ref.substring(0, 3) : previous.substring(0, 3))) {
                assertThat(ref).isGreaterThan(previous);
            }
            previous = ref;
        }
        assertThat(byPrefix).containsEntry("LAN", perArea[0]).containsEntry("AVS", perArea[1])
                .containsEntry("BED", perArea[2]);
    }

    @Test
    void allFortyTwoAreasCanBeGenerated() {
        DemoSpec spec = new DemoSpec(42, 2_000, 1L, TODAY);
        List<JsonNode> lines = parse(generate(spec));
        assertThat(DemoDataGenerator.areaCodes(spec)).hasSize(42).doesNotHaveDuplicates();
        assertThat(McifInvariants.violations(lines, TODAY)).isEmpty();
    }

    @Test
    void progressIsToldAndEndsAtTheTotal() {
        AtomicLong last = new AtomicLong(-1);
        List<Long> calls = new ArrayList<>();
        generate(new DemoSpec(1, 1_000, 1L, TODAY), (written, total) -> {
            assertThat(total).isEqualTo(1_000);
            assertThat(written).isGreaterThanOrEqualTo(last.get());
            last.set(written);
            calls.add(written);
        });
        assertThat(calls).hasSizeGreaterThan(2).endsWith(1_000L);
    }

    @Test
    void badSpecsAreRefusedWithAReason() {
        assertThatThrownBy(() -> new DemoSpec(0, 10, 1L, TODAY)).hasMessageContaining("areas");
        assertThatThrownBy(() -> new DemoSpec(43, 10, 1L, TODAY)).hasMessageContaining("areas");
        assertThatThrownBy(() -> new DemoSpec(1, -1, 1L, TODAY)).hasMessageContaining("nominals");
        assertThatThrownBy(() -> generate(new DemoSpec(1, 1_000_000, 1L, TODAY)))
                .hasMessageContaining("999999");
    }

    @Test
    void zeroNominalsIsJustTheAreas() {
        List<JsonNode> lines = parse(generate(new DemoSpec(1, 0, 1L, TODAY)));
        assertThat(lines).isNotEmpty().allMatch(l -> l.path("recordType").asString().equals("area"));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    static String generate(DemoSpec spec) {
        return generate(spec, DemoProgress.NONE);
    }

    static String generate(DemoSpec spec, DemoProgress progress) {
        StringWriter out = new StringWriter();
        try {
            new DemoDataGenerator().write(spec, out, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static List<JsonNode> parse(String text) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            assertThat(line.length()).isLessThan(1 << 20);
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    static List<JsonNode> nominals(List<JsonNode> lines) {
        return lines.stream().filter(l -> l.path("recordType").asString().equals("nominal")).toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static int onDay(JsonNode spans, String field, LocalDate day) {
        for (JsonNode s : spans) {
            LocalDate from = LocalDate.parse(s.path("from").asString());
            boolean open = s.path("to").isNull() || s.path("to").isMissingNode();
            if (!day.isBefore(from) && (open || day.isBefore(LocalDate.parse(s.path("to").asString())))) {
                return s.path(field).asInt();
            }
        }
        return 0;
    }
}
