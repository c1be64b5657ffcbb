package org.mappahub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hand-made datasets of src/test/resources/statistics: each is imported with {@code mappa import}, then
 * {@code mappa stats} must print exactly the JSON written by hand from the spec (same keys in the same order, same
 * values). The area datasets share this class's database (they use their own area codes); the national one gets a
 * database of its own, since a national figure counts every stored area.
 */
class StatisticsDatasetsTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void importTheAreaDatasets() throws IOException {
        for (String name : new String[] {"snapshot-edges", "level-changes", "transfer-mid-year", "returns-to-custody",
                "breaches-and-events", "orders", "serious-further-offences", "custody-and-no-population"}) {
            importDataset(name);
        }
    }

    @AfterAll
    static void backToTheTestDatabase() {
        useOwnDatabase(null);
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({
            "snapshot-edges, SNAPSHOTSHIRE, 2018",
            "level-changes, LEVELSHIRE, 2018",
            "transfer-mid-year, TRANSFERA, 2018",
            "transfer-mid-year, TRANSFERB, 2018",
            "returns-to-custody, RECALLSHIRE, 2018",
            "breaches-and-events, BREACHSHIRE, 2018",
            "orders, ORDERSHIRE, 2018",
            "serious-further-offences, SFOSHIRE, 2018",
            "custody-and-no-population, CUSTODYSHIRE, 2018"})
    void anAreaDatasetGivesTheHandWrittenJson(String dataset, String area, int year) throws IOException {
        assertStats(dataset, area, year);
    }

    @Test
    void theNationalDatasetCountsAMoverOnceInADatabaseOfItsOwn() throws IOException {
        useOwnDatabase(Files.createTempDirectory(Path.of("target"), "stats-national-db-"));
        try {
            importDataset("national-mover");
            assertStats("national-mover", "NATIONAL", 1975);
        } finally {
            useOwnDatabase(null);
        }
    }

    private static void assertStats(String dataset, String area, int year) throws IOException {
        StatsRun run = StatsRun.of("stats", "--area", area, "--year", String.valueOf(year));
        assertThat(run.exit()).as(run.err()).isZero();
        String expected = resource(dataset + "." + area + "." + year + ".json");
        assertThat(StatsRun.canonical(run.out())).as("mappa stats --area %s --year %d", area, year)
                .isEqualTo(StatsRun.canonical(expected));
    }

    private static void importDataset(String name) throws IOException {
        Path file = dir.resolve(name + ".jsonl");
        Files.writeString(file, resource(name + ".jsonl"));
        StatsRun imported = StatsRun.of("import", file.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
    }

    /** Points the next commands at an embedded database in {@code dataDir}, or back at the tests' throw-away one. */
    private static void useOwnDatabase(Path dataDir) {
        if (dataDir == null) {
            System.clearProperty("mappa.data-dir");
            System.clearProperty("mappa.db.ephemeral");
        } else {
            System.setProperty("mappa.data-dir", dataDir.toString());
            System.setProperty("mappa.db.ephemeral", "false");
        }
    }

    static String resource(String name) throws IOException {
        try (InputStream in = StatisticsDatasetsTest.class.getResourceAsStream("/statistics/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
