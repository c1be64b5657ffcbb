package org.mappahub.nominal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.mappahub.MappaHubApplication;

/**
 * Search latency on whatever people are stored in the database of MAPPA_DATA_DIR (or MAPPA_DB_URL): 200
 * searches drawn deterministically from stored people — misspelt variants of their real names (one edit,
 * given and family names in either order), with a year or a full date of birth or none, and PNC IDs —
 * timed one after another through {@link NominalSearch#search} (page 1, 20 results), after 40 warm-up
 * searches. Prints median, p95 and max in ms, by kind of query, and how often the person the query was
 * made from came first and in the top 5 (at scale some are legitimately ambiguous: two people of the same
 * name born the same year).
 *
 * <p>{@code --seed N}: first add N synthetic people (area BENCH) with batch SQL, for trying it without the
 * demo data generator. Run through bench/search-latency.sh. A program that prints figures, not a test.
 */
public final class SearchLatencyBench {

    private static final int QUERIES = 200;
    private static final int WARM_UP = 40;

    public static void main(String[] args) {
        int seed = 0;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seed")) {
                seed = Integer.parseInt(args[++i]);
            }
        }
        // The test classpath's config/application.properties asks for a throw-away database; the bench
        // measures the real one.
        System.setProperty("mappa.db.ephemeral", System.getProperty("mappa.db.ephemeral", "false"));
        System.setProperty("mappa.demo.enabled", System.getProperty("mappa.demo.enabled", "false"));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MappaHubApplication.class)
                .web(WebApplicationType.NONE).run();
             var operator = org.mappahub.database.RowScope.asOperator("operator:bench")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            NominalSearch search = context.getBean(NominalSearch.class);
            if (seed > 0) {
                long t0 = System.nanoTime();
                SyntheticPeople.insert(jdbc, new TransactionTemplate(context.getBean(PlatformTransactionManager.class)), seed);
                System.out.printf(Locale.ROOT, "seeded %d people in %.1f s%n", seed, (System.nanoTime() - t0) / 1e9);
            }
            List<Probe> probes = prepare(jdbc);
            if (probes.isEmpty()) {
                return;
            }
            System.out.println("as the operator (row-level security lets every row through at once):");
            measure(search, probes);
            // The same searches as a Responsible Authority practitioner: row-level security decides row by row.
            String area = jdbc.sql("select area_code from nominal group by 1 order by count(*) desc limit 1")
                    .query(String.class).optional().orElse("LANCASHIRE");
            long police = context.getBean(org.mappahub.access.Agencies.class).create(area, "Bench police",
                    org.mappahub.access.AgencyType.POLICE);
            var users = context.getBean(org.mappahub.access.Users.class);
            if (users.find("bench.searcher").isEmpty()) {
                users.create("bench.searcher", "Bench searcher", org.mappahub.access.Role.PRACTITIONER, police,
                        "bench password 2026");
            }
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                    org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                            "bench.searcher", null, List.of()));
            System.out.println("as a practitioner of " + area + " (row-level security on every row):");
            measure(search, probes);
        }
    }

    private record Probe(String kind, String text, String ref) {
    }

    private static List<Probe> prepare(JdbcClient jdbc) {
        long people = jdbc.sql("select count(*) from nominal").query(Long.class).single();
        long names = jdbc.sql("select count(*) from nominal_name").query(Long.class).single();
        long terms = jdbc.sql("select count(*) from search_term").query(Long.class).single();
        System.out.printf(Locale.ROOT, "database: %d people, %d searchable names, %d distinct name words%n", people, names, terms);
        if (people == 0) {
            System.out.println("no people stored: run ./mappa demo-data first, or pass --seed N");
            return List.of();
        }
        jdbc.sql("analyze nominal_name").update();
        return probes(jdbc, QUERIES + WARM_UP);
    }

    private static void measure(NominalSearch search, List<Probe> probes) {
        Map<String, List<Double>> byKind = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        int top1 = 0;
        int top5 = 0;
        for (int i = 0; i < probes.size(); i++) {
            Probe p = probes.get(i);
            long t0 = System.nanoTime();
            SearchPage page = search.search(SearchQuery.parse(p.text()), 1, 20);
            double ms = (System.nanoTime() - t0) / 1e6;
            if (i < WARM_UP) {
                continue;
            }
            all.add(ms);
            byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(ms);
            List<String> refs = page.results().stream().map(SearchResult::ref).toList();
            if (!refs.isEmpty() && refs.get(0).equals(p.ref())) top1++;
            if (refs.subList(0, Math.min(5, refs.size())).contains(p.ref())) top5++;
        }
        System.out.printf(Locale.ROOT, "search latency over %d searches: median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                all.size(), percentile(all, 50), percentile(all, 95), percentile(all, 100));
        byKind.forEach((kind, ms) -> System.out.printf(Locale.ROOT, "  %-22s n=%3d median %6.1f ms  p95 %6.1f ms  max %6.1f ms%n",
                kind, ms.size(), percentile(ms, 50), percentile(ms, 95), percentile(ms, 100)));
        System.out.printf(Locale.ROOT, "source person first: %d/%d, in top 5: %d/%d%n", top1, all.size(), top5, all.size());
    }

    /** Queries made from stored people chosen by a fixed seed: the same data gives the same queries. */
    private static List<Probe> probes(JdbcClient jdbc, int n) {
        Random random = new Random(20261123L);
        long maxId = jdbc.sql("select max(id) from nominal").query(Long.class).single();
        List<Probe> probes = new ArrayList<>();
        while (probes.size() < n) {
            long id = 1 + (long) (random.nextDouble() * maxId);
            var row = jdbc.sql("select ref, family_name, given_names, date_of_birth, pnc_id from nominal where id >= ? order by id limit 1")
                    .param(id).query((rs, i) -> new Object[]{rs.getString(1), rs.getString(2),
                            Arrays.asList((String[]) rs.getArray(3).getArray()), rs.getDate(4).toLocalDate(), rs.getString(5)})
                    .optional();
            if (row.isEmpty()) {
                continue;
            }
            Object[] r = row.get();
            String ref = (String) r[0];
            String family = ((String) r[1]).toLowerCase(Locale.ROOT);
            @SuppressWarnings("unchecked") List<String> given = (List<String>) r[2];
            LocalDate dob = (LocalDate) r[3];
            String pnc = (String) r[4];
            int pick = random.nextInt(12);
            if (pick < 2 && pnc != null) {
                probes.add(new Probe("pnc", pnc, ref));
                continue;
            }
            String first = given.isEmpty() ? "" : given.get(0).toLowerCase(Locale.ROOT);
            String f = random.nextBoolean() ? misspell(family, random) : family;
            String g = random.nextInt(3) == 0 ? misspell(first, random) : first;
            String name = random.nextBoolean() ? (g + " " + f) : (f + " " + g);
            name = name.strip();
            if (pick < 6) {
                probes.add(new Probe("name + year", name + " " + dob.getYear(), ref));
            } else if (pick < 8) {
                probes.add(new Probe("name + date of birth", name + " %02d/%02d/%d".formatted(dob.getDayOfMonth(),
                        dob.getMonthValue(), dob.getYear()), ref));
            } else {
                probes.add(new Probe("name only", name, ref));
            }
        }
        return probes;
    }

    /** One edit: a transposition, a deletion, a doubled letter or a vowel changed. */
    static String misspell(String word, Random random) {
        if (word.length() < 4) {
            return word;
        }
        int i = 1 + random.nextInt(word.length() - 2);
        return switch (random.nextInt(4)) {
            case 0 -> word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
            case 1 -> word.substring(0, i) + word.substring(i + 1);
            case 2 -> word.substring(0, i) + word.charAt(i) + word.substring(i);
            default -> {
                String vowels = "aeiouy";
                int v = -1;
                for (int k = 1; k < word.length(); k++) {
                    if (vowels.indexOf(word.charAt(k)) >= 0) {
                        v = k;
                        break;
                    }
                }
                yield v < 0 ? word : word.substring(0, v) + vowels.charAt((vowels.indexOf(word.charAt(v)) + 1) % 6)
                        + word.substring(v + 1);
            }
        };
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
