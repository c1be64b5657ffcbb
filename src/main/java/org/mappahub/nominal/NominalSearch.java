package org.mappahub.nominal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.nominal.SearchResult.CustodyStatus;
import org.mappahub.nominal.SearchResult.DateOfBirthMatch;
import org.mappahub.nominal.SearchResult.MatchKind;

/**
 * Finds people from what an officer types in one box: names (own names and aliases, in any order, spelt
 * or misspelt), a date of birth or year, a PNC ID, a ref.
 *
 * <p>Built for a national register (1M people) on selective candidate generation, never a similarity scan
 * over every person (see V2__nominal_search.sql). Each query word is expanded into
 * <ul>
 * <li>itself (exact),</li>
 * <li>its double-metaphone keys (phonetic: Smyth for Smith, Mohamed for Muhammad),</li>
 * <li>real names from the dictionary of distinct names that are one edit away (Smtih, Jhon, Smiht) or
 * trigram-similar (Llewelyn, Kathrine), and, for a word that is no name at all, real names it begins
 * (Llewel),</li>
 * </ul>
 * and a person's name is a candidate when every query word hits one of its words through that expansion
 * (a GIN index intersects the posting lists). Candidates are ranked in SQL: exact name, then exact alias,
 * then phonetic, then spelling; a matching date of birth (or year) lifts a result above every name tier
 * without one; ties go to the closer name (trigram similarity of the whole name) and then to the ref, so
 * the order is deterministic. If no name matches every word, names that match some words are shown
 * ("part of the name matches"); with a date of birth they are always considered.
 */
@Service
public class NominalSearch {

    /** Query words beyond this many are ignored: nobody's name has more, and each adds a join. */
    static final int MAX_WORDS = 6;
    /** Dictionary names taken per misspelt word, by trigram similarity. */
    static final int TRIGRAM_EXPANSIONS = 8;
    /** Dictionary names taken per word that is no name, by prefix. */
    static final int PREFIX_EXPANSIONS = 10;
    static final double TRIGRAM_THRESHOLD = 0.3;

    private final JdbcClient jdbc;
    private final Clock clock;

    NominalSearch(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Searches with the default page size. Pages are numbered from 1. */
    public SearchPage search(SearchQuery query, int page) {
        return search(query, page, SearchPage.DEFAULT_PAGE_SIZE);
    }

    /**
     * One page of the people matching the query, best first.
     *
     * @param page     page number, from 1
     * @param pageSize 1 to {@value SearchPage#MAX_PAGE_SIZE}
     */
    @Transactional(readOnly = true)
    public SearchPage search(SearchQuery query, int page, int pageSize) {
        if (page < 1) {
            throw new IllegalArgumentException("Page numbers start at 1, not " + page);
        }
        if (pageSize < 1 || pageSize > SearchPage.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("Page size must be 1 to " + SearchPage.MAX_PAGE_SIZE + ", not " + pageSize);
        }
        if (query.isEmpty()) {
            return new SearchPage(query, List.of(), page, pageSize, 0);
        }
        if (query.pncId() != null || query.ref() != null) {
            List<Hit> hits = identifierMatches(query);
            if (!hits.isEmpty() || !query.hasName() && query.yearOfBirth() == null) {
                int from = Math.min((page - 1) * pageSize, hits.size());
                return new SearchPage(query, details(hits.subList(from, Math.min(from + pageSize, hits.size()))),
                        page, pageSize, hits.size());
            }
        }
        List<String> words = jdbc.sql("select search_tokens(?)").param(query.name())
                .query((rs, n) -> strings(rs.getArray(1))).single();
        if (words.size() > MAX_WORDS) {
            words = words.subList(0, MAX_WORDS);
        }
        List<String> family = jdbc.sql("select search_tokens(?)").param(query.familyName())
                .query((rs, n) -> strings(rs.getArray(1))).single();
        if (words.isEmpty() && query.yearOfBirth() == null) {
            return new SearchPage(query, List.of(), page, pageSize, 0);
        }
        jdbc.sql("select set_config('pg_trgm.similarity_threshold', ?, true)")
                .param(Double.toString(TRIGRAM_THRESHOLD)).query(String.class).single();
        List<WordTerms> expanded = words.stream().map(this::expand).toList();

        Ranked ranked = rank(query, words, family, expanded, false, page, pageSize);
        if (ranked.total == 0 && words.size() > 1) {
            ranked = rank(query, words, family, expanded, true, page, pageSize);
        }
        return new SearchPage(query, details(ranked.hits), page, pageSize, ranked.total);
    }

    /** People whose PNC ID (either form) or ref is the one typed; PNC matches first. */
    private List<Hit> identifierMatches(SearchQuery query) {
        Map<Long, Hit> hits = new java.util.LinkedHashMap<>();
        if (query.pncId() != null) {
            // The stored canonical key (V5), not the expression over pnc_id: under row-level security the planner
            // uses an index only for a condition that leaks nothing, and a function of a column is not one.
            jdbc.sql("""
                            select id from nominal where pnc_key is not null and pnc_key = search_pnc_key(?)
                            order by ref collate "C", id""")
                    .param(query.pncId()).query(Long.class).list()
                    .forEach(id -> hits.putIfAbsent(id, new Hit(id, 0, MatchKind.PNC_ID, DateOfBirthMatch.NOT_SEARCHED)));
        }
        if (query.ref() != null) {
            // ref = any(...) rather than upper(ref) = ?, for the same reason: the unique index on ref stays usable.
            // The query's ref is upper case; refs are stored upper case by convention, lower case now and then.
            jdbc.sql("select id from nominal where ref = any(?) order by id")
                    .param(new String[]{query.ref(), query.ref().toLowerCase(java.util.Locale.ROOT)})
                    .query(Long.class).list()
                    .forEach(id -> hits.putIfAbsent(id, new Hit(id, 0, MatchKind.REF, DateOfBirthMatch.NOT_SEARCHED)));
        }
        return List.copyOf(hits.values());
    }

    /** The terms a query word matches at each level: exact, phonetic, spelling. */
    record WordTerms(String word, List<String> exact, List<String> phonetic, List<String> spelling) {
        List<String> all() {
            List<String> all = new ArrayList<>(exact);
            all.addAll(phonetic);
            all.addAll(spelling);
            return all;
        }
    }

    WordTerms expand(String word) {
        if (word.length() == 1) {
            // An initial: "SMITH J".
            return new WordTerms(word, List.of("i:" + word, "t:" + word), List.of(), List.of());
        }
        List<String> phonetic = new ArrayList<>();
        boolean known = jdbc.sql("select dmetaphone(:w), dmetaphone_alt(:w), exists (select 1 from search_term where term = :w)")
                .param("w", word)
                .query((rs, n) -> {
                    for (int i = 1; i <= 2; i++) {
                        String key = rs.getString(i);
                        if (key != null && !key.isEmpty() && !phonetic.contains("k:" + key)) {
                            phonetic.add("k:" + key);
                        }
                    }
                    return rs.getBoolean(3);
                }).single();
        List<String> spelling = new ArrayList<>();
        if (word.length() >= 3) {
            String sql = """
                    select term from search_term where term = any (:edits::text[]) and term <> :w
                    union
                    select term from (select term from search_term where term % :w and term <> :w
                                      order by similarity(term, :w) desc, term limit :trigrams) by_trigram
                    """;
            if (!known) {
                sql += """
                        union
                        select term from (select term from search_term where term like :w || '%' and term <> :w
                                          order by term limit :prefixes) by_prefix
                        """;
            }
            jdbc.sql(sql)
                    .param("edits", word.length() > MAX_EDITED_WORD ? new String[0] : oneEditAway(word).toArray(String[]::new))
                    .param("w", word)
                    .param("trigrams", TRIGRAM_EXPANSIONS)
                    .param("prefixes", PREFIX_EXPANSIONS)
                    .query(String.class).list()
                    .stream().sorted().forEach(t -> spelling.add("t:" + t));
        }
        return new WordTerms(word, List.of("t:" + word), phonetic, spelling);
    }

    /** No real name is longer; past this, one-edit variants are not worth their (quadratic) cost. */
    static final int MAX_EDITED_WORD = 30;

    /** Every string one deletion, transposition, substitution or insertion (of a to z) away. */
    static Set<String> oneEditAway(String word) {
        Set<String> edits = new LinkedHashSet<>();
        for (int i = 0; i < word.length(); i++) {
            edits.add(word.substring(0, i) + word.substring(i + 1));
            if (i + 1 < word.length()) {
                edits.add(word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2));
            }
            for (char c = 'a'; c <= 'z'; c++) {
                edits.add(word.substring(0, i) + c + word.substring(i + 1));
            }
        }
        for (int i = 0; i <= word.length(); i++) {
            for (char c = 'a'; c <= 'z'; c++) {
                edits.add(word.substring(0, i) + c + word.substring(i));
            }
        }
        edits.remove(word);
        return edits;
    }

    private record Hit(long nominalId, int nameIndex, MatchKind kind, DateOfBirthMatch dob) {
    }

    private record Ranked(List<Hit> hits, long total) {
    }

    /**
     * Candidates and ranking in one statement. {@code partial}: a name qualifies when it matches any query
     * word (the fallback when no name matches them all).
     */
    private Ranked rank(SearchQuery query, List<String> words, List<String> family, List<WordTerms> expanded,
                        boolean partial, int page, int pageSize) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder levels = new StringBuilder();
        List<String> strict = new ArrayList<>();
        List<String> allTerms = new ArrayList<>();
        for (int i = 0; i < expanded.size(); i++) {
            WordTerms w = expanded.get(i);
            params.put("x" + i, w.exact().toArray(String[]::new));
            params.put("p" + i, w.phonetic().toArray(String[]::new));
            params.put("s" + i, w.spelling().toArray(String[]::new));
            params.put("a" + i, w.all().toArray(String[]::new));
            levels.append(", case when nn.terms && :x%1$d::text[] then 3 when nn.terms && :p%1$d::text[] then 2 "
                    .formatted(i)).append("when nn.terms && :s%1$d::text[] then 1 else 0 end as l%1$d".formatted(i));
            strict.add("nn.terms && :a%d::text[]".formatted(i));
            allTerms.addAll(w.all());
        }
        params.put("all", allTerms.toArray(String[]::new));

        String dobCondition = null;
        String dobScore = "0";
        if (query.dateOfBirth() != null) {
            params.put("dob", query.dateOfBirth());
            params.put("yearFrom", LocalDate.of(query.yearOfBirth(), 1, 1));
            params.put("yearTo", LocalDate.of(query.yearOfBirth() + 1, 1, 1));
            dobCondition = "nn.date_of_birth = :dob";
            dobScore = """
                    case when n.date_of_birth = :dob or c.name_dob = :dob then 100
                         when (extract(year from n.date_of_birth) = extract(year from :dob::date))::int
                            + (extract(month from n.date_of_birth) = extract(month from :dob::date))::int
                            + (extract(day from n.date_of_birth) = extract(day from :dob::date))::int = 2 then 30
                         else 0 end""";
        } else if (query.yearOfBirth() != null) {
            params.put("yearFrom", LocalDate.of(query.yearOfBirth(), 1, 1));
            params.put("yearTo", LocalDate.of(query.yearOfBirth() + 1, 1, 1));
            dobCondition = "nn.date_of_birth >= :yearFrom and nn.date_of_birth < :yearTo";
            dobScore = """
                    case when (n.date_of_birth >= :yearFrom and n.date_of_birth < :yearTo)
                           or (c.name_dob >= :yearFrom and c.name_dob < :yearTo) then 60 else 0 end""";
        }

        String where;
        if (words.isEmpty()) {
            where = dobCondition;
        } else {
            where = partial ? "nn.terms && :all::text[]" : String.join(" and ", strict);
            if (dobCondition != null) {
                where = "(" + where + ") or (" + dobCondition + " and nn.terms && :all::text[])";
            }
        }
        String minLevel = words.isEmpty() ? "-1" : words.size() == 1 ? "l0"
                : "least(" + String.join(", ", range(words.size(), "l%d")) + ")";
        String sumLevel = words.isEmpty() ? "0" : String.join(" + ", range(words.size(), "l%d"));
        params.put("qname", String.join(" ", words));
        params.put("family", family.toArray(String[]::new));
        params.put("exactWords", words.stream().map(w -> "t:" + w).toArray(String[]::new));
        params.put("limit", pageSize);
        params.put("offset", (page - 1) * pageSize);

        String sql = """
                with c as (
                    select nn.nominal_id, nn.name_index, nn.family_tokens, nn.full_norm, nn.date_of_birth as name_dob
                           %s
                    from nominal_name nn
                    where %s
                ), scored as (
                    select c.nominal_id, c.name_index, n.ref, %s as min_level, %s as sum_level,
                           (%s) as dob_score,
                           similarity(c.full_norm, :qname) as sim,
                           (c.family_tokens && :family::text[]
                               or (cardinality(:family::text[]) = 0 and ('t:' || c.family_tokens[1]) = any (:exactWords::text[]))) as family_hit
                    from c join nominal n on n.id = c.nominal_id
                ), tiered as (
                    select s.*, case when min_level = -1 then 0
                                     when min_level = 3 and name_index = 0 then 50
                                     when min_level = 3 then 40
                                     when min_level = 2 then case when name_index = 0 then 30 else 28 end
                                     when min_level = 1 then case when name_index = 0 then 20 else 18 end
                                     else 0 end + dob_score as score
                    from scored s
                ), best as (
                    select distinct on (nominal_id) * from tiered
                    order by nominal_id, score desc, sum_level desc, family_hit desc, sim desc, name_index
                )
                select nominal_id, name_index, min_level, dob_score, count(*) over () as total
                from best
                order by score desc, sum_level desc, family_hit desc, sim desc, ref collate "C", nominal_id
                limit :limit offset :offset
                """.formatted(levels, where, minLevel, sumLevel, dobScore);
        long[] total = {0};
        List<Hit> hits = jdbc.sql(sql).params(params).query((rs, n) -> {
            total[0] = rs.getLong("total");
            return new Hit(rs.getLong("nominal_id"), rs.getInt("name_index"),
                    kind(rs.getInt("min_level"), rs.getInt("name_index")), dobMatch(query, rs.getInt("dob_score")));
        }).list();
        if (hits.isEmpty() && page > 1) {
            // Past the last page: count on the first page's terms.
            params.put("offset", 0);
            params.put("limit", 1);
            jdbc.sql(sql).params(params).query((rs, n) -> total[0] = rs.getLong("total")).list();
        }
        return new Ranked(hits, total[0]);
    }

    private static List<String> range(int n, String format) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(format.formatted(i));
        }
        return out;
    }

    private static MatchKind kind(int minLevel, int nameIndex) {
        return switch (minLevel) {
            case -1 -> MatchKind.DATE_OF_BIRTH;
            case 3 -> nameIndex == 0 ? MatchKind.EXACT_NAME : MatchKind.EXACT_ALIAS;
            case 2 -> MatchKind.PHONETIC;
            case 1 -> MatchKind.SIMILAR_SPELLING;
            default -> MatchKind.PARTIAL_NAME;
        };
    }

    private static DateOfBirthMatch dobMatch(SearchQuery query, int score) {
        if (query.yearOfBirth() == null) {
            return DateOfBirthMatch.NOT_SEARCHED;
        }
        return switch (score) {
            case 100 -> DateOfBirthMatch.EXACT;
            case 60 -> DateOfBirthMatch.YEAR;
            case 30 -> DateOfBirthMatch.CLOSE;
            default -> DateOfBirthMatch.NONE;
        };
    }

    /** The details shown for each hit, as of today by the injected clock; keeps the hits' order. */
    private List<SearchResult> details(List<Hit> hits) {
        if (hits.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, SearchResult> byId = new HashMap<>();
        Map<Long, Hit> hitById = new HashMap<>();
        hits.forEach(h -> hitById.put(h.nominalId(), h));
        jdbc.sql("""
                        select n.id, n.ref, n.family_name, n.given_names, n.date_of_birth, n.area_code, a.name as area_name,
                               (select s.category from category_span s where s.nominal_id = n.id and s.from_date <= :today
                                   and (s.to_date is null or s.to_date > :today) order by s.from_date desc limit 1) as category,
                               (select s.level from level_span s where s.nominal_id = n.id and s.from_date <= :today
                                   and (s.to_date is null or s.to_date > :today) order by s.from_date desc limit 1) as level,
                               (select s.kind from custody_span s where s.nominal_id = n.id and s.from_date <= :today
                                   and (s.to_date is null or s.to_date > :today) order by s.from_date desc limit 1) as custody,
                               nn.name_index, nn.family_name as matched_family, nn.given_names as matched_given
                        from nominal n join area a on a.code = n.area_code
                        left join nominal_name nn on nn.nominal_id = n.id
                             and nn.name_index = (:indexes::int[])[array_position(:ids::bigint[], n.id)]
                        where n.id = any (:ids::bigint[])""")
                .param("today", today)
                .param("ids", hits.stream().map(Hit::nominalId).toArray(Long[]::new))
                .param("indexes", hits.stream().map(Hit::nameIndex).toArray(Integer[]::new))
                .query((rs, n) -> {
                    Hit hit = hitById.get(rs.getLong("id"));
                    List<String> given = strings(rs.getArray("given_names"));
                    String family = rs.getString("family_name");
                    String fullName = given.isEmpty() ? family : String.join(" ", given) + " " + family;
                    String matched = null;
                    boolean nameMatch = hit.kind() != MatchKind.PNC_ID && hit.kind() != MatchKind.REF
                            && hit.kind() != MatchKind.DATE_OF_BIRTH;
                    if (nameMatch && rs.getString("matched_family") != null) {
                        List<String> mg = strings(rs.getArray("matched_given"));
                        matched = (rs.getString("matched_family") + " " + String.join(" ", mg)).strip();
                    }
                    String custody = rs.getString("custody");
                    byId.put(hit.nominalId(), new SearchResult(rs.getString("ref"), fullName,
                            rs.getDate("date_of_birth").toLocalDate(), rs.getObject("category") == null ? null : rs.getInt("category"), rs.getObject("level") == null ? null : rs.getInt("level"),
                            rs.getString("area_code"), rs.getString("area_name"),
                            "PRISON".equals(custody) ? CustodyStatus.PRISON
                                    : "HOSPITAL".equals(custody) ? CustodyStatus.HOSPITAL : CustodyStatus.COMMUNITY,
                            matched, nameMatch && hit.nameIndex() > 0, hit.kind(), hit.dob(), false));
                    return null;
                }).list();
        return hits.stream().map(h -> byId.get(h.nominalId())).toList();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
