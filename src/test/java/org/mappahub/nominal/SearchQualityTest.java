package org.mappahub.nominal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import org.mappahub.nominal.SearchDataset.LabelledQuery;

/**
 * Search quality over the labelled queries (src/test/resources/search/labelled-queries.json): the share of
 * queries whose expected person comes first (hit@1) and in the first five (hit@5). Prints the figures and
 * every miss; fails under hit@5 0.95 or hit@1 0.80.
 */
@SpringBootTest
class SearchQualityTest {

    @Autowired Nominals nominals;
    @Autowired Areas areas;
    @Autowired NominalSearch search;

    @BeforeEach
    void load() {
        SearchDataset.ensureLoaded(nominals, areas);
    }

    @Test
    void labelledQueriesFindTheirPersonNearTheTop() {
        List<LabelledQuery> queries = SearchDataset.labelledQueries();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(60);
        int hit1 = 0;
        int hit5 = 0;
        Map<String, int[]> byKind = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (LabelledQuery q : queries) {
            List<SearchResult> results = search.search(SearchQuery.parse(q.query()), 1, 5).results();
            int rank = -1;
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i).ref().equals(q.expectedRef())) {
                    rank = i;
                    break;
                }
            }
            int[] k = byKind.computeIfAbsent(q.kind(), x -> new int[3]);
            k[2]++;
            if (rank == 0) {
                hit1++;
                k[0]++;
            }
            if (rank >= 0) {
                hit5++;
                k[1]++;
            }
            if (rank != 0) {
                misses.add("  %-32s expected %s at rank %s; got %s".formatted('"' + q.query() + '"', q.expectedRef(),
                        rank < 0 ? "-" : rank + 1, results.stream()
                                .map(r -> r.ref() + " " + r.fullName() + " " + r.dateOfBirth() + " " + r.matchKind())
                                .toList()));
            }
        }
        double at1 = (double) hit1 / queries.size();
        double at5 = (double) hit5 / queries.size();
        System.out.printf("search quality: hit@1=%.2f hit@5=%.2f over %d queries%n", at1, at5, queries.size());
        byKind.forEach((kind, k) -> System.out.printf("  %-12s hit@1 %d/%d  hit@5 %d/%d%n", kind, k[0], k[2], k[1], k[2]));
        misses.forEach(System.out::println);
        assertThat(at5).as("hit@5").isGreaterThanOrEqualTo(0.95);
        assertThat(at1).as("hit@1").isGreaterThanOrEqualTo(0.80);
    }
}
