package org.mappahub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/** {@code mappa stats} as a shell script sees it: only the report on standard output, exit status, help, audit. */
class StatsCommandTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void importADataset() throws Exception {
        Path file = dir.resolve("snapshot-edges.jsonl");
        Files.writeString(file, StatisticsDatasetsTest.resource("snapshot-edges.jsonl"));
        StatsRun imported = StatsRun.of("import", file.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
    }

    @Test
    void standardOutputIsOnlyTheJsonAndProgressGoesToStandardError() {
        StatsRun run = StatsRun.of("stats", "--area", "SNAPSHOTSHIRE", "--year", "2018");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode json = StatsRun.JSON.readTree(run.out());          // the whole of stdout is one JSON document
        assertThat(run.out().strip()).startsWith("{").endsWith("}");
        assertThat(json.propertyNames()).containsExactly("area", "year", "periodStart", "periodEnd", "snapshotDate",
                "eligibleOnSnapshot", "levels23YearTotal", "notificationBreaches", "notificationRevoked", "orders",
                "restrictiveOrders", "sroBreachBecameNotifiable", "returnedToCustody", "rsosPer100k", "rsosByBcu",
                "seriousFurtherOffences", "previousYear", "change");
        assertThat(json.get("previousYear").has("change")).isFalse();
        assertThat(run.err()).containsPattern("[0-9,]+ records, [0-9,]+/s").contains("(OFFICIAL) written");
        assertThat(run.out()).doesNotContain("records,").doesNotContain("INFO");
    }

    @Test
    void csvAndOutFileGiveTheSameFiguresAndNothingOnStandardOutput() throws Exception {
        Path csv = dir.resolve("snapshot.csv");
        StatsRun run = StatsRun.of("stats", "--area", "SNAPSHOTSHIRE", "--year", "2018", "--format", "csv",
                "--out", csv.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readAllLines(csv)).startsWith("figure,thisYear,previousYear,change", "area,SNAPSHOTSHIRE,SNAPSHOTSHIRE,")
                .contains("eligibleOnSnapshot.level1.cat1,1,1,0", "rsosPer100k,1,3,-66.67", "rsosByBcu.South,1,0,");
    }

    @Test
    void nationalIsAnArea() {
        StatsRun run = StatsRun.of("stats", "--area", "NATIONAL", "--year", "2018");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode json = StatsRun.JSON.readTree(run.out());
        assertThat(json.get("area").asString()).isEqualTo("NATIONAL");
        assertThat(json.get("rsosByBcu").has("SNAPSHOTSHIRE/South")).isTrue();
    }

    @Test
    void anUnknownAreaFailsWithOneAndWritesNothing() {
        StatsRun run = StatsRun.of("stats", "--area", "NO_SUCH_AREA", "--year", "2018");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("No area with code NO_SUCH_AREA");
    }

    @Test
    void badUsageExitsTwoWithoutOutput() {
        for (String[] args : new String[][] {{"stats", "--area", "SNAPSHOTSHIRE"}, {"stats", "--year", "2018"},
                {"stats", "--area", "SNAPSHOTSHIRE", "--year", "last"}, {"stats", "--area", "SNAPSHOTSHIRE", "--year", "18"},
                {"stats", "--area", "SNAPSHOTSHIRE", "--year", "2018", "--format", "xml"}}) {
            StatsRun run = StatsRun.of(args);
            assertThat(run.exit()).as(String.join(" ", args) + "\n" + run.err()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void helpDescribesTheOptionsAndExitsZero() {
        StatsRun run = StatsRun.of("stats", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--area", "--year", "--format", "--out", "NATIONAL", "Exit status");
    }

    @Test
    void htmlAndPdfWriteThePrintedReportMarkedOfficial() throws Exception {
        Path html = dir.resolve("snapshot.html");
        Path pdf = dir.resolve("snapshot.pdf");
        StatsRun h = StatsRun.of("stats", "--area", "SNAPSHOTSHIRE", "--year", "2018", "--format", "html",
                "--out", html.toString());
        StatsRun p = StatsRun.of("stats", "--area", "SNAPSHOTSHIRE", "--year", "2018", "--format", "pdf",
                "--out", pdf.toString());

        assertThat(h.exit()).as(h.err()).isZero();
        assertThat(p.exit()).as(p.err()).isZero();
        assertThat(Files.readString(html)).contains("OFFICIAL").contains("31 March 2019")
                .contains("MAPPA-eligible offenders");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("OFFICIAL").contains("31 March 2019").contains("Registered sexual offenders");
        }
    }
}
