package org.mappahub.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.mappahub.nominal.Areas;
import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.Nominals;
import org.mappahub.nominal.StoredNominal;

/** Importing and exporting whole files: idempotence, conflicts, partial mode, gzip, round trips. */
@SpringBootTest
class McifImportExportTest {

    static final String ACTOR = "operator:root (mappa import test.jsonl)";
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Autowired McifImport importer;
    @Autowired McifExport exporter;
    @Autowired Nominals nominals;
    @Autowired Areas areas;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    static String text(String resource) throws IOException {
        return Files.readString(McifValidationTest.resource(resource));
    }

    /** valid-full.jsonl with its area codes and refs renamed, so each test has records of its own. */
    static String variant(String prefix) throws IOException {
        return text("valid-full.jsonl").replace("VF_", prefix + "_").replace("VF-", prefix + "-");
    }

    ImportSummary importText(String content, String name, boolean partial, String actor) throws IOException {
        return importer.importFile(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), name, partial,
                actor, ImportProgress.NONE);
    }

    String export(String area) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(area, out, ACTOR, ExportProgress.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Each line parsed, with null-valued fields removed (MCIF/1: absent and null are the same). */
    static List<JsonNode> trees(String content) {
        List<JsonNode> trees = new ArrayList<>();
        for (String line : content.split("\n")) {
            if (!line.isBlank()) {
                trees.add(withoutNulls(MAPPER.readTree(line)));
            }
        }
        return trees;
    }

    static JsonNode withoutNulls(JsonNode node) {
        if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            List<String> nulls = o.properties().stream().filter(e -> e.getValue().isNull()).map(Map.Entry::getKey).toList();
            nulls.forEach(o::remove);
            o.properties().forEach(e -> withoutNulls(e.getValue()));
        } else if (node.isArray()) {
            node.forEach(McifImportExportTest::withoutNulls);
        }
        return node;
    }

    @Test
    void importThenExportReproducesTheFile() throws IOException {
        String file = variant("IE");
        ImportSummary summary = importText(file, "ie.jsonl", false, ACTOR);

        assertThat(summary.errors()).isEmpty();
        assertThat(summary.ok()).isTrue();
        assertThat(summary.areasCreated()).isEqualTo(2);
        assertThat(summary.nominalsCreated()).isEqualTo(3);
        assertThat(summary.storedRefs()).containsExactly("IE-000001", "IE-000002", "IE-000003");
        assertThat(trees(export("IE_LANCASHIRE"))).containsExactlyElementsOf(trees(file));

        StoredNominal stored = nominals.findByRef("IE-000001").orElseThrow();
        assertThat(stored.record().categories().get(0).provenance().recordedBy()).isEqualTo(ACTOR);
        assertThat(stored.record().levels()).allSatisfy(l -> assertThat(l.provenance().recordedBy()).isEqualTo(ACTOR));
        assertThat(stored.changedSinceImport()).isFalse();
        assertThat(nominals.findByRef("IE-000003").orElseThrow().record().person().familyName()).isEqualTo("o'brien");
    }

    @Test
    void reimportingTheSameFileChangesNothing() throws IOException {
        String file = variant("ID");
        importText(file, "id.jsonl", false, ACTOR);
        StoredNominal before = nominals.findByRef("ID-000001").orElseThrow();
        Map<String, Long> rowsBefore = McifValidationTest.rowCounts(jdbc);

        ImportSummary again = importText(file, "id.jsonl", false, "operator:someone-else");

        assertThat(again.ok()).isTrue();
        assertThat(again.areasUnchanged()).isEqualTo(2);
        assertThat(again.nominalsUnchanged()).isEqualTo(3);
        assertThat(again.areasCreated() + again.areasReplaced()).isZero();
        assertThat(again.nominalsCreated() + again.nominalsReplaced()).isZero();
        StoredNominal after = nominals.findByRef("ID-000001").orElseThrow();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.updatedAt()).isEqualTo(before.updatedAt());
        assertThat(after.updatedBy()).isEqualTo(ACTOR);
        assertThat(McifValidationTest.rowCounts(jdbc)).isEqualTo(rowsBefore);
    }

    @Test
    void aChangedLineReplacesTheRecordAsOneUnitKeepingWhoRecordedUnchangedSpans() throws IOException {
        importText(variant("RP"), "rp.jsonl", false, ACTOR);
        StoredNominal before = nominals.findByRef("RP-000002").orElseThrow();
        String changed = variant("RP").replace("\"JONES\"", "\"JONES-SMITH\"")
                .replace("{\"level\":2,\"from\":\"2018-01-01\"}",
                        "{\"level\":2,\"from\":\"2018-01-01\",\"to\":\"2020-01-01\"},{\"level\":3,\"from\":\"2020-01-01\"}");

        ImportSummary summary = importText(changed, "rp2.jsonl", false, "operator:second");

        assertThat(summary.errors()).isEmpty();
        assertThat(summary.nominalsReplaced()).isEqualTo(1);
        assertThat(summary.nominalsUnchanged()).isEqualTo(2);
        StoredNominal after = nominals.findByRef("RP-000002").orElseThrow();
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.changedSinceImport()).isFalse();
        assertThat(after.record().person().familyName()).isEqualTo("JONES-SMITH");
        assertThat(after.record().levels()).extracting(NominalRecord.LevelSpan::level).containsExactly(1, 3, 2, 3);
        assertThat(after.record().levels().get(0).provenance()).isEqualTo(before.record().levels().get(0).provenance());
        assertThat(after.record().levels().get(3).provenance().recordedBy()).isEqualTo("operator:second");
        assertThat(after.updatedBy()).isEqualTo("operator:second");
    }

    @Test
    void aRecordChangedInTheApplicationIsNotOverwrittenAndNothingIsStored() throws IOException {
        importText(variant("CF"), "cf.jsonl", false, ACTOR);
        StoredNominal imported = nominals.findByRef("CF-000002").orElseThrow();
        nominals.replace(imported.id(), imported.record(), imported.version(), "alice", false);
        StoredNominal edited = nominals.findByRef("CF-000002").orElseThrow();
        String changed = variant("CF").replace("\"JONES\"", "\"JONES-2\"").replace("\"SMITH\"", "\"SMITH-2\"");
        Map<String, Long> rowsBefore = McifValidationTest.rowCounts(jdbc);

        ImportSummary summary = importText(changed, "cf2.jsonl", false, ACTOR);

        assertThat(summary.ok()).isFalse();
        assertThat(summary.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.field()).isEqualTo("ref");
            assertThat(e.reason()).contains("conflict", "alice", edited.updatedAt().toString());
        });
        assertThat(McifValidationTest.rowCounts(jdbc)).isEqualTo(rowsBefore);
        assertThat(nominals.findByRef("CF-000002").orElseThrow()).isEqualTo(edited);
        assertThat(nominals.findByRef("CF-000001").orElseThrow().record().person().familyName()).isEqualTo("SMITH");

        ImportSummary partial = importText(changed, "cf2.jsonl", true, ACTOR);
        assertThat(partial.errors()).extracting(ImportError::line).containsExactly(4L);
        assertThat(partial.storedRefs()).containsExactly("CF-000001", "CF-000003");
        assertThat(partial.nominalsReplaced()).isEqualTo(1);
        assertThat(nominals.findByRef("CF-000001").orElseThrow().record().person().familyName()).isEqualTo("SMITH-2");
        assertThat(nominals.findByRef("CF-000002").orElseThrow()).isEqualTo(edited);
    }

    @Test
    void partialModeStoresTheValidLinesAndSaysWhich() throws IOException {
        Map<String, Long> rowsBefore = McifValidationTest.rowCounts(jdbc);
        ImportSummary all = importer.importFile(McifValidationTest.resource("partial.jsonl"), false, ACTOR, ImportProgress.NONE);
        assertThat(all.errors()).extracting(ImportError::line).containsExactly(3L, 5L, 6L);
        assertThat(McifValidationTest.rowCounts(jdbc)).isEqualTo(rowsBefore);

        ImportSummary summary = importer.importFile(McifValidationTest.resource("partial.jsonl"), true, ACTOR, ImportProgress.NONE);

        assertThat(summary.ok()).isFalse();
        assertThat(summary.storedRefs()).containsExactly("PT-000001", "PT-000003");
        assertThat(summary.areasCreated()).isEqualTo(1);
        assertThat(summary.nominalsCreated()).isEqualTo(2);
        assertThat(summary.errors()).extracting(ImportError::line, ImportError::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "categories[1]"),
                        org.assertj.core.groups.Tuple.tuple(5L, "ref"),
                        org.assertj.core.groups.Tuple.tuple(6L, "area"));
        assertThat(summary.errors().get(1).reason()).contains("line 2");
        assertThat(nominals.findByRef("PT-000001").orElseThrow().record().person().familyName()).isEqualTo("FIRST");
        assertThat(nominals.exists("PT-000002")).isFalse();
    }

    @Test
    void importsGzipAndExportsGzip() throws IOException {
        List<Long> progress = new ArrayList<>();
        ImportSummary summary = importer.importFile(McifValidationTest.resource("valid-gzip.jsonl.gz"), false, ACTOR,
                (done, bytes, total) -> progress.add(done));
        assertThat(summary.errors()).isEmpty();
        assertThat(summary.nominalsCreated()).isEqualTo(2);
        assertThat(progress).contains(3L);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export("VG_AREA", out, ACTOR, ExportProgress.NONE, true);
        String exported;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            exported = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String original;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(McifValidationTest.resource("valid-gzip.jsonl.gz")))) {
            original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(trees(exported)).containsExactlyElementsOf(trees(original));
    }

    @Test
    void exportWritesTheNormalFormOfWhatWasImported() throws IOException {
        ImportSummary summary = importer.importFile(McifValidationTest.resource("valid-noncanonical.jsonl"), false, ACTOR,
                ImportProgress.NONE);
        assertThat(summary.errors()).isEmpty();
        assertThat(summary.lines()).isEqualTo(5); // blank lines count as lines, and are skipped

        String exported = export("VN_AREA");
        assertThat(trees(exported)).containsExactlyElementsOf(trees(text("valid-noncanonical.expected.jsonl")));

        ImportSummary again = importText(text("valid-noncanonical.expected.jsonl"), "expected.jsonl", false, ACTOR);
        assertThat(again.areasUnchanged()).isEqualTo(1);
        assertThat(again.nominalsUnchanged()).isEqualTo(1);
    }

    @Test
    void reimportingAnAreaMergesItsListsOfBcusAndPopulation() throws IOException {
        importText("{\"recordType\":\"area\",\"code\":\"MG_AREA\",\"name\":\"Merge\",\"bcus\":[\"Y\",\"X\"],\"population\":"
                + "[{\"midYear\":2017,\"aged10AndOver\":10},{\"midYear\":2018,\"aged10AndOver\":20}]}\n", "a.jsonl", false, ACTOR);
        ImportSummary summary = importText("{\"recordType\":\"area\",\"code\":\"MG_AREA\",\"name\":\"Merged\",\"bcus\":[\"X\"],"
                + "\"population\":[{\"midYear\":2018,\"aged10AndOver\":21},{\"midYear\":2019,\"aged10AndOver\":30}]}\n", "b.jsonl", false, ACTOR);
        assertThat(summary.areasReplaced()).isEqualTo(1);
        var area = areas.find("MG_AREA").orElseThrow();
        assertThat(area.name()).isEqualTo("Merged");
        assertThat(area.bcus()).containsExactly("Y", "X");
        assertThat(area.population()).extracting(p -> p.midYear() + "=" + p.aged10AndOver())
                .containsExactly("2017=10", "2018=21", "2019=30");
    }

    @Test
    void exportOfEveryAreaPutsAreasFirstThenNominalsInRefOrder() throws IOException {
        importText(variant("EA"), "ea.jsonl", false, ACTOR);
        List<JsonNode> lines = trees(export(null));
        List<String> types = lines.stream().map(n -> n.get("recordType").stringValue()).toList();
        int firstNominal = types.indexOf("nominal");
        assertThat(types.subList(0, firstNominal)).containsOnly("area").hasSize(areas.all().size());
        assertThat(types.subList(firstNominal, types.size())).containsOnly("nominal").hasSize((int) nominals.count());
        List<String> refs = lines.subList(firstNominal, lines.size()).stream().map(n -> n.get("ref").stringValue()).toList();
        assertThat(refs).isSortedAccordingTo(String::compareTo).contains("EA-000001", "EA-000002", "EA-000003");
    }

    @Test
    void aReimportWithAnotherAreaIsTheSamePersonNowOwnedByThatArea() throws IOException {
        String areasText = "{\"recordType\":\"area\",\"code\":\"MV_FROM\",\"name\":\"From\"}\n"
                + "{\"recordType\":\"area\",\"code\":\"MV_TO\",\"name\":\"To\"}\n";
        String person = "\"person\":{\"familyName\":\"MOVER\",\"givenNames\":[],\"dateOfBirth\":\"1980-01-01\"}";
        importText(areasText + "{\"recordType\":\"nominal\",\"ref\":\"MV-000001\",\"area\":\"MV_FROM\"," + person + "}\n",
                "mv.jsonl", false, ACTOR);
        long id = nominals.findByRef("MV-000001").orElseThrow().id();

        ImportSummary moved = importText("{\"recordType\":\"nominal\",\"ref\":\"MV-000001\",\"area\":\"MV_TO\"," + person
                + ",\"areas\":[{\"area\":\"MV_FROM\",\"from\":\"2010-01-01\",\"to\":\"2020-01-01\"},"
                + "{\"area\":\"MV_TO\",\"from\":\"2020-01-01\"}]}\n", "mv2.jsonl", false, ACTOR);

        assertThat(moved.errors()).isEmpty();
        assertThat(moved.nominalsReplaced()).isEqualTo(1);
        StoredNominal after = nominals.findByRef("MV-000001").orElseThrow();
        assertThat(after.id()).isEqualTo(id);
        assertThat(after.record().area()).isEqualTo("MV_TO");
        assertThat(nominals.refsOwnedBy("MV_FROM")).isEmpty();
    }

    @Test
    void aMoveToAnotherAreaWithoutAnAreasHistoryIsRefusedAndChangesNothing() throws IOException {
        String areasText = "{\"recordType\":\"area\",\"code\":\"MH_FROM\",\"name\":\"From\"}\n"
                + "{\"recordType\":\"area\",\"code\":\"MH_TO\",\"name\":\"To\"}\n";
        String person = "\"person\":{\"familyName\":\"STAYER\",\"givenNames\":[],\"dateOfBirth\":\"1980-01-01\"}";
        importText(areasText + "{\"recordType\":\"nominal\",\"ref\":\"MH-000001\",\"area\":\"MH_FROM\"," + person + "}\n",
                "mh.jsonl", false, ACTOR);

        ImportSummary moved = importText("{\"recordType\":\"nominal\",\"ref\":\"MH-000001\",\"area\":\"MH_TO\","
                + person + "}\n", "mh2.jsonl", false, ACTOR);

        assertThat(moved.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.field()).isEqualTo("areas");
            assertThat(e.reason()).contains("owned by MH_FROM");
        });
        assertThat(nominals.findByRef("MH-000001").orElseThrow().record().area()).isEqualTo("MH_FROM");
    }
}
