package org.mappahub.nominal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.mappahub.nominal.NominalRecord.*;

/**
 * The search test dataset (src/test/resources/search/people.jsonl, written by make_dataset.py): ~2,000
 * people full of near-duplicates, stored once per JVM through {@link Nominals#insert}, the write path
 * every importer uses, so the search rows are built by the database's triggers as in production.
 */
final class SearchDataset {

    static final String AREA = "SRCHTEST";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static boolean loaded;

    record AliasRow(String family, List<String> given, String dob) {
    }

    record CategoryRow(int category, int level, String from, String to) {
    }

    record CustodyRow(String kind, String from, String to) {
    }

    record PersonRow(String ref, String family, List<String> given, String dob, String gender, String pnc,
                     List<AliasRow> aliases, CategoryRow category, CustodyRow custody) {
    }

    record LabelledQuery(String query, String expectedRef, String kind) {
    }

    private SearchDataset() {
    }

    static synchronized void ensureLoaded(Nominals nominals, Areas areas) {
        if (loaded || nominals.exists("SRCH-T001")) {
            loaded = true;
            return;
        }
        areas.save(new Area(AREA, "Search Testshire", List.of(), List.of()));
        for (PersonRow row : people()) {
            nominals.insert(record(row), "test:search-dataset", true);
        }
        loaded = true;
    }

    static List<PersonRow> people() {
        List<PersonRow> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(resource("people.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(JSON.readValue(line, PersonRow.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static List<LabelledQuery> labelledQueries() {
        try (InputStream in = resource("labelled-queries.json")) {
            return List.of(JSON.readValue(in, LabelledQuery[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = SearchDataset.class.getResourceAsStream("/search/" + name);
        if (in == null) {
            throw new IllegalStateException("Missing test resource search/" + name);
        }
        return in;
    }

    static NominalRecord record(PersonRow row) {
        List<Alias> aliases = row.aliases() == null ? List.of() : row.aliases().stream()
                .map(a -> new Alias(a.family(), a.given(), date(a.dob()))).toList();
        List<CategorySpan> categories = new ArrayList<>();
        List<LevelSpan> levels = new ArrayList<>();
        if (row.category() != null) {
            CategoryRow c = row.category();
            categories.add(new CategorySpan(c.category(), date(c.from()), date(c.to())));
            levels.add(new LevelSpan(c.level(), date(c.from()), date(c.to())));
        }
        List<CustodySpan> custody = new ArrayList<>();
        if (row.custody() != null) {
            CustodyKind kind = CustodyKind.valueOf(row.custody().kind());
            custody.add(new CustodySpan(kind, kind == CustodyKind.HOSPITAL ? CustodyReason.HOSPITAL_ORDER : CustodyReason.SENTENCE,
                    null, date(row.custody().from()), date(row.custody().to())));
        }
        return new NominalRecord(row.ref(), AREA, null,
                new Person(row.family(), row.given(), date(row.dob()), Gender.valueOf(row.gender()), null, row.pnc(), null, null),
                aliases, List.of(), List.of(), List.of(), categories, levels, custody, List.of(), List.of());
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
